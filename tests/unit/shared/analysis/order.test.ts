import { describe, expect, it } from 'vitest';
import { analyzeJourney, sortFindings, type Finding } from '../../../../shared/analysis';
import { SILOS, journeyMap, message, metric, stage, touchpoint } from './map-builder';

function finding(overrides: Partial<Finding>): Finding {
  return {
    code: 'empty-stage',
    severity: 'low',
    stageId: null,
    subject: { kind: 'stage', id: 'x' },
    siloIds: [],
    touchpointIds: [],
    message: '',
    ...overrides,
  };
}

describe('the order of the result', () => {
  const map = journeyMap({ stages: [stage('z-first'), stage('a-second')] });

  it('sorts by stage column order, findings with no stage last', () => {
    const noStage = finding({ stageId: null, severity: 'high' });
    const second = finding({ stageId: 'a-second', severity: 'high' });
    const first = finding({ stageId: 'z-first', severity: 'low' });
    expect(sortFindings([noStage, second, first], map)).toEqual([first, second, noStage]);
  });

  it('then by severity, high before medium before low', () => {
    const low = finding({ stageId: 'z-first', severity: 'low', code: 'conflicting-messages' });
    const high = finding({ stageId: 'z-first', severity: 'high', code: 'unowned-touchpoint' });
    const medium = finding({ stageId: 'z-first', severity: 'medium', code: 'split-ownership' });
    expect(sortFindings([low, medium, high], map)).toEqual([high, medium, low]);
  });

  it('then by code alphabetically', () => {
    const unowned = finding({ stageId: 'z-first', severity: 'high', code: 'unowned-touchpoint' });
    const missing = finding({ stageId: 'z-first', severity: 'high', code: 'missing-metric' });
    const conflicting = finding({ stageId: 'z-first', severity: 'high', code: 'conflicting-messages' });
    expect(sortFindings([unowned, missing, conflicting], map)).toEqual([conflicting, missing, unowned]);
  });

  it('then by subject id, then by touchpoint ids', () => {
    const subjectB = finding({ stageId: 'a-second', subject: { kind: 'stage', id: 'b' } });
    const subjectAPairC = finding({ stageId: 'a-second', subject: { kind: 'stage', id: 'a' }, touchpointIds: ['t1', 't3'] });
    const subjectAPairB = finding({ stageId: 'a-second', subject: { kind: 'stage', id: 'a' }, touchpointIds: ['t1', 't2'] });
    expect(sortFindings([subjectB, subjectAPairC, subjectAPairB], map)).toEqual([subjectAPairB, subjectAPairC, subjectB]);
  });

  it('compares text by code units, not by locale', () => {
    const lower = finding({ stageId: 'z-first', subject: { kind: 'stage', id: 'a' } });
    const upper = finding({ stageId: 'z-first', subject: { kind: 'stage', id: 'B' } });
    expect(sortFindings([lower, upper], map)).toEqual([upper, lower]);
  });

  it('is the order analyzeJourney returns', () => {
    const analysed = journeyMap({
      silos: SILOS,
      stages: [stage('later-column'), stage('earlier-id', { metrics: [metric('m', { target: null, ownerSiloIds: ['sales'] })] })],
      touchpoints: [
        touchpoint('tp-b', 'earlier-id', null),
        touchpoint('tp-a', 'earlier-id', null),
        message('sell', 'later-column', 'sales', 'sell', null),
        message('cancel-2', 'later-column', 'billing', 'cancel', null),
        message('cancel-1', 'later-column', 'service', 'cancel', null),
        touchpoint('sad', 'earlier-id', 'sales', { emotion: -2 }),
      ],
    });
    expect(analyzeJourney(analysed).map((f) => [f.stageId, f.severity, f.code, f.subject.id, f.touchpointIds.join(' ')])).toEqual([
      ['later-column', 'high', 'conflicting-messages', 'later-column', 'sell cancel-1'],
      ['later-column', 'high', 'conflicting-messages', 'later-column', 'sell cancel-2'],
      ['later-column', 'high', 'missing-metric', 'later-column', ''],
      ['later-column', 'high', 'split-ownership', 'later-column', ''],
      ['earlier-id', 'high', 'unowned-touchpoint', 'tp-a', 'tp-a'],
      ['earlier-id', 'high', 'unowned-touchpoint', 'tp-b', 'tp-b'],
      ['earlier-id', 'medium', 'metric-without-target', 'm', ''],
      ['earlier-id', 'low', 'pain-without-recovery', 'earlier-id', ''],
    ]);
  });
});
