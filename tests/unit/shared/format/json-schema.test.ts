import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJourneyFileJsonSchema } from '../../../../shared/format/json-schema';

const committedPath = fileURLToPath(new URL('../../../../docs/journeymap.schema.json', import.meta.url));

describe('docs/journeymap.schema.json', () => {
  it('is exactly what `npm run schema` generates from the zod schema today', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(buildJourneyFileJsonSchema());
  });

  it('describes the envelope, the limits and the enums of the spec', () => {
    const schema = JSON.parse(buildJourneyFileJsonSchema()) as {
      required: string[];
      properties: { formatVersion: { const: number }; map: { properties: Record<string, { maxItems?: number }> } };
    };
    expect(schema.required).toEqual(['format', 'formatVersion', 'map']);
    expect(schema.properties.formatVersion.const).toBe(1);
    expect(schema.properties.map.properties.touchpoints?.maxItems).toBe(20_000);
    expect(schema.properties.map.properties.stages?.maxItems).toBe(200);
    expect(JSON.stringify(schema)).toContain('"in-person"');
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
  });
});
