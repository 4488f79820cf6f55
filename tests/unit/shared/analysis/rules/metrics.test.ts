import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../../shared/analysis';
import { SILOS, findingsWithCode, journeyMap, metric, stage, touchpoint } from '../map-builder';

describe('missing-metric', () => {
  it('flags a stage with touchpoints and no metric as high, naming D(S)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('renew', { name: 'Renew' })],
      touchpoints: [touchpoint('t1', 'renew', 'service'), touchpoint('t2', 'renew', 'sales')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'missing-metric')).toEqual([
      {
        code: 'missing-metric',
        severity: 'high',
        stageId: 'renew',
        subject: { kind: 'stage', id: 'renew' },
        siloIds: ['sales', 'service'],
        touchpointIds: [],
        message: 'Renew is delivered by Sales and Service but has no shared metric.',
      },
    ]);
  });

  it('fires with no silos when only unowned touchpoints are in the stage', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('s')], touchpoints: [touchpoint('t', 's', null)] });
    expect(findingsWithCode(analyzeJourney(map), 'missing-metric').map((finding) => finding.siloIds)).toEqual([[]]);
  });

  it('does not fire for an empty stage or a stage with a metric', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('empty'), stage('measured', { metrics: [metric('m', { ownerSiloIds: ['sales'] })] })],
      touchpoints: [touchpoint('t', 'measured', 'sales')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'missing-metric')).toEqual([]);
  });
});

describe('unshared-metric', () => {
  it('flags a stage whose only metric leaves out a delivering silo, naming the silos left out', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { name: 'Use', metrics: [metric('m', { name: 'On time', ownerSiloIds: ['sales'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric')).toEqual([
      {
        code: 'unshared-metric',
        severity: 'medium',
        stageId: 'use',
        subject: { kind: 'stage', id: 'use' },
        siloIds: ['billing'],
        touchpointIds: [],
        message: 'No single metric of Use is shared by Sales and Billing; even \u201cOn time\u201d leaves out Billing.',
      },
    ]);
  });

  it('does not fire when one metric is owned by every delivering silo (owners beyond D(S) do not matter)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { metrics: [metric('m1', { ownerSiloIds: ['sales'] }), metric('m2', { ownerSiloIds: ['claims', 'billing', 'sales'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric')).toEqual([]);
  });

  it('fires when the silos are covered only by different metrics, none of them all', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { metrics: [metric('m1', { ownerSiloIds: ['sales'] }), metric('m2', { ownerSiloIds: ['billing'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric').map((finding) => finding.siloIds)).toEqual([['billing']]);
  });

  it('reports the silos left out by the metric covering most of D(S)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { metrics: [metric('m1', { ownerSiloIds: ['service'] }), metric('m2', { ownerSiloIds: ['billing', 'sales'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing'), touchpoint('t3', 'use', 'service')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric').map((finding) => finding.siloIds)).toEqual([['service']]);
  });

  it('on a tie takes the first such metric in array order', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [
        stage('use', {
          metrics: [metric('m-later-id', { ownerSiloIds: ['service', 'sales'] }), metric('a-earlier-id', { ownerSiloIds: ['billing', 'service'] })],
        }),
      ],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing'), touchpoint('t3', 'use', 'service')],
    });
    const findings = findingsWithCode(analyzeJourney(map), 'unshared-metric');
    expect(findings.map((finding) => finding.siloIds)).toEqual([['billing']]);
    expect(findings[0]?.message).toContain('m-later-id');
  });

  it('lists several left-out silos in lane order', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { metrics: [metric('m', { ownerSiloIds: ['claims'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'service'), touchpoint('t2', 'use', 'claims'), touchpoint('t3', 'use', 'sales')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric').map((finding) => finding.siloIds)).toEqual([['sales', 'service']]);
  });

  it('needs at least two delivering silos, not counting unowned touchpoints', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use', { metrics: [metric('m', { ownerSiloIds: ['claims'] })] })],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', null)],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unshared-metric')).toEqual([]);
  });

  it('does not fire for a stage with no metrics (that is missing-metric)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('use')],
      touchpoints: [touchpoint('t1', 'use', 'sales'), touchpoint('t2', 'use', 'billing')],
    });
    const codes = analyzeJourney(map).map((finding) => finding.code);
    expect(codes).not.toContain('unshared-metric');
    expect(codes).toContain('missing-metric');
  });
});

describe('metric-without-target and metric-without-owner', () => {
  it('flags a metric with no target as medium, in its stage, with its owners in lane order', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('other'), stage('claim', { name: 'Claim', metrics: [metric('cycle', { name: 'Cycle time', target: null, ownerSiloIds: ['service', 'sales'] })] })],
    });
    expect(findingsWithCode(analyzeJourney(map), 'metric-without-target')).toEqual([
      {
        code: 'metric-without-target',
        severity: 'medium',
        stageId: 'claim',
        subject: { kind: 'metric', id: 'cycle' },
        siloIds: ['sales', 'service'],
        touchpointIds: [],
        message: '\u201cCycle time\u201d in Claim, owned by Sales and Service, has no target.',
      },
    ]);
  });

  it('flags a metric with no owners as medium with no silos', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('s', { metrics: [metric('m', { ownerSiloIds: [] })] })] });
    expect(findingsWithCode(analyzeJourney(map), 'metric-without-owner')).toEqual([
      expect.objectContaining({ severity: 'medium', stageId: 's', subject: { kind: 'metric', id: 'm' }, siloIds: [], touchpointIds: [] }),
    ]);
  });

  it('does not flag a metric that has a target and an owner', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('s', { metrics: [metric('m', { target: 0, ownerSiloIds: ['sales'] })] })] });
    const codes = analyzeJourney(map).map((finding) => finding.code);
    expect(codes).not.toContain('metric-without-target');
    expect(codes).not.toContain('metric-without-owner');
  });
});

describe('metric-off-target', () => {
  const offTarget = (overrides: Parameters<typeof metric>[1]) =>
    findingsWithCode(
      analyzeJourney(journeyMap({ silos: SILOS, stages: [stage('s', { metrics: [metric('m', { ownerSiloIds: ['billing', 'sales'], ...overrides })] })] })),
      'metric-off-target',
    );

  it('flags a higher-is-better metric below its target as low, with its owners', () => {
    expect(offTarget({ direction: 'higher-is-better', target: 97, current: 95 })).toEqual([
      expect.objectContaining({ severity: 'low', stageId: 's', subject: { kind: 'metric', id: 'm' }, siloIds: ['sales', 'billing'], touchpointIds: [] }),
    ]);
  });

  it('flags a lower-is-better metric above its target', () => {
    expect(offTarget({ direction: 'lower-is-better', target: 15, current: 42 })).toHaveLength(1);
  });

  it('does not flag a metric on or better than its target', () => {
    expect(offTarget({ direction: 'higher-is-better', target: 97, current: 97 })).toEqual([]);
    expect(offTarget({ direction: 'higher-is-better', target: 97, current: 99 })).toEqual([]);
    expect(offTarget({ direction: 'lower-is-better', target: 15, current: 15 })).toEqual([]);
    expect(offTarget({ direction: 'lower-is-better', target: 15, current: 3 })).toEqual([]);
  });

  it('needs both target and current', () => {
    expect(offTarget({ target: 97, current: null })).toEqual([]);
    expect(offTarget({ target: null, current: 10 })).toEqual([]);
  });
});
