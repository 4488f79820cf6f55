/**
 * Writes docs/journeymap.schema.json from the zod schema in shared/format (run: npm run schema).
 * A unit test compares the committed file with fresh output, so the two cannot drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJourneyFileJsonSchema } from '../shared/format/json-schema';

const target = fileURLToPath(new URL('../docs/journeymap.schema.json', import.meta.url));
writeFileSync(target, buildJourneyFileJsonSchema());
console.log(`Wrote ${target}`);
