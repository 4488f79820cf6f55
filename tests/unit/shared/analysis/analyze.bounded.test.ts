import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_MAX_CONFLICT_PAIRS,
  analyzeJourney,
  analyzeJourneyWithSummary,
  stageStatuses,
  type Finding,
} from '../../../../shared/analysis';
import { generateJourneyMap } from '../../../support/map-generator';
import { analysisMapArbitrary } from './analysis-arbitrary';
import { conflictFloodMap, findingsWithCode } from './map-builder';

const CONFLICT = 'conflicting-messages';

function isConflict(finding: Finding): boolean {
  return finding.code === CONFLICT;
}

/** The keys of the findings, to compare lists of findings as sequences of values. */
function keys(findings: readonly Finding[]): string[] {
  return findings.map((finding) => JSON.stringify(finding));
}

describe('analyzeJourney with a bound on conflicting-message pairs', () => {
  it('without options, and with a bound the map stays within, gives exactly the spec result', () => {
    fc.assert(
      fc.property(analysisMapArbitrary(), fc.nat({ max: 5 }), (map, extra) => {
        const exact = analyzeJourney(map);
        const pairs = exact.filter(isConflict).length;
        expect(analyzeJourney(map, {})).toEqual(exact);
        expect(analyzeJourney(map, { maxConflictPairs: pairs + extra })).toEqual(exact);
        expect(analyzeJourneyWithSummary(map, { maxConflictPairs: pairs + extra })).toEqual({
          findings: exact,
          conflictPairCount: pairs,
          omittedConflictPairs: 0,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('past the bound lists that many pairs, all real, in the spec order, and counts the rest', () => {
    fc.assert(
      fc.property(analysisMapArbitrary(), fc.nat({ max: 30 }), (map, bound) => {
        const exact = analyzeJourney(map);
        const summary = analyzeJourneyWithSummary(map, { maxConflictPairs: bound });
        const pairs = exact.filter(isConflict).length;
        const listed = summary.findings.filter(isConflict);
        expect(summary.conflictPairCount).toBe(pairs);
        expect(listed).toHaveLength(Math.min(bound, pairs));
        expect(summary.omittedConflictPairs).toBe(pairs - listed.length);
        // The bounded list is the exact list with some conflict findings taken out, nothing else changed.
        const kept = new Set(keys(listed));
        expect(keys(summary.findings)).toEqual(keys(exact.filter((finding) => !isConflict(finding) || kept.has(JSON.stringify(finding)))));
        expect(new Set(keys(listed)).size).toBe(listed.length);
      }),
      { numRuns: 300 },
    );
  });

  it('past the bound still lists a pair for every stage that has one, so stage statuses stay right', () => {
    fc.assert(
      fc.property(analysisMapArbitrary(), fc.nat({ max: 30 }), (map, extra) => {
        const exact = analyzeJourney(map);
        const stagesWithConflicts = new Set(exact.filter(isConflict).map((finding) => finding.stageId)).size;
        const bounded = analyzeJourney(map, { maxConflictPairs: stagesWithConflicts + (extra % 3) });
        expect(stageStatuses(map, bounded)).toEqual(stageStatuses(map, exact));
      }),
      { numRuns: 300 },
    );
  });

  it('counts 250,000 pairs in a 1,000-touchpoint flood and lists the first 2,000, the same ones every time', () => {
    const map = conflictFloodMap(1_000);
    const summary = analyzeJourneyWithSummary(map, { maxConflictPairs: APP_MAX_CONFLICT_PAIRS });
    expect(summary.conflictPairCount).toBe(250_000);
    expect(summary.omittedConflictPairs).toBe(248_000);
    const listed = findingsWithCode(summary.findings, CONFLICT);
    expect(listed).toHaveLength(2_000);
    // The first seller in array order meets all 500 cancellations and collections, the second the next 500...
    expect(listed.filter((finding) => finding.touchpointIds[0] === 'tp-0')).toHaveLength(500);
    expect(analyzeJourneyWithSummary(map, { maxConflictPairs: APP_MAX_CONFLICT_PAIRS })).toEqual(summary);
  });

  it('treats a bound of zero, a negative or NaN as "list none" and Infinity as no bound', () => {
    const map = conflictFloodMap(40, { stages: 3 });
    const all = analyzeJourney(map);
    for (const maxConflictPairs of [0, -3, Number.NaN]) {
      const summary = analyzeJourneyWithSummary(map, { maxConflictPairs });
      expect(summary.findings.filter(isConflict)).toEqual([]);
      expect(summary.omittedConflictPairs).toBe(400);
      expect(summary.findings).toEqual(all.filter((finding) => !isConflict(finding)));
    }
    expect(analyzeJourney(map, { maxConflictPairs: Number.POSITIVE_INFINITY })).toEqual(all);
    expect(analyzeJourney(map, { maxConflictPairs: 7.9 }).filter(isConflict)).toHaveLength(7);
  });

  it('changes nothing on ordinary maps with the app bound', () => {
    for (const seed of [1, 2, 3]) {
      const map = generateJourneyMap({ touchpoints: 2_000, seed });
      const exact = analyzeJourney(map);
      expect(exact.filter(isConflict).length).toBeLessThanOrEqual(APP_MAX_CONFLICT_PAIRS);
      expect(analyzeJourney(map, { maxConflictPairs: APP_MAX_CONFLICT_PAIRS })).toEqual(exact);
    }
  });
});
