import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricTargetStatus } from '../../../../renderer/inspector/metric-status';
import { analyzeJourney } from '../../../../shared/analysis';
import { METRIC_DIRECTIONS } from '../../../../shared/model/types';
import { workshopMap } from '../canvas/canvas-fixtures';

describe('metricTargetStatus', () => {
  it('says "No target" when nobody has said what good looks like', () => {
    expect(metricTargetStatus({ target: null, current: 42, unit: 'min', direction: 'lower-is-better' })).toEqual({
      state: 'no-target',
      text: 'No target',
    });
  });

  it('says a lower-is-better metric above its target is off target, with both values and units', () => {
    expect(metricTargetStatus({ target: 15, current: 42, unit: 'min', direction: 'lower-is-better' })).toEqual({
      state: 'off-target',
      text: 'Off target: 42 min vs target 15 min',
    });
  });

  it('says a higher-is-better metric below its target is off target', () => {
    expect(metricTargetStatus({ target: 97, current: 95, unit: '%', direction: 'higher-is-better' }).text).toBe(
      'Off target: 95% vs target 97%',
    );
  });

  it('counts meeting the target exactly, or beating it, as on target', () => {
    expect(metricTargetStatus({ target: 15, current: 15, unit: 'min', direction: 'lower-is-better' }).state).toBe('on-target');
    expect(metricTargetStatus({ target: 30, current: 31, unit: '%', direction: 'higher-is-better' })).toEqual({
      state: 'on-target',
      text: 'On target',
    });
  });

  it('says when the target is set but no current value is known yet', () => {
    expect(metricTargetStatus({ target: 30, current: null, unit: '', direction: 'higher-is-better' })).toEqual({
      state: 'no-current',
      text: 'No current value (target 30)',
    });
  });
});

describe('metricTargetStatus and the diagnosis', () => {
  it('calls a metric off target exactly when the analysis finds it off target', () => {
    const value = fc.option(fc.integer({ min: -50, max: 50 }), { nil: null });
    fc.assert(
      fc.property(value, value, fc.constantFrom(...METRIC_DIRECTIONS), (target, current, direction) => {
        const metric = {
          id: 'm',
          name: 'Metric',
          definition: '',
          unit: '',
          direction,
          target,
          current,
          ownerSiloIds: ['sales'],
        };
        const map = workshopMap();
        const measured = { ...map, stages: map.stages.map((stage, index) => (index === 0 ? { ...stage, metrics: [metric] } : stage)) };
        const found = analyzeJourney(measured).some((finding) => finding.code === 'metric-off-target');
        expect(metricTargetStatus(metric).state === 'off-target').toBe(found);
      }),
    );
  });
});
