import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LAYOUT_OPTIONS,
  cardHeight,
  cellKey,
  cellOfKey,
  layoutJourney,
  titleLines,
  type Rect,
} from '../../../../shared/layout/grid-layout';
import { generateJourneyMap } from '../../../support/map-generator';
import { smallMap, tp } from './fixtures';

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('layoutJourney', () => {
  it('puts stages left to right and silos top to bottom in array order', () => {
    const layout = layoutJourney(smallMap([]));
    expect(layout.columns.map((c) => c.stageId)).toEqual(['s1', 's2', 's3']);
    expect(layout.lanes.map((l) => l.siloId)).toEqual(['a', 'b']);
    const [first, second] = layout.columns;
    expect(second?.x).toBe((first?.x ?? 0) + (first?.width ?? 0));
    expect(first?.x).toBe(DEFAULT_LAYOUT_OPTIONS.siloHeaderWidth);
    expect(layout.lanes[0]?.y).toBe(DEFAULT_LAYOUT_OPTIONS.stageHeaderHeight);
  });

  it('adds a "No owner" lane at the bottom only when a touchpoint is unowned', () => {
    expect(layoutJourney(smallMap([tp('t1', 's1', 'a')])).lanes.map((l) => l.siloId)).toEqual(['a', 'b']);
    expect(layoutJourney(smallMap([tp('t1', 's1', null)])).lanes.map((l) => l.siloId)).toEqual(['a', 'b', null]);
  });

  it('gives a map with stages but no silos a "No owner" lane to drop cards in', () => {
    expect(layoutJourney(smallMap([], { silos: [] })).lanes.map((l) => l.siloId)).toEqual([null]);
    expect(layoutJourney(smallMap([], { silos: [], stages: [] })).lanes).toEqual([]);
  });

  it('stacks the cards of one cell in array order', () => {
    const layout = layoutJourney(smallMap([tp('t2', 's2', 'b'), tp('t1', 's2', 'b'), tp('t3', 's1', 'a')]));
    const cell = layout.cellByKey.get(cellKey('s2', 'b'));
    expect(cell?.touchpointIds).toEqual(['t2', 't1']);
    const first = layout.cards.get('t2');
    const second = layout.cards.get('t1');
    expect(first && second && first.y < second.y).toBe(true);
    expect(first?.x).toBe(second?.x);
  });

  it('makes a column as wide and a lane as tall as its fullest cell needs', () => {
    const many = Array.from({ length: 14 }, (_, i) => tp(`t${i}`, 's2', 'a'));
    const layout = layoutJourney(smallMap(many));
    const [s1, s2] = layout.columns;
    const cell = layout.cellByKey.get(cellKey('s2', 'a'));
    expect(cell?.subColumns).toBe(3);
    expect(s2?.width).toBeGreaterThan(s1?.width ?? Infinity);
    const laneA = layout.lanes[0];
    const laneB = layout.lanes[1];
    expect(laneA?.height).toBeGreaterThan(laneB?.height ?? Infinity);
    for (const card of layout.cards.values()) expect(inside(card, cell as Rect)).toBe(true);
  });

  it('wraps a very full cell into balanced sub-columns in reading order', () => {
    const many = Array.from({ length: 7 }, (_, i) => tp(`t${i}`, 's1', 'a'));
    const layout = layoutJourney(smallMap(many));
    const subs = many.map((t) => layout.cards.get(t.id)?.subColumn);
    expect(subs).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  it('estimates taller cards for longer titles but clamps the number of lines', () => {
    expect(titleLines('Short')).toBe(1);
    expect(titleLines('A title that needs two lines to fit')).toBe(2);
    expect(titleLines('x'.repeat(5000))).toBe(DEFAULT_LAYOUT_OPTIONS.maxTitleLines);
    expect(cardHeight({ title: 'x'.repeat(5000) })).toBe(cardHeight({ title: 'x'.repeat(80) }));
    expect(cardHeight({ title: 'x'.repeat(80) })).toBeGreaterThan(cardHeight({ title: 'x' }));
  });

  it('ignores touchpoints of unknown stages and puts unknown silos in "No owner"', () => {
    const layout = layoutJourney(smallMap([tp('lost', 'nope', 'a'), tp('stray', 's1', 'ghost')]));
    expect(layout.cards.has('lost')).toBe(false);
    expect(layout.cards.get('stray')?.cellKey).toBe(cellKey('s1', null));
  });

  it('is deterministic', () => {
    const map = generateJourneyMap({ touchpoints: 200, seed: 4 });
    const plain = (layout: ReturnType<typeof layoutJourney>) => ({
      ...layout,
      cells: layout.cells,
      cellByKey: [...layout.cellByKey.entries()],
      cards: [...layout.cards.entries()],
    });
    expect(plain(layoutJourney(map))).toEqual(plain(layoutJourney(map)));
  });

  it('makes the same cell objects however they are looked up: by key, in the full list, or among the filled', () => {
    const map = generateJourneyMap({ touchpoints: 200, seed: 4 });
    const layout = layoutJourney(map);
    const lookedUp = layout.cells.map((cell) => layout.cellByKey.get(cell.key));
    const fresh = layoutJourney(map);
    const byKeyFirst = fresh.cells.map((cell) => cell.key).map((key) => fresh.cellByKey.get(key));
    expect(lookedUp).toEqual(layout.cells);
    lookedUp.forEach((cell, index) => expect(cell).toBe(layout.cells[index]));
    expect(byKeyFirst.every((cell, index) => cell === fresh.cells[index])).toBe(true);
    expect(layout.cellByKey.size).toBe(layout.columns.length * layout.lanes.length);
    expect(layout.cells).toHaveLength(layout.cellByKey.size);
    expect(layout.filledCells).toEqual(layout.cells.filter((cell) => cell.touchpointIds.length > 0));
    for (const cell of layout.filledCells) expect(layout.cellByKey.get(cell.key)).toBe(cell);
    expect(layout.cellByKey.get('not a key')).toBeUndefined();
    expect(layout.cellByKey.has(cellKey('no-such-stage', null))).toBe(false);
    expect(new Map(layout.cellByKey).size).toBe(layout.cells.length);
  });

  it('never overlaps cards, cells or headers, whatever the content', () => {
    const arbitraryMap = fc
      .record({
        stages: fc.integer({ min: 1, max: 6 }),
        silos: fc.integer({ min: 0, max: 5 }),
        cards: fc.array(
          fc.record({
            stage: fc.nat(),
            silo: fc.option(fc.nat(), { nil: null }),
            title: fc.string({ maxLength: 300 }),
          }),
          { maxLength: 60 },
        ),
      })
      .map(({ stages, silos, cards }) => {
        const stageIds = Array.from({ length: stages }, (_, i) => `s${i}`);
        const siloIds = Array.from({ length: silos }, (_, i) => `silo${i}`);
        const touchpoints = cards.map((c, i) =>
          tp(
            `t${i}`,
            stageIds[c.stage % stages] ?? 's0',
            c.silo === null || silos === 0 ? null : (siloIds[c.silo % silos] ?? null),
            c.title,
          ),
        );
        return smallMap(touchpoints, { stages: stageIds, silos: siloIds });
      });

    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const layout = layoutJourney(map);
        const cards = [...layout.cards.values()];
        expect(cards).toHaveLength(map.touchpoints.length);
        for (let i = 0; i < cards.length; i++) {
          const card = cards[i] as (typeof cards)[number];
          const cell = layout.cellByKey.get(card.cellKey);
          expect(cell && inside(card, cell)).toBe(true);
          for (let j = i + 1; j < cards.length; j++) expect(overlaps(card, cards[j] as Rect)).toBe(false);
        }
        const boxes: Rect[] = [
          ...layout.cells,
          ...layout.columns.map((c) => c.header),
          ...layout.lanes.map((l) => l.header),
        ];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as Rect, boxes[j] as Rect)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lays out a 1,000-touchpoint map quickly', () => {
    const map = generateJourneyMap({ touchpoints: 1000, seed: 7 });
    const started = performance.now();
    const layout = layoutJourney(map);
    expect(layout.cards.size).toBe(1000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('cellKey and cellOfKey', () => {
  it('round-trip any ids, including ones that look like keys', () => {
    const ids = ['s1', '', 'a:b', '3:x=y', 'x!', '=', 'é😀', '12'];
    const keys = new Set<string>();
    for (const stageId of ids) {
      for (const siloId of [...ids, null]) {
        const key = cellKey(stageId, siloId);
        expect(cellOfKey(key)).toEqual({ stageId, siloId });
        keys.add(key);
      }
    }
    expect(keys.size).toBe(ids.length * (ids.length + 1));
  });

  it('refuse strings no cell key looks like', () => {
    for (const text of ['', 's1', ':s1!', 'x:s1!', '9:s1!', '2:s1', '2:s1?b', '2:s1!extra']) {
      expect(cellOfKey(text)).toBeNull();
    }
  });
});
