/**
 * `projectToFlowIncrementally(map, layout, marks, previous)` patches the previous projection where an edit
 * changed it: after any edits it must give exactly what the full projection gives, `reuseUnchanged(previous,
 * projectToFlow(…))` (deep-equal, every object that one keeps kept, the previous arrays when it keeps them).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeJourney } from '../../../../shared/analysis';
import { DEFAULT_LAYOUT_OPTIONS, layoutJourney, type JourneyLayout, type LayoutOptions } from '../../../../shared/layout/grid-layout';
import { moveTouchpoint, reorderTouchpointInCell, updateTouchpoint, type JourneyMap } from '../../../../shared/model';
import { NO_MARKS, diagnosisMarks, sameDiagnosisMarks, type DiagnosisMarks } from '../../../../renderer/canvas/diagnosis-marks';
import type { CardNode, FlowNode } from '../../../../renderer/canvas/flow-types';
import { projectToFlowIncrementally, type IncrementalFlowProjection } from '../../../../renderer/canvas/incremental-projection';
import { projectToFlow, reuseUnchanged } from '../../../../renderer/canvas/project-to-flow';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { generateJourneyMap } from '../../../support/map-generator';
import { applyWorkshopEdit, workshopEditArbitrary } from '../../../support/workshop-edits';
import { applyEdit, editArbitrary } from '../../shared/analysis/map-edits';
import { workshopMap } from './canvas-fixtures';

/** Other layout options ("resize"): narrower cards, more title lines, fewer cards per sub-column. */
const RESIZED: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, cardWidth: 140, titleCharsPerLine: 12, maxCardsPerSubColumn: 3 };

/**
 * How the marks of a step are made: from the full or a bounded analysis, none, the last ones kept while
 * equal (as the canvas does), or the last ones whatever the map (stale marks: the map changes, they do not).
 */
const MARKS_MODES = ['full', 'stable', 'bounded', 'none', 'stale'] as const;
type MarksMode = (typeof MARKS_MODES)[number];

function marksFor(map: JourneyMap, mode: MarksMode, last: DiagnosisMarks): DiagnosisMarks {
  switch (mode) {
    case 'none':
      return NO_MARKS;
    case 'stale':
      return last;
    case 'bounded':
      return diagnosisMarks(map, analyzeJourney(map, { maxConflictPairs: 1 }));
    case 'full':
      return diagnosisMarks(map, analyzeJourney(map));
    case 'stable': {
      const next = diagnosisMarks(map, analyzeJourney(map));
      return sameDiagnosisMarks(last, next) ? last : next;
    }
  }
}

/** A card's clash partner retitled: only the clashing card's name says the partner's title. */
function retitleClashPartner(map: JourneyMap, marks: DiagnosisMarks, pick: number, serial: number): JourneyMap {
  const clashing = [...marks.touchpoints.values()].filter((own) => own.conflictsWith.length > 0);
  const partners = clashing[pick % Math.max(1, clashing.length)]?.conflictsWith ?? [];
  const partner = partners[pick % Math.max(1, partners.length)];
  return partner === undefined ? map : updateTouchpoint(map, partner, { title: `Partner ${serial % 10}` });
}

const changeArbitrary = fc.oneof(
  { weight: 4, arbitrary: editArbitrary().map((edit) => ({ kind: 'edit' as const, edit })) },
  { weight: 3, arbitrary: workshopEditArbitrary.map((edit) => ({ kind: 'workshop' as const, edit })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retitle clash partner' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), back: fc.nat({ max: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'marks only' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resize' as const }) },
);
type Change = typeof changeArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** One step: a change, how its marks are made, and which projection it starts from (mostly the last one). */
const stepArbitrary = fc.record({
  change: changeArbitrary,
  marks: fc.constantFrom<MarksMode>('full', 'full', ...MARKS_MODES),
  from: fc.constantFrom('last', 'last', 'last', 'last', 'last', 'last', 'older', 'none'),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

function describeChange(change: Change): string {
  if (change.kind === 'edit' || change.kind === 'workshop') return `${change.kind} ${change.edit.kind}`;
  return change.kind;
}

/** Asserts that `next` is the full projection kept against `previous`, object for object where that one keeps them. */
function expectFullProjection(
  next: IncrementalFlowProjection,
  previous: IncrementalFlowProjection | null,
  version: { map: JourneyMap; layout: JourneyLayout; marks: DiagnosisMarks },
  label: string,
): void {
  const before = previous?.projection ?? null;
  const expected = reuseUnchanged(before, projectToFlow(version.map, version.layout, version.marks));
  expect(next.projection.nodes, `nodes after ${label}`).toEqual(expected.nodes);
  expect(next.projection.edges, `edges after ${label}`).toEqual(expected.edges);
  expectKeptLike(next.projection.nodes, expected.nodes, before?.nodes ?? [], label);
  expectKeptLike(next.projection.edges, expected.edges, before?.edges ?? [], label);
}

/** Every object `expected` took over from `before` is the one `actual` has there, and so is the list itself. */
function expectKeptLike<T extends { id: string }>(actual: readonly T[], expected: readonly T[], before: readonly T[], label: string): void {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  expected.forEach((item, index) => {
    if (beforeById.get(item.id) === item) expect(actual[index], `${item.id} kept after ${label}`).toBe(item);
  });
  expect(actual === before, `list kept after ${label}`).toBe(expected === before);
}

/** True when the projection patched the previous one (a full projection is not indexed until a patch needs it). */
function isPatch(projection: IncrementalFlowProjection): boolean {
  return projection.memo.index !== null;
}

/** Walks `start` through the steps, projecting each version incrementally and checking it against the full projection. */
function followSteps(start: JourneyMap, steps: readonly Step[]): { patched: number } {
  const maps = [start];
  let map = start;
  let options = DEFAULT_LAYOUT_OPTIONS;
  let layout = layoutJourney(map, options);
  let marks = marksFor(map, 'full', NO_MARKS);
  const history = [projectToFlowIncrementally(map, layout, marks)];
  let patched = 0;
  steps.forEach(({ change, marks: marksMode, from }, serial) => {
    if (change.kind === 'edit') map = applyEdit(map, change.edit, serial);
    else if (change.kind === 'workshop') map = applyWorkshopEdit(map, change.edit, serial);
    else if (change.kind === 'retitle clash partner') map = retitleClashPartner(map, marks, change.pick, serial);
    else if (change.kind === 'undo') map = maps[Math.max(0, maps.length - 1 - change.back)] ?? map;
    else if (change.kind === 'resize') options = options === RESIZED ? DEFAULT_LAYOUT_OPTIONS : RESIZED;
    maps.push(map);
    layout = layoutJourney(map, options, layout);
    marks = marksFor(map, marksMode, marks);
    const last = history.at(-1) ?? null;
    const previous = from === 'last' ? last : from === 'older' ? (history.at(-2) ?? null) : null;
    const next = projectToFlowIncrementally(map, layout, marks, previous);
    expectFullProjection(next, previous, { map, layout, marks }, `step ${serial}: ${describeChange(change)}, marks ${marksMode}`);
    if (previous && next !== previous && isPatch(next)) patched++;
    history.push(next);
  });
  return { patched };
}

const startMap = fc.oneof(
  { weight: 3, arbitrary: fc.record({ touchpoints: fc.integer({ min: 20, max: 90 }), seed: fc.nat() }).map(generateJourneyMap) },
  { weight: 1, arbitrary: journeyMapArbitrary() },
);

describe('projectToFlowIncrementally', () => {
  it('after every step of random edit sequences, gives exactly the full projection kept against the previous one', () => {
    let patched = 0;
    fc.assert(
      fc.property(startMap, fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }), (start, steps) => {
        patched += followSteps(start, steps).patched;
      }),
      { numRuns: 200 },
    );
    // About a fifth of the steps patch (the others edit stages, silos or hand-offs, move lanes, resize, or
    // start from an older projection): the patches must not silently turn into full projections.
    expect(patched).toBeGreaterThan(250);
  });

  it('names a clash partner by its new title when only the partner was retitled (marks unchanged)', () => {
    const map = updateTouchpoint(updateTouchpoint(workshopMap(), 'quote', { intent: 'sell' }), 'invoice', { intent: 'collect' });
    const marks = diagnosisMarks(map, analyzeJourney(map));
    expect(marks.touchpoints.get('quote')?.conflictsWith).toEqual(['invoice']);
    const layout = layoutJourney(map);
    const first = projectToFlowIncrementally(map, layout, marks);
    const retitled = updateTouchpoint(map, 'invoice', { title: 'Final bill' });
    const next = projectToFlowIncrementally(retitled, layoutJourney(retitled, DEFAULT_LAYOUT_OPTIONS, layout), marks, first);
    expect(isPatch(next)).toBe(true);
    const quote = next.projection.nodes.find((node) => node.id === 'tp:quote');
    expect(quote?.ariaLabel).toMatch(/\. Conflict: clashes with Final bill$/);
    expectFullProjection(next, first, { map: retitled, layout: next.memo.layout, marks }, 'retitling the partner');
  });

  it('moves a card to the lane below on a 1,000-card map by patching: only its card and hand-offs are new', () => {
    const map = generateJourneyMap({ touchpoints: 1000, seed: 3 });
    const layout = layoutJourney(map);
    const marks = diagnosisMarks(map, analyzeJourney(map));
    const first = projectToFlowIncrementally(map, layout, marks);
    const card = map.touchpoints.find((touchpoint) => touchpoint.siloId === map.silos[0]?.id);
    if (!card || !map.silos[1]) throw new Error('no card in the first lane');
    const moved = moveTouchpoint(map, card.id, { stageId: card.stageId, siloId: map.silos[1].id });
    const movedLayout = layoutJourney(moved, DEFAULT_LAYOUT_OPTIONS, layout);
    const movedMarks = diagnosisMarks(moved, analyzeJourney(moved));
    const next = projectToFlowIncrementally(moved, movedLayout, movedMarks, first);
    expectFullProjection(next, first, { map: moved, layout: movedLayout, marks: movedMarks }, 'the move');
    const before = new Set<FlowNode>(first.projection.nodes);
    const cards = next.projection.nodes.filter((node): node is CardNode => node.type === 'touchpoint');
    expect(cards).toHaveLength(1000);
    expect(cards.filter((node) => !before.has(node)).length).toBeLessThan(20);
  });

  it('hands back the previous projection when nothing changed, and its arrays when nothing it draws did', () => {
    const map = generateJourneyMap({ touchpoints: 60, seed: 5 });
    const layout = layoutJourney(map);
    const first = projectToFlowIncrementally(map, layout, NO_MARKS);
    expect(projectToFlowIncrementally(map, layout, NO_MARKS, first)).toBe(first);
    const copied = { ...map, touchpoints: map.touchpoints.slice() };
    const next = projectToFlowIncrementally(copied, layoutJourney(copied, DEFAULT_LAYOUT_OPTIONS, layout), NO_MARKS, first);
    expect(next).not.toBe(first);
    expect(next.projection).toBe(first.projection);
  });

  it('projects in full while two touchpoints share an id, and patches again once they no longer do', () => {
    const map = generateJourneyMap({ touchpoints: 40, seed: 9 });
    const [original, other] = map.touchpoints;
    if (!original || !other) throw new Error('too few touchpoints');
    const twinned = { ...map, touchpoints: [...map.touchpoints, { ...original, title: 'Twin' }] };
    const steps: JourneyMap[] = [
      twinned,
      // Still a twin, then none: the projection before each of these has twins, so it cannot be patched.
      updateTouchpoint(twinned, other.id, { emotion: other.emotion === 2 ? -2 : 2 }),
      map,
      updateTouchpoint(map, other.id, { emotion: other.emotion === 2 ? -2 : 2 }),
    ];
    let layout = layoutJourney(map);
    let last = projectToFlowIncrementally(map, layout, NO_MARKS);
    const patched: boolean[] = [];
    for (const version of steps) {
      layout = layoutJourney(version, DEFAULT_LAYOUT_OPTIONS, layout);
      const next = projectToFlowIncrementally(version, layout, NO_MARKS, last);
      expectFullProjection(next, last, { map: version, layout, marks: NO_MARKS }, 'a twin');
      patched.push(isPatch(next));
      last = next;
    }
    expect(patched).toEqual([false, false, false, true]);
  });

  it('patches an older projection than the last one from its own arrays, not from the index that moved on', () => {
    const map = generateJourneyMap({ touchpoints: 40, seed: 11 });
    const layout = layoutJourney(map);
    const full = projectToFlowIncrementally(map, layout, NO_MARKS);
    const [card] = map.touchpoints;
    if (!card) throw new Error('empty map');
    const edited = updateTouchpoint(map, card.id, { emotion: card.emotion === 2 ? -2 : 2 });
    const first = projectToFlowIncrementally(edited, layoutJourney(edited, DEFAULT_LAYOUT_OPTIONS, layout), NO_MARKS, full);
    expect(isPatch(first)).toBe(true);
    // Moving the first card of a full cell to its end moves only card positions, not touchpoint objects.
    const cell = first.memo.layout.filledCells.find((candidate) => candidate.touchpointIds.length > 2);
    const movedId = cell?.touchpointIds[0];
    if (!cell || movedId === undefined) throw new Error('no cell with three cards');
    const reordered = reorderTouchpointInCell(edited, movedId, cell.touchpointIds.length);
    const second = projectToFlowIncrementally(reordered, layoutJourney(reordered, DEFAULT_LAYOUT_OPTIONS, first.memo.layout), NO_MARKS, first);
    expect(second.memo.index?.cards).toBe(first.memo.index?.cards);
    const retitled = updateTouchpoint(edited, movedId, { title: 'Retitled' });
    const retitledLayout = layoutJourney(retitled, DEFAULT_LAYOUT_OPTIONS, first.memo.layout);
    const again = projectToFlowIncrementally(retitled, retitledLayout, NO_MARKS, first);
    expect(isPatch(again)).toBe(true);
    expect(again.memo.index?.cards).not.toBe(first.memo.index?.cards);
    expectFullProjection(again, first, { map: retitled, layout: retitledLayout, marks: NO_MARKS }, 'patching the older one');
  });
});
