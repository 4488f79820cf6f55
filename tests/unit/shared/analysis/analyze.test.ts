import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, type Finding } from '../../../../shared/analysis';
import type { JourneyMap } from '../../../../shared/model';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { analysisMapArbitrary } from './analysis-arbitrary';
import { referenceAnalysis, referenceCompare, type FindingFacts } from './reference-analysis';

const RUNS = 300;
const anyMap = fc.oneof(analysisMapArbitrary(), journeyMapArbitrary());

function facts(findings: readonly Finding[]): FindingFacts[] {
  return findings.map(({ message: _message, ...rest }) => rest);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('analyzeJourney', () => {
  it('agrees with a literal, quadratic transcription of the spec', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        expect(facts(analyzeJourney(map))).toEqual(referenceAnalysis(map));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('making a delivering silo accountable removes split-ownership for that stage and changes nothing else', () => {
    fc.assert(
      fc.property(analysisMapArbitrary(), fc.nat(), (map, pick) => {
        const before = analyzeJourney(map);
        for (const split of before.filter((finding) => finding.code === 'split-ownership')) {
          const accountable = split.siloIds[pick % split.siloIds.length] ?? null;
          const fixed: JourneyMap = {
            ...map,
            stages: map.stages.map((stage) => (stage.id === split.stageId ? { ...stage, accountableSiloId: accountable } : stage)),
          };
          expect(analyzeJourney(fixed)).toEqual(before.filter((finding) => finding !== split));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same list for the same map, also after a JSON round trip', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const first = analyzeJourney(map);
        expect(analyzeJourney(map)).toEqual(first);
        expect(analyzeJourney(JSON.parse(JSON.stringify(map)) as JourneyMap)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('returns findings in the specified order, silos in lane order and touchpoints in array order', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const findings = analyzeJourney(map);
        for (let i = 1; i < findings.length; i += 1) {
          const previous = findings[i - 1];
          const current = findings[i];
          if (previous && current) expect(referenceCompare(map, previous, current)).toBeLessThanOrEqual(0);
        }
        const lane = new Map(map.silos.map((silo, index) => [silo.id, index]));
        const position = new Map(map.touchpoints.map((touchpoint, index) => [touchpoint.id, index]));
        for (const finding of findings) {
          const lanes = finding.siloIds.map((siloId) => lane.get(siloId) ?? -1);
          expect(lanes).toEqual([...new Set(lanes)].sort((a, b) => a - b));
          const positions = finding.touchpointIds.map((touchpointId) => position.get(touchpointId) ?? -1);
          expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('only refers to objects that exist in the map', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const stages = new Set(map.stages.map((stage) => stage.id));
        const silos = new Set(map.silos.map((silo) => silo.id));
        const touchpoints = new Set(map.touchpoints.map((touchpoint) => touchpoint.id));
        const metrics = new Set(map.stages.flatMap((stage) => stage.metrics.map((metric) => metric.id)));
        const handoffs = new Set(map.handoffs.map((handoff) => handoff.id));
        const subjects = { stage: stages, touchpoint: touchpoints, metric: metrics, handoff: handoffs };
        for (const finding of analyzeJourney(map)) {
          expect(finding.stageId === null || stages.has(finding.stageId)).toBe(true);
          expect(subjects[finding.subject.kind].has(finding.subject.id)).toBe(true);
          for (const siloId of finding.siloIds) expect(silos.has(siloId)).toBe(true);
          for (const touchpointId of finding.touchpointIds) expect(touchpoints.has(touchpointId)).toBe(true);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('words every finding as one line naming its stage and all its silos', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const stageName = new Map(map.stages.map((stage) => [stage.id, stage.name]));
        const siloName = new Map(map.silos.map((silo) => [silo.id, silo.name]));
        for (const finding of analyzeJourney(map)) {
          expect(finding.message).toMatch(/\.$/);
          if (finding.stageId !== null) expect(finding.message).toContain(stageName.get(finding.stageId));
          for (const siloId of finding.siloIds) expect(finding.message).toContain(siloName.get(siloId));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never mutates the map', () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const snapshot = structuredClone(map);
        analyzeJourney(deepFreeze(map));
        expect(map).toEqual(snapshot);
      }),
      { numRuns: RUNS },
    );
  });
});
