import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile } from '../../../../shared/format/index';
import { toOrderedMap } from '../../../../shared/format/serialize';
import type { JourneyMap } from '../../../../shared/model/types';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { generateJourneyMap } from '../../../support/map-generator';

const MAP_KEYS = ['id', 'title', 'customer', 'intendedMemory', 'createdAt', 'updatedAt', 'silos', 'stages', 'touchpoints', 'handoffs', 'notes', 'comments', 'alignment'];
const TOUCHPOINT_KEYS = ['id', 'title', 'stageId', 'siloId', 'channel', 'initiator', 'intent', 'emotion', 'day', 'description'];

/** The same map with every object's keys in reverse order, plus a field the format does not have. */
function scrambled(map: JourneyMap): JourneyMap {
  const reverse = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries({ ...value, viewOnly: true }).reverse()) as T;
  return reverse({
    ...map,
    customer: reverse(map.customer),
    silos: map.silos.map(reverse),
    stages: map.stages.map((stage) => reverse({ ...stage, metrics: stage.metrics.map(reverse) })),
    touchpoints: map.touchpoints.map(reverse),
    handoffs: map.handoffs.map(reverse),
    notes: map.notes.map(reverse),
    comments: map.comments.map((comment) => reverse({ ...comment, target: reverse(comment.target) })),
  });
}

/** Every array and object inside a map (the map included), by path, found without recursion. */
function partsOf(root: object): Map<string, object> {
  const parts = new Map<string, object>();
  const pending: Array<[string, object]> = [['map', root]];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const [path, part] = next;
    parts.set(path, part);
    for (const [key, value] of Object.entries(part)) {
      if (typeof value === 'object' && value !== null) pending.push([Array.isArray(part) ? `${path}[${key}]` : `${path}.${key}`, value]);
    }
  }
  return parts;
}

describe('serializeJourneyFile', () => {
  const map = generateJourneyMap({ touchpoints: 100, seed: 42 });

  it('writes the envelope, 2-space indentation and a trailing newline', () => {
    const text = serializeJourneyFile(map);
    expect(text.startsWith('{\n  "format": "journeymap",\n  "formatVersion": 1,\n  "map": {\n    "id": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it("writes keys in the spec's field order", () => {
    const written = JSON.parse(serializeJourneyFile(map)) as { map: Record<string, unknown> & { touchpoints: object[] } };
    expect(Object.keys(written)).toEqual(['format', 'formatVersion', 'map']);
    expect(Object.keys(written.map)).toEqual(MAP_KEYS);
    expect(Object.keys(written.map.touchpoints[0]!)).toEqual(TOUCHPOINT_KEYS);
  });

  it('is byte-stable: key order in memory and extra view-only fields do not change the output', () => {
    expect(serializeJourneyFile(scrambled(map))).toBe(serializeJourneyFile(map));
  });

  it('gives the same bytes after a load and save', () => {
    const text = serializeJourneyFile(map);
    const loaded = parseJourneyFile(text);
    expect(loaded.ok && serializeJourneyFile(loaded.map)).toBe(text);
  });

  it('shares no array or object with the map it was given: changing the copy leaves the map alone', () => {
    const given: JourneyMap = {
      ...map,
      alignment: { question: 'Name the stages', answers: [{ participant: 'Sam', items: ['Buy', 'Pay'] }], agreedAt: null },
    };
    const untouched = structuredClone(given);
    const copy = toOrderedMap(given);
    const givenParts = partsOf(given);
    const copyParts = partsOf(copy);
    // Every kind of nested array is present, so none can slip through unchecked.
    for (const path of ['map.silos', 'map.stages[0].metrics', 'map.touchpoints', 'map.handoffs', 'map.notes', 'map.comments', 'map.alignment.answers[0].items']) {
      expect(givenParts.has(path), path).toBe(true);
    }
    expect([...givenParts.keys()].some((path) => /^map\.stages\[\d+\]\.metrics\[\d+\]\.ownerSiloIds$/.test(path) && (givenParts.get(path) as unknown[]).length > 0)).toBe(true);
    expect([...copyParts.keys()].sort()).toEqual([...givenParts.keys()].sort());
    for (const [path, part] of copyParts) expect(part, path).not.toBe(givenParts.get(path));
    for (const part of copyParts.values()) {
      if (Array.isArray(part)) part.length = 0;
      else for (const key of Object.keys(part)) delete (part as Record<string, unknown>)[key];
    }
    expect(given).toEqual(untouched);
  });
});

describe('round trip', () => {
  it('parse(serialize(map)) equals the map for 2,000 generated maps', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const result = parseJourneyFile(serializeJourneyFile(map));
        expect(result).toEqual({ ok: true, map, warnings: [] });
      }),
      { numRuns: 2_000 },
    );
  });

  it('survives the bytes path too (UTF-8 encode, then parse)', () => {
    fc.assert(
      fc.property(journeyMapArbitrary({ maxTouchpoints: 10 }), (map) => {
        const bytes = new TextEncoder().encode(serializeJourneyFile(map));
        expect(parseJourneyFile(bytes)).toEqual({ ok: true, map, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });
});
