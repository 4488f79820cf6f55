import { describe, expect, it } from 'vitest';
import { APP_MAX_CONFLICT_PAIRS, analyzeJourney, analyzeJourneyWithSummary } from '../../../shared/analysis';
import { touchpointsToCsv } from '../../../shared/csv';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/format';
import { layoutJourney } from '../../../shared/layout';
import { LIMITS } from '../../../shared/model/types';
import { generateJourneyMap } from '../../support/map-generator';
import { conflictFloodMap } from './analysis/map-builder';

/** Reliability row 7: a map at the limits goes through every pure stage of the app without overflowing. */
describe('a map at the limits (reliability row 7)', () => {
  it('serializes, parses, analyses, lays out and exports 20,000 touchpoints without a stack overflow', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 20 });
    const text = serializeJourneyFile(map);
    const parsed = parseJourneyFile(text);
    expect(parsed.ok).toBe(true);
    expect(analyzeJourney(map).length).toBeGreaterThan(0);
    expect(layoutJourney(map).cards.size).toBe(map.touchpoints.length);
    expect(touchpointsToCsv(map, { bom: false }).split('\r\n').length).toBeGreaterThan(LIMITS.maxTouchpoints);
  });

  it('analyses the worst valid map for conflicting messages (20,000 touchpoints, 100,000,000 pairs) with the app bound well under a second', () => {
    for (const shape of [{ stages: 1, silos: 2 }, { stages: LIMITS.maxStages, silos: LIMITS.maxSilos }]) {
      const map = conflictFloodMap(LIMITS.maxTouchpoints, shape);
      expect(parseJourneyFile(serializeJourneyFile(map)).ok).toBe(true);
      const started = performance.now();
      const summary = analyzeJourneyWithSummary(map, { maxConflictPairs: APP_MAX_CONFLICT_PAIRS });
      const elapsed = performance.now() - started;
      expect(summary.conflictPairCount).toBe(100_000_000);
      expect(summary.omittedConflictPairs).toBe(100_000_000 - APP_MAX_CONFLICT_PAIRS);
      expect(summary.findings.filter((finding) => finding.code === 'conflicting-messages')).toHaveLength(APP_MAX_CONFLICT_PAIRS);
      expect(summary.findings.length).toBeLessThan(APP_MAX_CONFLICT_PAIRS + 2 * LIMITS.maxStages);
      expect(elapsed).toBeLessThan(1_000);
    }
  });

  it('refuses one touchpoint more than the limit with a coded error', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 21 });
    const first = map.touchpoints[0];
    if (!first) throw new Error('generator made no touchpoints');
    const tooMany = { ...map, touchpoints: [...map.touchpoints, { ...first, id: 'one-too-many' }] };
    const result = parseJourneyFile(serializeJourneyFile(tooMany));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid');
  });
});
