import type { Finding } from '../../../../shared/analysis';
import type { JourneyMap, Stage, Touchpoint } from '../../../../shared/model';

/** A finding without its wording: what the spec pins down exactly. */
export type FindingFacts = Omit<Finding, 'message'>;

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * diagnosis-rules.md transcribed as literally and naively as possible (quadratic, no indexes), to serve as
 * the oracle for the real engine. Valid maps only.
 */
export function referenceAnalysis(map: JourneyMap): FindingFacts[] {
  const lane = (siloId: string): number => map.silos.findIndex((silo) => silo.id === siloId);
  const position = (touchpointId: string): number => map.touchpoints.findIndex((touchpoint) => touchpoint.id === touchpointId);
  const byLane = (siloIds: string[]): string[] => [...new Set(siloIds)].sort((a, b) => lane(a) - lane(b));
  const byPosition = (touchpointIds: string[]): string[] => [...touchpointIds].sort((a, b) => position(a) - position(b));
  const touchpointsOf = (stage: Stage): Touchpoint[] => map.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id);
  const D = (stage: Stage): string[] =>
    byLane(touchpointsOf(stage).flatMap((touchpoint) => (touchpoint.siloId === null ? [] : [touchpoint.siloId])));
  const stageOf = (touchpointId: string): string => map.touchpoints.find((touchpoint) => touchpoint.id === touchpointId)?.stageId ?? '';

  const findings: FindingFacts[] = [];
  const onStage = (code: Finding['code'], severity: Finding['severity'], stage: Stage, siloIds: string[]): void => {
    findings.push({ code, severity, stageId: stage.id, subject: { kind: 'stage', id: stage.id }, siloIds, touchpointIds: [] });
  };

  for (const stage of map.stages) {
    const delivering = D(stage);
    const touchpoints = touchpointsOf(stage);
    if (delivering.length >= 2 && stage.accountableSiloId === null) {
      onStage('split-ownership', delivering.length >= 3 ? 'high' : 'medium', stage, delivering);
    }
    if (touchpoints.length >= 1 && stage.metrics.length === 0) onStage('missing-metric', 'high', stage, delivering);
    if (
      delivering.length >= 2 &&
      stage.metrics.length > 0 &&
      !stage.metrics.some((metric) => delivering.every((siloId) => metric.ownerSiloIds.includes(siloId)))
    ) {
      const coverage = stage.metrics.map((metric) => delivering.filter((siloId) => metric.ownerSiloIds.includes(siloId)).length);
      const best = stage.metrics[coverage.indexOf(Math.max(...coverage))];
      onStage('unshared-metric', 'medium', stage, delivering.filter((siloId) => !best?.ownerSiloIds.includes(siloId)));
    }
    for (const metric of stage.metrics) {
      const onMetric = (code: Finding['code'], severity: Finding['severity']): void => {
        findings.push({ code, severity, stageId: stage.id, subject: { kind: 'metric', id: metric.id }, siloIds: byLane(metric.ownerSiloIds), touchpointIds: [] });
      };
      if (metric.target === null) onMetric('metric-without-target', 'medium');
      if (metric.ownerSiloIds.length === 0) onMetric('metric-without-owner', 'medium');
      if (metric.target !== null && metric.current !== null) {
        const worse = metric.direction === 'higher-is-better' ? metric.current < metric.target : metric.current > metric.target;
        if (worse) onMetric('metric-off-target', 'low');
      }
    }
    const pain = touchpoints.some((touchpoint) => touchpoint.emotion !== null && touchpoint.emotion <= -1);
    if (pain && !touchpoints.some((touchpoint) => touchpoint.intent === 'recover')) onStage('pain-without-recovery', 'low', stage, delivering);
    if (touchpoints.length === 0) onStage('empty-stage', 'low', stage, []);
  }

  for (const touchpoint of map.touchpoints) {
    if (touchpoint.siloId !== null) continue;
    findings.push({
      code: 'unowned-touchpoint',
      severity: 'high',
      stageId: touchpoint.stageId,
      subject: { kind: 'touchpoint', id: touchpoint.id },
      siloIds: [],
      touchpointIds: [touchpoint.id],
    });
  }

  for (const handoff of map.handoffs) {
    const from = map.touchpoints.find((touchpoint) => touchpoint.id === handoff.fromTouchpointId);
    const to = map.touchpoints.find((touchpoint) => touchpoint.id === handoff.toTouchpointId);
    if (!from?.siloId || !to?.siloId || from.siloId === to.siloId || handoff.ownerSiloId !== null) continue;
    findings.push({
      code: 'cross-silo-handoff',
      severity: 'medium',
      stageId: to.stageId,
      subject: { kind: 'handoff', id: handoff.id },
      siloIds: byLane([from.siloId, to.siloId]),
      touchpointIds: byPosition([from.id, to.id]),
    });
  }

  const conflictingIntents = (a: Touchpoint, b: Touchpoint): boolean => {
    const pair = new Set([a.intent, b.intent]);
    return pair.size === 2 && pair.has('sell') && (pair.has('cancel') || pair.has('collect'));
  };
  for (let i = 0; i < map.touchpoints.length; i += 1) {
    for (let j = i + 1; j < map.touchpoints.length; j += 1) {
      const a = map.touchpoints[i];
      const b = map.touchpoints[j];
      if (a === undefined || b === undefined) continue;
      if (a.initiator !== 'company' || b.initiator !== 'company') continue;
      if (a.siloId === null || b.siloId === null || a.siloId === b.siloId) continue;
      if (!conflictingIntents(a, b)) continue;
      const sameTime =
        a.stageId === b.stageId ? a.day === null || b.day === null || a.day === b.day : a.day !== null && a.day === b.day;
      if (!sameTime) continue;
      findings.push({
        code: 'conflicting-messages',
        severity: 'high',
        stageId: stageOf(a.id),
        subject: { kind: 'stage', id: a.stageId },
        siloIds: byLane([a.siloId, b.siloId]),
        touchpointIds: [a.id, b.id],
      });
    }
  }

  return findings.sort((a, b) => referenceCompare(map, a, b));
}

/** The spec's result order, written out naively. */
export function referenceCompare(map: JourneyMap, a: FindingFacts, b: FindingFacts): number {
  const column = (finding: FindingFacts): number => {
    const index = map.stages.findIndex((stage) => stage.id === finding.stageId);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const text = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  if (column(a) !== column(b)) return column(a) - column(b);
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (a.code !== b.code) return text(a.code, b.code);
  if (a.subject.id !== b.subject.id) return text(a.subject.id, b.subject.id);
  for (let i = 0; i < Math.min(a.touchpointIds.length, b.touchpointIds.length); i += 1) {
    const order = text(a.touchpointIds[i] ?? '', b.touchpointIds[i] ?? '');
    if (order !== 0) return order;
  }
  return a.touchpointIds.length - b.touchpointIds.length;
}
