import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../../shared/analysis';
import { SILOS, findingsWithCode, journeyMap, stage, touchpoint } from '../map-builder';

describe('pain-without-recovery', () => {
  it('flags a stage where the customer feels bad and nothing recovers, as low, with D(S)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('claim', { name: 'Claim' })],
      touchpoints: [touchpoint('t1', 'claim', 'service', { emotion: -1 }), touchpoint('t2', 'claim', 'sales', { emotion: 2 })],
    });
    expect(findingsWithCode(analyzeJourney(map), 'pain-without-recovery')).toEqual([
      {
        code: 'pain-without-recovery',
        severity: 'low',
        stageId: 'claim',
        subject: { kind: 'stage', id: 'claim' },
        siloIds: ['sales', 'service'],
        touchpointIds: [],
        message: 'Customers have an unhappy moment in Claim, which Sales and Service deliver, but no touchpoint there sets out to recover them.',
      },
    ]);
  });

  it('counts emotion −2 and −1 as pain, not 0 or unknown', () => {
    const painIn = (emotion: -2 | -1 | 0 | null) =>
      findingsWithCode(
        analyzeJourney(journeyMap({ silos: SILOS, stages: [stage('s')], touchpoints: [touchpoint('t', 's', 'sales', { emotion })] })),
        'pain-without-recovery',
      ).length;
    expect([painIn(-2), painIn(-1), painIn(0), painIn(null)]).toEqual([1, 1, 0, 0]);
  });

  it('does not fire when a touchpoint of the same stage has intent recover', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('s')],
      touchpoints: [touchpoint('t', 's', 'sales', { emotion: -2 }), touchpoint('sorry', 's', null, { intent: 'recover' })],
    });
    expect(findingsWithCode(analyzeJourney(map), 'pain-without-recovery')).toEqual([]);
  });

  it('still fires when the recovery is in another stage', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('s'), stage('later')],
      touchpoints: [touchpoint('t', 's', 'sales', { emotion: -2 }), touchpoint('sorry', 'later', 'sales', { intent: 'recover' })],
    });
    expect(findingsWithCode(analyzeJourney(map), 'pain-without-recovery').map((finding) => finding.stageId)).toEqual(['s']);
  });
});

describe('empty-stage', () => {
  it('flags a stage with no touchpoints as low, and nothing else about it', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('empty', { name: 'Return' })] });
    expect(analyzeJourney(map)).toEqual([
      {
        code: 'empty-stage',
        severity: 'low',
        stageId: 'empty',
        subject: { kind: 'stage', id: 'empty' },
        siloIds: [],
        touchpointIds: [],
        message: 'Return has no touchpoints yet.',
      },
    ]);
  });

  it('does not flag a stage that has only unowned touchpoints', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('s')], touchpoints: [touchpoint('t', 's', null)] });
    expect(findingsWithCode(analyzeJourney(map), 'empty-stage')).toEqual([]);
  });
});
