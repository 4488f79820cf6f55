import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { planScorecardSlices, SCORECARD, SCORECARD_SUMMARY_LABELS } from '../../../../renderer/print/plan-scorecard';
import { computeScorecard } from '../../../../renderer/print/scorecard';
import { generateJourneyMap } from '../../../support/map-generator';
import { loadFixtureMap } from './print-fixture';

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

describe('scorecard pages', () => {
  it('fits the example map on one page', () => {
    const map = loadFixtureMap();
    const slices = planScorecardSlices(computeScorecard(map, analyzeJourney(map)), 1200, 560);
    expect(slices).toHaveLength(1);
    expect(slices[0]?.columnIndexes).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slices[0]?.summaryHeightsPx).toHaveLength(SCORECARD_SUMMARY_LABELS.length);
  });

  it('splits many stages across pages and many silos down pages, so every cell is printed once', () => {
    const map = generateJourneyMap({ touchpoints: 400, seed: 3, stages: 25, silos: 40 });
    const scorecard = computeScorecard(map, analyzeJourney(map));
    const bodyHeight = 560;
    const slices = planScorecardSlices(scorecard, 1200, bodyHeight);

    const cells = slices.flatMap((slice) => slice.columnIndexes.flatMap((column) => slice.rowIndexes.map((row) => `${column}:${row}`)));
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toHaveLength(25 * scorecard.rows.length);

    for (const slice of slices) {
      expect(SCORECARD.rowHeaderWidth + SCORECARD.totalWidth + slice.columnIndexes.length * slice.stageWidthPx).toBeLessThanOrEqual(1200);
      expect(slice.stageWidthPx).toBeGreaterThanOrEqual(SCORECARD.minStageWidth);
      const height = slice.headerHeightPx + sum(slice.rowHeightsPx) + sum(slice.summaryHeightsPx) + slice.legendHeightPx;
      expect(height).toBeLessThanOrEqual(bodyHeight);
    }
  });
});
