import type { Metric, Stage } from '../../model';
import type { Finding, FindingCode, Severity } from '../finding';
import { inLaneOrder, siloNameList } from '../journey-index';
import { quoted, withUnit } from '../wording';
import { finding, stageFinding, type StageScope } from './rule';

/** `missing-metric`: a stage with touchpoints that nobody measures. */
export function missingMetric(scope: StageScope, out: Finding[]): void {
  const { stage, facts } = scope;
  if (facts.touchpointCount === 0 || stage.metrics.length > 0) return;
  const message =
    facts.delivering.length === 0
      ? `${stage.name} has touchpoints but no shared metric.`
      : `${stage.name} is delivered by ${scope.deliveringNames} but has no shared metric.`;
  out.push(stageFinding('missing-metric', 'high', stage, facts.delivering.slice(), message));
}

/** `unshared-metric`: several silos deliver a stage and no single metric is shared by all of them. */
export function unsharedMetric(scope: StageScope, out: Finding[]): void {
  const { stage, facts } = scope;
  if (facts.delivering.length < 2 || stage.metrics.length === 0) return;
  const best = bestCoveringMetric(stage.metrics, facts.delivering);
  if (best.leftOut.length === 0) return;
  const message =
    `No single metric of ${stage.name} is shared by ${scope.deliveringNames}; ` +
    `even ${quoted(best.metric.name)} leaves out ${siloNameList(scope.index, best.leftOut)}.`;
  out.push(stageFinding('unshared-metric', 'medium', stage, best.leftOut, message));
}

/** `metric-without-target`, `metric-without-owner` and `metric-off-target`, metric by metric. */
export function metricQuality(scope: StageScope, out: Finding[]): void {
  const { stage, index } = scope;
  for (const metric of stage.metrics) {
    const { target, current } = metric;
    const withoutOwner = metric.ownerSiloIds.length === 0;
    const offTarget = target !== null && current !== null && isWorseThanTarget(metric, current, target);
    if (target !== null && !withoutOwner && !offTarget) continue;
    // No target and off target exclude each other, and without owners `owners` is empty: each finding can keep it.
    const owners = inLaneOrder(index, metric.ownerSiloIds);
    const name = `${quoted(metric.name)} in ${stage.name}`;
    const ownedBy = owners.length === 0 ? '' : `, owned by ${siloNameList(index, owners)},`;
    if (target === null) out.push(metricFinding('metric-without-target', 'medium', stage, metric, owners, `${name}${ownedBy} has no target.`));
    if (withoutOwner) out.push(metricFinding('metric-without-owner', 'medium', stage, metric, [], `${name} is not owned by any silo.`));
    if (offTarget) {
      const message = `${name}${ownedBy} is at ${withUnit(current, metric.unit)}, worse than its target of ${withUnit(target, metric.unit)}.`;
      out.push(metricFinding('metric-off-target', 'low', stage, metric, owners, message));
    }
  }
}

/** The metric covering most of D(S) (the first in array order on a tie) and the silos of D(S) it leaves out. */
export function bestCoveringMetric(
  metrics: readonly Metric[],
  delivering: readonly string[],
): { metric: Metric; leftOut: string[] } {
  let best: Metric | undefined;
  let fewestLeftOut = Number.POSITIVE_INFINITY;
  for (const metric of metrics) {
    let leftOut = 0;
    for (const siloId of delivering) if (!metric.ownerSiloIds.includes(siloId)) leftOut += 1;
    if (leftOut < fewestLeftOut) {
      best = metric;
      fewestLeftOut = leftOut;
    }
  }
  if (best === undefined) throw new Error('bestCoveringMetric needs at least one metric');
  const owners = best.ownerSiloIds;
  return { metric: best, leftOut: delivering.filter((siloId) => !owners.includes(siloId)) };
}

/** True when `current` is worse than `target` for the metric's direction (the `metric-off-target` rule). */
export function isWorseThanTarget(metric: Pick<Metric, 'direction'>, current: number, target: number): boolean {
  return metric.direction === 'higher-is-better' ? current < target : current > target;
}

function metricFinding(code: FindingCode, severity: Severity, stage: Stage, metric: Metric, siloIds: string[], message: string): Finding {
  return finding(code, severity, stage.id, { kind: 'metric', id: metric.id }, siloIds, [], message);
}
