import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAgreedStages } from '../../../../shared/model/agreed-stages';
import { setAlignment } from '../../../../shared/model/alignment';
import { copySelection, duplicateTouchpoints, parseClipboard, pasteClipboard, serializeClipboard } from '../../../../shared/model/clipboard';
import { addComment, editCommentText, removeComment, setCommentResolved } from '../../../../shared/model/comments';
import { newComment, newHandoff, newMetric, newNote, newSilo, newStage, newTouchpoint } from '../../../../shared/model/create';
import { addHandoff, removeHandoff, updateHandoff } from '../../../../shared/model/handoffs';
import { validateJourneyMap } from '../../../../shared/format';
import { collectIds } from '../../../../shared/model/ids';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { setIntendedMemory, setMapTitle, updateCustomer } from '../../../../shared/model/map-details';
import { addMetric, moveMetric, removeMetric, updateMetric } from '../../../../shared/model/metrics';
import { addNote, moveNote, removeNote, updateNote } from '../../../../shared/model/notes';
import { addSilo, moveSilo, removeSilo, updateSilo } from '../../../../shared/model/silos';
import { addStage, moveStage, removeStage, updateStage } from '../../../../shared/model/stages';
import {
  addTouchpoint,
  moveTouchpoints,
  removeTouchpoints,
  reorderTouchpointInCell,
  updateTouchpoint,
} from '../../../../shared/model/touchpoints';
import { CHANNELS, INTENTS, type CommentTarget, type JourneyMap } from '../../../../shared/model/types';
import { deepFreeze, sampleMap } from './sample-map';

interface Step {
  op: string;
  a: number;
  b: number;
  c: number;
  text: string;
  number: number;
  flag: boolean;
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** An existing id of the given list, or (now and then) one that does not exist. */
function idOf(items: readonly { id: string }[], n: number): string {
  return n % 7 === 6 ? 'ghost' : (pick(items, n)?.id ?? 'ghost');
}

function siloOrNull(map: JourneyMap, n: number): string | null {
  return n % 4 === 0 ? null : idOf(map.silos, n);
}

function anyId(map: JourneyMap, n: number): string {
  return pick([...collectIds(map)], n) ?? 'ghost';
}

function metrics(map: JourneyMap) {
  return map.stages.flatMap((stage) => stage.metrics);
}

const OPERATIONS: Record<string, (map: JourneyMap, s: Step) => JourneyMap> = {
  addStage: (m, s) => addStage(m, newStage({ name: s.text, ...(s.flag ? { id: anyId(m, s.c) } : {}) }), s.a - 2),
  updateStage: (m, s) =>
    updateStage(m, idOf(m.stages, s.a), { name: s.flag ? s.text : undefined, customerGoal: s.text, accountableSiloId: siloOrNull(m, s.b) }),
  removeStage: (m, s) => removeStage(m, idOf(m.stages, s.a)),
  moveStage: (m, s) => moveStage(m, idOf(m.stages, s.a), s.b - 1),
  addSilo: (m, s) => addSilo(m, newSilo(m, { name: s.text, color: s.flag ? s.text : '#123456' }), s.a),
  updateSilo: (m, s) => updateSilo(m, idOf(m.silos, s.a), { name: s.text, color: s.flag ? '#ABCDEF' : s.text, lead: s.text }),
  removeSilo: (m, s) => removeSilo(m, idOf(m.silos, s.a)),
  moveSilo: (m, s) => moveSilo(m, idOf(m.silos, s.a), s.b),
  addTouchpoint: (m, s) =>
    addTouchpoint(
      m,
      newTouchpoint({ stageId: idOf(m.stages, s.a), siloId: siloOrNull(m, s.b), title: s.text, emotion: s.number as never, day: s.number }),
      s.flag ? s.c : undefined,
    ),
  updateTouchpoint: (m, s) =>
    updateTouchpoint(m, idOf(m.touchpoints, s.a), {
      title: s.text,
      emotion: s.number,
      day: s.flag ? null : s.number,
      channel: pick([...CHANNELS, 'fax'], s.b) as never,
      intent: pick([...INTENTS, 'spam'], s.c) as never,
    }),
  moveTouchpoints: (m, s) =>
    moveTouchpoints(m, [idOf(m.touchpoints, s.a), idOf(m.touchpoints, s.b), idOf(m.touchpoints, s.a + s.b)], {
      stageId: idOf(m.stages, s.c),
      siloId: siloOrNull(m, s.b + 1),
      beforeTouchpointId: s.flag ? idOf(m.touchpoints, s.c + 3) : null,
    }),
  reorderInCell: (m, s) => reorderTouchpointInCell(m, idOf(m.touchpoints, s.a), s.b),
  removeTouchpoints: (m, s) => removeTouchpoints(m, [idOf(m.touchpoints, s.a), idOf(m.touchpoints, s.b)]),
  addHandoff: (m, s) =>
    addHandoff(m, newHandoff(idOf(m.touchpoints, s.a), idOf(m.touchpoints, s.b), { label: s.text, ownerSiloId: siloOrNull(m, s.c) })),
  updateHandoff: (m, s) => updateHandoff(m, idOf(m.handoffs, s.a), { label: s.text, ownerSiloId: siloOrNull(m, s.b) }),
  removeHandoff: (m, s) => removeHandoff(m, idOf(m.handoffs, s.a)),
  addMetric: (m, s) =>
    addMetric(m, idOf(m.stages, s.a), newMetric({ name: s.text, target: s.number, ownerSiloIds: [idOf(m.silos, s.b), idOf(m.silos, s.c)] })),
  updateMetric: (m, s) =>
    updateMetric(m, idOf(metrics(m), s.a), { name: s.text, current: s.number, target: s.flag ? null : s.number, ownerSiloIds: [idOf(m.silos, s.b)] }),
  removeMetric: (m, s) => removeMetric(m, idOf(metrics(m), s.a)),
  moveMetric: (m, s) => moveMetric(m, idOf(metrics(m), s.a), s.b),
  addNote: (m, s) => addNote(m, newNote({ text: s.text, stageId: s.flag ? null : idOf(m.stages, s.a) })),
  updateNote: (m, s) => updateNote(m, idOf(m.notes, s.a), { text: s.text, color: s.flag ? '#FFFFFF' : s.text }),
  moveNote: (m, s) => moveNote(m, idOf(m.notes, s.a), s.flag ? null : idOf(m.stages, s.b)),
  removeNote: (m, s) => removeNote(m, idOf(m.notes, s.a)),
  addComment: (m, s) => {
    const targets: CommentTarget[] = [
      { kind: 'map', id: null },
      { kind: 'stage', id: idOf(m.stages, s.b) },
      { kind: 'touchpoint', id: idOf(m.touchpoints, s.b) },
    ];
    return addComment(m, newComment({ text: s.text, author: 'p', target: pick(targets, s.a) }));
  },
  editComment: (m, s) => editCommentText(m, idOf(m.comments, s.a), s.text),
  resolveComment: (m, s) => setCommentResolved(m, idOf(m.comments, s.a), s.flag),
  removeComment: (m, s) => removeComment(m, idOf(m.comments, s.a)),
  details: (m, s) => setIntendedMemory(updateCustomer(setMapTitle(m, s.text), { name: s.text }), s.text),
  alignment: (m, s) => setAlignment(m, s.flag ? null : { question: s.text, answers: [{ participant: 'a', items: [s.text] }], agreedAt: s.b % 2 ? '2026-05-01T10:00:00.000Z' : s.text }),
  agreedStages: (m, s) =>
    applyAgreedStages(m, [s.text, ...m.stages.filter((_, i) => (i + s.a) % 3 !== 0).map((stage) => stage.name.toUpperCase())]),
  paste: (m, s) => {
    const payload = copySelection(m, [idOf(m.touchpoints, s.a), idOf(m.touchpoints, s.b)]);
    const target = s.flag ? null : { stageId: idOf(m.stages, s.c), siloId: siloOrNull(m, s.b) };
    const parsed = s.c % 2 === 0 ? parseClipboard(serializeClipboard(payload)) : payload;
    return parsed ? pasteClipboard(m, parsed, target).map : m;
  },
  duplicate: (m, s) => duplicateTouchpoints(m, [idOf(m.touchpoints, s.a), idOf(m.touchpoints, s.b)]).map,
};

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom(...Object.keys(OPERATIONS)),
  a: fc.nat(40),
  b: fc.nat(40),
  c: fc.nat(40),
  text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '   ', 'Buy', 'x'.repeat(250))),
  number: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, 1.5)),
  flag: fc.boolean(),
});

describe('model operations (property)', () => {
  it('any sequence of operations yields a map that keeps every integrity rule and that the file format accepts, without mutating its input', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 5, maxLength: 80, size: 'max' }), (steps) => {
        let map = sampleMap();
        for (const step of steps) {
          const operation = OPERATIONS[step.op];
          if (operation === undefined) throw new Error(`unknown operation ${step.op}`);
          const next = operation(map, step);
          const problems = checkIntegrity(next);
          if (problems.length > 0) throw new Error(`${step.op}: ${problems.join('; ')}`);
          map = deepFreeze(next);
        }
        const validated = validateJourneyMap(map);
        if (!validated.ok) throw new Error(`the file format refuses the result: ${validated.error.message}`);
      }),
      { numRuns: 400 },
    );
  });

  it('repeating an edit returns the same map the second time (no empty undo step)', () => {
    const idempotent = ['updateStage', 'updateSilo', 'updateTouchpoint', 'updateHandoff', 'updateMetric', 'updateNote', 'moveNote', 'details', 'alignment', 'editComment', 'resolveComment'];
    fc.assert(
      fc.property(stepArbitrary, fc.constantFrom(...idempotent), (step, op) => {
        const operation = OPERATIONS[op];
        if (operation === undefined) return;
        const once = operation(sampleMap(), step);
        expect(operation(deepFreeze(once), step)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
});
