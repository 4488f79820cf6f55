import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/analysis';
import type { Metric } from '../../../../shared/model/types';
import {
  badgeText,
  formatMetricValue,
  listWords,
  metricState,
  metricValues,
  touchpointMeta,
} from '../../../../renderer/print/print-wording';
import { touchpoint } from './print-fixture';

const metric = (overrides: Partial<Metric> = {}): Metric => ({
  id: 'm-1',
  name: 'Bills paid on time',
  definition: '',
  unit: '%',
  direction: 'higher-is-better',
  target: 95,
  current: 88,
  ownerSiloIds: [],
  ...overrides,
});

const offTarget: Finding = {
  code: 'metric-off-target',
  severity: 'low',
  stageId: 's',
  subject: { kind: 'metric', id: 'm-1' },
  siloIds: [],
  touchpointIds: [],
  message: 'off',
};

describe('print wording', () => {
  it('writes a badge as status and label, and a clean stage as just "OK"', () => {
    expect(badgeText({ status: 'critical', label: 'Split: Sales, Billing', findingCount: 2 })).toEqual({
      status: 'critical',
      text: 'Critical: Split: Sales, Billing',
    });
    expect(badgeText({ status: 'ok', label: 'OK', findingCount: 0 })).toEqual({ status: 'ok', text: 'OK' });
  });

  it('describes a touchpoint in one line, saying when the feeling or day is not known', () => {
    expect(touchpointMeta({ ...touchpoint('t', 'Welcome', 's', null), channel: 'in-person', intent: 'recover', emotion: 2, day: 12 })).toBe(
      'In person · Recover · Company starts it · Feels +2 delighted · Day 12',
    );
    expect(touchpointMeta(touchpoint('t', 'Welcome', 's', null))).toBe('Web · Inform · Company starts it · Feeling not set · Day not set');
  });

  it('writes values with their unit', () => {
    expect(formatMetricValue(95, '%')).toBe('95%');
    expect(formatMetricValue(3, ' days ')).toBe('3 days');
    expect(formatMetricValue(40, '')).toBe('40');
    expect(metricValues(metric({ current: null }))).toBe('Unit: % · Target: 95% · Current: not set · Higher is better');
  });

  it('takes a metric’s state from the diagnosis, and says when there is no target or no value', () => {
    expect(metricState(metric(), [offTarget])).toBe('off-target');
    expect(metricState(metric(), [])).toBe('on-target');
    expect(metricState(metric({ target: null }), [offTarget])).toBe('no-target');
    expect(metricState(metric({ current: null }), [])).toBe('not-measured');
  });

  it('lists names in plain English', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Sales'])).toBe('Sales');
    expect(listWords(['Sales', 'Billing', 'Claims'])).toBe('Sales, Billing and Claims');
  });
});
