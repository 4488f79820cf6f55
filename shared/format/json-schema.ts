import { z } from 'zod';
import { journeyFileSchema } from './schema';

/** The JSON Schema of a current-version file, as committed in docs/journeymap.schema.json. */
export function buildJourneyFileJsonSchema(): string {
  // "input" leaves additionalProperties open: unknown fields are allowed and dropped on load.
  return `${JSON.stringify(z.toJSONSchema(journeyFileSchema, { io: 'input' }), null, 2)}\n`;
}
