import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type journeyMapSchema, validateJourneyMap, type JourneyMapResult } from '../../../../shared/format/index';
import type { JourneyMap } from '../../../../shared/model/types';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { generateJourneyMap } from '../../../support/map-generator';

const base = generateJourneyMap({ touchpoints: 12, seed: 3, stages: 3, silos: 3 });

/** A deep copy of the base map, changed by `edit`. */
function edited(edit: (map: JourneyMap) => void): JourneyMap {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

function problemsOf(result: JourneyMapResult): string[] {
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid');
  return result.error.message
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^- /, ''));
}

describe('validateJourneyMap: shape', () => {
  it('infers exactly the domain type from the schema', () => {
    expectTypeOf<z.infer<typeof journeyMapSchema>>().toEqualTypeOf<JourneyMap>();
  });

  it('accepts generated maps of every size and returns them unchanged', () => {
    for (const touchpoints of [0, 1, 10, 100, 2_000]) {
      const map = generateJourneyMap({ touchpoints, seed: touchpoints + 1 });
      expect(validateJourneyMap(map), `${touchpoints} touchpoints`).toEqual({ ok: true, map, warnings: [] });
    }
  });

  it('accepts every map the fast-check arbitrary produces', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        expect(validateJourneyMap(map).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses non-objects as invalid without throwing', () => {
    for (const value of [undefined, null, 42, 'map', [], () => 1]) {
      const result = validateJourneyMap(value);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid');
    }
  });

  it('explains each kind of shape problem in plain words, with its path', () => {
    const result = validateJourneyMap(
      edited((map) => {
        Object.assign(map, { title: '' });
        Object.assign(map.silos[0]!, { color: 'purple' });
        Object.assign(map.touchpoints[0]!, { channel: 'fax', emotion: 5 });
      }),
    );
    expect(problemsOf(result)).toEqual([
      'title: must not be empty',
      'silos[0].color: should be a colour written as "#rrggbb" (for example "#2563eb"), but is the text "purple"',
      'touchpoints[0].channel: should be one of "web", "app", "email", "sms", "phone", "chat", "mail", "in-person", "social" or "other", but is the text "fax"',
      'touchpoints[0].emotion: should be one of -2, -1, 0, 1 or 2, but is 5',
    ]);
  });

  it('checks types, whole numbers, dates and missing fields', () => {
    const result = validateJourneyMap(
      edited((map) => {
        Object.assign(map.touchpoints[1]!, { day: 2.5, title: 7 });
        Object.assign(map, { createdAt: 'yesterday' });
        delete (map as Partial<JourneyMap>).notes;
      }),
    );
    expect(problemsOf(result)).toEqual([
      'createdAt: should be a date and time such as "2026-11-02T09:00:00.000Z", but is the text "yesterday"',
      'touchpoints[1].title: should be text, but is 7',
      'touchpoints[1].day: should be a whole number, but is 2.5',
      'notes: is missing',
    ]);
  });

  it('accepts date-times with an offset and refuses dates without a time', () => {
    expect(validateJourneyMap(edited((map) => Object.assign(map, { updatedAt: '2026-11-02T11:30:00+01:00' }))).ok).toBe(true);
    expect(validateJourneyMap(edited((map) => Object.assign(map, { updatedAt: '2026-11-02' }))).ok).toBe(false);
  });

  it('limits strings: any text to 10,000 characters, titles to 200, names to 100', () => {
    expect(validateJourneyMap(edited((map) => Object.assign(map, { intendedMemory: 'x'.repeat(10_000) }))).ok).toBe(true);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map, { intendedMemory: 'x'.repeat(10_001) }))))).toEqual([
      'intendedMemory: is too long (10,001 characters; the limit is 10,000)',
    ]);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map.touchpoints[0]!, { title: 't'.repeat(201) }))))).toEqual([
      'touchpoints[0].title: is too long (201 characters; the limit is 200)',
    ]);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map.stages[0]!, { name: 'n'.repeat(101) }))))).toEqual([
      'stages[0].name: is too long (101 characters; the limit is 100)',
    ]);
  });

  it('counts characters as code points, in the limit and in the message: an emoji is one character', () => {
    const emoji = '\u{1F600}';
    expect(validateJourneyMap(edited((map) => Object.assign(map, { intendedMemory: emoji.repeat(10_000) }))).ok).toBe(true);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map, { intendedMemory: emoji.repeat(10_001) }))))).toEqual([
      'intendedMemory: is too long (10,001 characters; the limit is 10,000)',
    ]);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map.touchpoints[0]!, { title: `${emoji.repeat(150)}${'t'.repeat(51)}` }))))).toEqual([
      'touchpoints[0].title: is too long (201 characters; the limit is 200)',
    ]);
  });

  it('counts a lone surrogate as one character, as the limit does', () => {
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map.stages[0]!, { name: `${'\u{1F600}'.repeat(50)}\uD800${'n'.repeat(50)}` }))))).toEqual([
      'stages[0].name: is too long (101 characters; the limit is 100)',
    ]);
  });

  it('limits counts: 200 stages and 100 silos', () => {
    const stages = generateJourneyMap({ touchpoints: 0, seed: 1, stages: 200 }).stages;
    const tooManyStages = { ...base, stages: [...stages, { ...stages[0]!, id: 'stage-201' }] };
    expect(problemsOf(validateJourneyMap(tooManyStages))[0]).toBe('stages: has too many entries (201; a map can have at most 200)');
    const silos = generateJourneyMap({ touchpoints: 0, seed: 1, silos: 100 }).silos;
    const tooManySilos = { ...base, silos: [...silos, { ...silos[0]!, id: 'silo-101' }] };
    expect(problemsOf(validateJourneyMap(tooManySilos))[0]).toBe('silos: has too many entries (101; a map can have at most 100)');
  });
});

describe('validateJourneyMap: integrity', () => {
  it('requires ids to be unique across the whole map, not only within a list', () => {
    const result = validateJourneyMap(edited((map) => Object.assign(map.notes[0]!, { id: map.stages[1]!.id })));
    expect(problemsOf(result)).toEqual(['notes[0].id: the id "stage-2" is already used by stages[1]']);
  });

  it('requires ids to be non-empty and at most 100 characters', () => {
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map.handoffs[0]!, { id: '' }))))).toEqual([
      'handoffs[0].id: must not be empty',
    ]);
    expect(problemsOf(validateJourneyMap(edited((map) => Object.assign(map, { id: 'm'.repeat(101) }))))).toEqual([
      'id: is too long (101 characters; the limit is 100)',
    ]);
  });

  it('requires every reference to point to an object of the right kind', () => {
    const result = validateJourneyMap(
      edited((map) => {
        Object.assign(map.touchpoints[3]!, { stageId: 'st-9' });
        Object.assign(map.touchpoints[4]!, { siloId: 'stage-1' });
        Object.assign(map.stages[0]!, { accountableSiloId: 'nobody' });
        Object.assign(map.handoffs[0]!, { toTouchpointId: 'tp-404', ownerSiloId: 'silo-404' });
        Object.assign(map.notes[0]!, { stageId: 'tp-1' });
      }),
    );
    expect(problemsOf(result)).toEqual([
      'stages[0].accountableSiloId: no silo "nobody"',
      'touchpoints[3].stageId: no stage "st-9"',
      'touchpoints[4].siloId: no silo "stage-1" (that id belongs to a stage)',
      'handoffs[0].toTouchpointId: no touchpoint "tp-404"',
      'handoffs[0].ownerSiloId: no silo "silo-404"',
      'and 1 more problem.',
    ]);
  });

  it('checks the silos that share a metric', () => {
    const result = validateJourneyMap(
      edited((map) => {
        const stage = map.stages.find((candidate) => candidate.metrics.length > 0);
        stage?.metrics[0]?.ownerSiloIds.push('silo-gone');
      }),
    );
    expect(problemsOf(result)).toHaveLength(1);
    expect(problemsOf(result)[0]).toMatch(/^stages\[\d+\]\.metrics\[0\]\.ownerSiloIds\[\d+\]: no silo "silo-gone"$/);
  });

  it('refuses a hand-off from a touchpoint to itself', () => {
    const result = validateJourneyMap(
      edited((map) => Object.assign(map.handoffs[0]!, { toTouchpointId: map.handoffs[0]!.fromTouchpointId })),
    );
    expect(problemsOf(result)).toEqual([
      `handoffs[0]: a hand-off cannot lead from touchpoint "${base.handoffs[0]!.fromTouchpointId}" back to itself`,
    ]);
  });

  it('requires comment targets to match their kind', () => {
    const onMap = (id: string | null) => edited((map) => Object.assign(map.comments[0]!, { target: { kind: 'map', id } }));
    const onStage = (id: string | null) => edited((map) => Object.assign(map.comments[0]!, { target: { kind: 'stage', id } }));
    const onTouchpoint = (id: string | null) =>
      edited((map) => Object.assign(map.comments[0]!, { target: { kind: 'touchpoint', id } }));
    expect(validateJourneyMap(onMap(null)).ok).toBe(true);
    expect(validateJourneyMap(onStage('stage-1')).ok).toBe(true);
    expect(validateJourneyMap(onTouchpoint('tp-1')).ok).toBe(true);
    expect(problemsOf(validateJourneyMap(onMap('stage-1')))).toEqual([
      'comments[0].target.id: a comment on the whole map has no target id, but this one has "stage-1"',
    ]);
    expect(problemsOf(validateJourneyMap(onStage(null)))).toEqual([
      'comments[0].target.id: a comment on a stage must name that stage, but the id is empty (null)',
    ]);
    expect(problemsOf(validateJourneyMap(onTouchpoint('stage-1')))).toEqual([
      'comments[0].target.id: no touchpoint "stage-1" (that id belongs to a stage)',
    ]);
  });

  it('handles ids that look like Object.prototype members', () => {
    const map = edited((draft) => {
      Object.assign(draft.stages[0]!, { id: '__proto__' });
      draft.touchpoints.forEach((touchpoint) => {
        if (touchpoint.stageId === 'stage-1') touchpoint.stageId = '__proto__';
      });
      draft.notes.forEach((note) => {
        if (note.stageId === 'stage-1') note.stageId = '__proto__';
      });
      draft.comments.forEach((comment) => {
        if (comment.target.id === 'stage-1') comment.target.id = '__proto__';
      });
      Object.assign(draft.touchpoints[0]!, { siloId: 'constructor' });
    });
    expect(problemsOf(validateJourneyMap(map))).toEqual(['touchpoints[0].siloId: no silo "constructor"']);
  });
});

describe('test support: generateJourneyMap', () => {
  it('is deterministic and has realistic proportions', () => {
    const map = generateJourneyMap({ touchpoints: 100, seed: 1 });
    expect(generateJourneyMap({ touchpoints: 100, seed: 1 })).toEqual(map);
    expect(generateJourneyMap({ touchpoints: 100, seed: 2 })).not.toEqual(map);
    expect([map.stages.length, map.silos.length, map.handoffs.length]).toEqual([6, 7, 25]);
    expect(map.stages.every((stage) => stage.metrics.length <= 3)).toBe(true);
    expect(map.touchpoints.some((touchpoint) => touchpoint.siloId === null)).toBe(true);
    expect(map.touchpoints.some((touchpoint) => touchpoint.day !== null)).toBe(true);
    expect(map.stages.some((stage) => stage.accountableSiloId === null)).toBe(true);
    const sells = map.touchpoints.filter((touchpoint) => touchpoint.intent === 'sell' && touchpoint.initiator === 'company');
    const conflict = sells.some((sell) =>
      map.touchpoints.some(
        (other) =>
          other.intent === 'cancel' &&
          other.initiator === 'company' &&
          other.stageId === sell.stageId &&
          other.siloId !== sell.siloId &&
          other.day === sell.day,
      ),
    );
    expect(conflict).toBe(true);
  });

  it('stays within the limits at the largest size', () => {
    const map = generateJourneyMap({ touchpoints: 20_000, seed: 1 });
    expect([map.touchpoints.length, map.stages.length, map.silos.length]).toEqual([20_000, 200, 100]);
    expect(validateJourneyMap(map).ok).toBe(true);
  });
});
