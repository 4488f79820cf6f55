import type { Metric, Stage } from '../../model';
import type { Finding, FindingCode, Severity } from '../finding';
import { inLaneOrder } from '../journey-index';
import { listNames, quoted, withUnit } from '../wording';
import { siloNames, type RuleContext } from './rule';

/** `missing-metric`: a stage with touchpoints that nobody measures. */
export function missingMetric(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    const touchpoints = context.index.touchpointsByStage.get(stage.id) ?? [];
    if (touchpoints.length === 0 || stage.metrics.length > 0) continue;
    const delivering = context.index.deliveringSilos.get(stage.id) ?? [];
    const message =
      delivering.length === 0
        ? `${stage.name} has touchpoints but no shared metric.`
        : `${stage.name} is delivered by ${listNames(siloNames(context, delivering))} but has no shared metric.`;
    findings.push(stageFinding('missing-metric', 'high', stage, [...delivering], message));
  }
  return findings;
}

/** `unshared-metric`: several silos deliver a stage and no single metric is shared by all of them. */
export function unsharedMetric(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    const delivering = context.index.deliveringSilos.get(stage.id) ?? [];
    if (delivering.length < 2 || stage.metrics.length === 0) continue;
    const best = bestCoveringMetric(stage.metrics, delivering);
    if (best.leftOut.length === 0) continue;
    const message =
      `No single metric of ${stage.name} is shared by ${listNames(siloNames(context, delivering))}; ` +
      `even ${quoted(best.metric.name)} leaves out ${listNames(siloNames(context, best.leftOut))}.`;
    findings.push(stageFinding('unshared-metric', 'medium', stage, best.leftOut, message));
  }
  return findings;
}

/** `metric-without-target`, `metric-without-owner` and `metric-off-target`, metric by metric. */
export function metricQuality(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of context.index.stageById.values()) {
    for (const metric of stage.metrics) {
      const owners = inLaneOrder(context.index, metric.ownerSiloIds);
      const name = `${quoted(metric.name)} in ${stage.name}`;
      const ownedBy = owners.length === 0 ? '' : `, owned by ${listNames(siloNames(context, owners))},`;
      const add = (code: FindingCode, severity: Severity, message: string): void => {
        findings.push({
          code,
          severity,
          stageId: stage.id,
          subject: { kind: 'metric', id: metric.id },
          siloIds: [...owners],
          touchpointIds: [],
          message,
        });
      };
      if (metric.target === null) add('metric-without-target', 'medium', `${name}${ownedBy} has no target.`);
      if (metric.ownerSiloIds.length === 0) add('metric-without-owner', 'medium', `${name} is not owned by any silo.`);
      if (metric.target !== null && metric.current !== null && isWorseThanTarget(metric, metric.current, metric.target)) {
        add(
          'metric-off-target',
          'low',
          `${name}${ownedBy} is at ${withUnit(metric.current, metric.unit)}, worse than its target of ${withUnit(metric.target, metric.unit)}.`,
        );
      }
    }
  }
  return findings;
}

/** The metric covering most of D(S) (the first in array order on a tie) and the silos of D(S) it leaves out. */
export function bestCoveringMetric(
  metrics: readonly Metric[],
  delivering: readonly string[],
): { metric: Metric; leftOut: string[] } {
  let best: { metric: Metric; leftOut: string[] } | null = null;
  for (const metric of metrics) {
    const owners = new Set(metric.ownerSiloIds);
    const leftOut = delivering.filter((siloId) => !owners.has(siloId));
    if (best === null || leftOut.length < best.leftOut.length) best = { metric, leftOut };
  }
  if (best === null) throw new Error('bestCoveringMetric needs at least one metric');
  return best;
}

/** True when `current` is worse than `target` for the metric's direction (the `metric-off-target` rule). */
export function isWorseThanTarget(metric: Pick<Metric, 'direction'>, current: number, target: number): boolean {
  return metric.direction === 'higher-is-better' ? current < target : current > target;
}

function stageFinding(code: FindingCode, severity: Severity, stage: Stage, siloIds: string[], message: string): Finding {
  return { code, severity, stageId: stage.id, subject: { kind: 'stage', id: stage.id }, siloIds, touchpointIds: [], message };
}
