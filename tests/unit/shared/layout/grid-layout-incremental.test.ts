/**
 * `layoutJourney(map, options, previous)` reuses what an earlier layout measured and placed: it must give
 * exactly the layout a computation from scratch gives, whatever edits came in between.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LAYOUT_OPTIONS,
  cellKey,
  layoutJourney,
  type JourneyLayout,
  type LayoutOptions,
} from '../../../../shared/layout/grid-layout';
import {
  addSilo,
  addStage,
  addTouchpoint,
  moveSilo,
  moveStage,
  moveTouchpoint,
  newSilo,
  newStage,
  newTouchpoint,
  removeSilo,
  removeStage,
  removeTouchpoint,
  reorderTouchpointInCell,
  setTouchpointSilo,
  updateTouchpoint,
  type JourneyMap,
} from '../../../../shared/model';
import { generateJourneyMap } from '../../../support/map-generator';
import { smallMap, tp } from './fixtures';

const EDIT_KINDS = [
  'move card',
  'retitle',
  'add card',
  'remove card',
  'reorder in cell',
  'unown card',
  'move stage',
  'move silo',
  'add stage',
  'remove stage',
  'add silo',
  'remove silo',
] as const;

/** Options where empty columns and lanes have no size: a column or lane can change index without moving. */
const ZERO_SIZES: LayoutOptions = {
  ...DEFAULT_LAYOUT_OPTIONS,
  cardWidth: 0,
  cellPadding: 0,
  minLaneHeight: 0,
  cardChromeHeight: 0,
  titleLineHeight: 0,
};

interface Edit {
  kind: (typeof EDIT_KINDS)[number];
  /** Indices into the map's touchpoints, stages and silos, taken modulo their counts. */
  a: number;
  b: number;
  c: number;
  text: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ maxLength: 90 }),
});

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** The map after one edit made with the model's own functions (the same map when the edit does not apply). */
function applyEdit(map: JourneyMap, edit: Edit, step: number): JourneyMap {
  const touchpoint = pick(map.touchpoints, edit.a);
  const stage = pick(map.stages, edit.b);
  const silo = pick(map.silos, edit.c);
  const siloId = edit.c % 4 === 0 ? null : (silo?.id ?? null);
  switch (edit.kind) {
    case 'move card':
      return touchpoint && stage ? moveTouchpoint(map, touchpoint.id, { stageId: stage.id, siloId }) : map;
    case 'retitle':
      return touchpoint ? updateTouchpoint(map, touchpoint.id, { title: edit.text || 'Retitled' }) : map;
    case 'add card':
      return stage
        ? addTouchpoint(map, newTouchpoint({ id: `added-${step}`, stageId: stage.id, siloId, title: edit.text || 'New' }), edit.a)
        : map;
    case 'remove card':
      return touchpoint ? removeTouchpoint(map, touchpoint.id) : map;
    case 'reorder in cell':
      return touchpoint ? reorderTouchpointInCell(map, touchpoint.id, edit.b % 8) : map;
    case 'unown card':
      return touchpoint ? setTouchpointSilo(map, touchpoint.id, null) : map;
    case 'move stage':
      return stage ? moveStage(map, stage.id, edit.a % map.stages.length) : map;
    case 'move silo':
      return silo ? moveSilo(map, silo.id, edit.a % map.silos.length) : map;
    case 'add stage':
      return addStage(map, newStage({ id: `stage-added-${step}`, name: 'Added' }), edit.a % (map.stages.length + 1));
    case 'remove stage':
      return stage && map.stages.length > 1 ? removeStage(map, stage.id) : map;
    case 'add silo':
      return addSilo(map, newSilo(map, { id: `silo-added-${step}`, name: 'Added' }), edit.a % (map.silos.length + 1));
    case 'remove silo':
      return silo ? removeSilo(map, silo.id) : map;
  }
}

/** Everything a layout tells, as plain data; `lookedUp` cells are asked for by key first, before the full list. */
function snapshot(layout: JourneyLayout, lookedUp: readonly string[]) {
  const looked = lookedUp.map((key) => layout.cellByKey.get(key));
  return {
    looked,
    options: layout.options,
    columns: layout.columns,
    lanes: layout.lanes,
    filledCells: layout.filledCells,
    cards: [...layout.cards.entries()],
    size: layout.cellByKey.size,
    cells: layout.cells,
    cellByKey: [...layout.cellByKey.entries()],
    width: layout.width,
    height: layout.height,
  };
}

/** Some cell keys of the map, and a few that name no cell. */
function keysToLookUp(map: JourneyMap, seed: number): string[] {
  const stageIds = map.stages.map((stage) => stage.id);
  const laneIds = [...map.silos.map((silo) => silo.id), null];
  const keys = [0, 1, 2].map((offset) => cellKey(pick(stageIds, seed + offset) ?? 'none', pick(laneIds, seed * 7 + offset) ?? null));
  return [...keys, cellKey('no-such-stage', null), 'not a key'];
}

describe('layoutJourney with a previous layout', () => {
  it('gives the same layout as from scratch after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.constantFrom(DEFAULT_LAYOUT_OPTIONS, ZERO_SIZES),
        fc.array(editArbitrary, { minLength: 1, maxLength: 25 }),
        (seed, options, edits) => {
          let map = generateJourneyMap({ touchpoints: 60, seed });
          let incremental = layoutJourney(map, options);
          edits.forEach((edit, step) => {
            map = applyEdit(map, edit, step);
            incremental = layoutJourney(map, options, incremental);
            const keys = keysToLookUp(map, edit.a + step);
            expect(snapshot(incremental, keys)).toEqual(snapshot(layoutJourney(map, options), keys));
            for (const cell of incremental.cells) expect(incremental.cellByKey.get(cell.key)).toBe(cell);
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps the cells and cards an edit leaves alone, and remakes the ones it changes', () => {
    const map = generateJourneyMap({ touchpoints: 200, seed: 11 });
    const before = layoutJourney(map);
    const retitled = map.touchpoints[0];
    if (!retitled) throw new Error('the generated map has no touchpoints');
    // A title of the same length: the card keeps its height, so no column or lane moves.
    const title = `${retitled.title.startsWith('X') ? 'Y' : 'X'}${retitled.title.slice(1)}`;
    const edited = updateTouchpoint(map, retitled.id, { title });
    const after = layoutJourney(edited, DEFAULT_LAYOUT_OPTIONS, before);
    const changedKey = before.cards.get(retitled.id)?.cellKey;
    const kept = after.filledCells.filter((cell) => before.cellByKey.get(cell.key) === cell);
    expect(kept).toHaveLength(after.filledCells.length - 1);
    expect(kept.some((cell) => cell.key === changedKey)).toBe(false);
    expect(after.cards.get(retitled.id)).not.toBe(before.cards.get(retitled.id));
    expect(after.columns).toEqual(before.columns);
    expect(after.lanes).toEqual(before.lanes);
    for (const [id, card] of after.cards) {
      if (card.cellKey !== changedKey) expect(card).toBe(before.cards.get(id));
    }
  });

  it('keeps the cells of the columns a new last stage leaves in place', () => {
    const map = generateJourneyMap({ touchpoints: 200, seed: 12 });
    const before = layoutJourney(map);
    const after = layoutJourney(addStage(map, newStage({ id: 'stage-last', name: 'Last' })), DEFAULT_LAYOUT_OPTIONS, before);
    expect(after.columns).toHaveLength(before.columns.length + 1);
    expect(after.filledCells).toHaveLength(before.filledCells.length);
    after.filledCells.forEach((cell, index) => expect(cell).toBe(before.filledCells[index]));
  });

  it('ignores a previous layout made with other options', () => {
    const map = generateJourneyMap({ touchpoints: 100, seed: 3 });
    const narrow = { ...DEFAULT_LAYOUT_OPTIONS, cardWidth: 120, titleCharsPerLine: 10 };
    const previous = layoutJourney(map);
    const keys = keysToLookUp(map, 5);
    expect(snapshot(layoutJourney(map, narrow, previous), keys)).toEqual(snapshot(layoutJourney(map, narrow), keys));
  });

  it('places only the first of two touchpoints sharing an id, with or without a previous layout', () => {
    const twins = smallMap([tp('t1', 's1', 'a'), tp('t2', 's2', 'b'), tp('t1', 's3', null)]);
    const layout = layoutJourney(twins);
    expect(layout.cards.get('t1')?.cellKey).toBe(cellKey('s1', 'a'));
    expect(layout.filledCells.map((cell) => cell.key)).toEqual([cellKey('s1', 'a'), cellKey('s2', 'b')]);
    expect(layout.lanes.map((lane) => lane.siloId)).toEqual(['a', 'b', null]);
    const again = layoutJourney(twins, DEFAULT_LAYOUT_OPTIONS, layoutJourney(smallMap(twins.touchpoints.slice(0, 2))));
    expect(snapshot(again, [])).toEqual(snapshot(layout, []));
  });
});
