/** Whether a metric meets its target, in words for the metrics editor ("Off target: 42 min vs target 15 min"). */
import { isWorseThanTarget } from '../../shared/analysis';
import { withUnit } from '../../shared/analysis/wording';
import type { Metric } from '../../shared/model/types';

export type MetricTargetState = 'on-target' | 'off-target' | 'no-target' | 'no-current';

/** A metric's state against its target and the words that say it. */
export interface MetricTargetStatus {
  state: MetricTargetState;
  text: string;
}

/** On target, off target (worse than the target for its direction), no target, or no current value yet. */
export function metricTargetStatus(metric: Pick<Metric, 'target' | 'current' | 'unit' | 'direction'>): MetricTargetStatus {
  const { target, current, unit } = metric;
  if (target === null) return { state: 'no-target', text: 'No target' };
  if (current === null) return { state: 'no-current', text: `No current value (target ${withUnit(target, unit)})` };
  return isWorseThanTarget(metric, current, target)
    ? { state: 'off-target', text: `Off target: ${withUnit(current, unit)} vs target ${withUnit(target, unit)}` }
    : { state: 'on-target', text: 'On target' };
}
