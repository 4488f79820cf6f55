import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { titleLines } from '../../../../shared/layout/grid-layout';
import { layoutCharsPerLine, MAP_GRID, planMapDrawing } from '../../../../renderer/print/plan-map';
import { LEGEND } from '../../../../renderer/print/print-metrics';
import { lineCount } from '../../../../renderer/print/text-wrap';
import { loadFixtureMap, smallMap } from './print-fixture';

describe('the map page drawing', () => {
  const map = loadFixtureMap();
  const findings = analyzeJourney(map);

  it('scales the whole grid to fit the room left above the legend', () => {
    for (const [width, height] of [
      [1200, 560],
      [600, 300],
      [3000, 400],
    ] as const) {
      const { layout, scale } = planMapDrawing(map, findings, width, height);
      expect(layout.width * scale).toBeLessThanOrEqual(width + 1e-6);
      expect(layout.height * scale).toBeLessThanOrEqual(height - LEGEND.height - MAP_GRID.legendGap + 1e-6);
    }
  });

  it('does not blow a tiny map up beyond the maximum scale', () => {
    const { scale } = planMapDrawing(smallMap(), [], 5000, 5000);
    expect(scale).toBe(MAP_GRID.maxScale);
  });

  it('has a card for every touchpoint and a header with each stage’s badge and accountable silo', () => {
    const { layout, headers } = planMapDrawing(map, findings, 1200, 560);
    expect(layout.cards.size).toBe(map.touchpoints.length);
    expect(headers.get('stage-claim')).toEqual({
      badge: { status: 'warning', text: expect.stringMatching(/^Warning: /) },
      accountable: 'Accountable: Claims',
    });
    expect(headers.get('stage-buy')?.accountable).toBe('No accountable silo');
  });

  it('makes every card tall enough for its whole title, however wide its letters', () => {
    const wide = smallMap((draft) => {
      const first = draft.touchpoints[0];
      if (first !== undefined) first.title = 'W'.repeat(200);
    });
    const { layout } = planMapDrawing(wide, [], 1200, 560);
    const options = layout.options;
    const titleWidth = MAP_GRID.cardWidth - 2 * MAP_GRID.cardPaddingX;
    for (const touchpoint of wide.touchpoints) {
      expect(titleLines(touchpoint.title, options)).toBeGreaterThanOrEqual(
        lineCount(touchpoint.title, titleWidth, MAP_GRID.cardTitle.fontPx),
      );
    }
  });
});

describe('layoutCharsPerLine', () => {
  it('keeps the average when every title fits on one line', () => {
    expect(layoutCharsPerLine([{ length: 10, lines: 1 }], 24)).toBe(24);
  });

  it('lowers the count until ⌈characters ÷ count⌉ covers every title’s wrapped lines', () => {
    const titles = [
      { length: 40, lines: 3 },
      { length: 30, lines: 2 },
    ];
    const perLine = layoutCharsPerLine(titles, 24);
    for (const title of titles) expect(Math.ceil(title.length / perLine)).toBeGreaterThanOrEqual(title.lines);
    expect(perLine).toBe(19);
  });
});
