/**
 * The executive's summary of a map in plain words: who the customer is, the memory we want them to keep,
 * and stage by stage what is working and what is broken (from the diagnosis). Pure: map and findings in.
 */
import { plainExplanation, stageStatus, type Finding, type Severity, type StageStatus } from '../../shared/analysis';
import type { JourneyMap, Stage } from '../../shared/model/types';

/** One broken thing: how bad it is and what it means, in one sentence. */
export interface BrokenItem {
  severity: Severity;
  text: string;
}

export interface StageSummary {
  stageId: string;
  name: string;
  status: StageStatus;
  working: string[];
  broken: BrokenItem[];
}

export interface ReviewSummaryModel {
  customerName: string;
  customerDescription: string;
  intendedMemory: string;
  /** One sentence on the whole map, e.g. "21 problems to resolve in 6 stages; 3 stages are critical." */
  overview: string;
  stages: StageSummary[];
  /** Findings that belong to no stage. */
  acrossTheMap: BrokenItem[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function siloName(map: JourneyMap, siloId: string): string {
  return map.silos.find((silo) => silo.id === siloId)?.name ?? siloId;
}

function hasFinding(findings: readonly Finding[], code: Finding['code'], subjectId?: string): boolean {
  return findings.some((finding) => finding.code === code && (subjectId === undefined || finding.subject.id === subjectId));
}

function ownershipWorking(map: JourneyMap, stage: Stage, own: readonly Finding[]): string | null {
  if (stage.accountableSiloId !== null) return `${siloName(map, stage.accountableSiloId)} is accountable`;
  if (hasFinding(own, 'split-ownership')) return null;
  const delivering = new Set(
    map.touchpoints.flatMap((touchpoint) => (touchpoint.stageId === stage.id && touchpoint.siloId !== null ? [touchpoint.siloId] : [])),
  );
  const [only] = delivering;
  return delivering.size === 1 && only !== undefined ? `${siloName(map, only)} delivers the whole stage` : null;
}

function metricsWorking(stage: Stage, own: readonly Finding[]): string | null {
  const count = stage.metrics.length;
  if (count === 0) return null;
  const allOnTarget = stage.metrics.every(
    (metric) => metric.target !== null && metric.current !== null && !hasFinding(own, 'metric-off-target', metric.id),
  );
  const metrics = plural(count, 'shared metric', 'shared metrics');
  return allOnTarget ? `${metrics}, on target` : metrics;
}

function handoffsWorking(map: JourneyMap, stage: Stage, own: readonly Finding[]): string | null {
  const touchpointById = new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const between = map.handoffs.filter((handoff) => {
    const from = touchpointById.get(handoff.fromTouchpointId)?.siloId ?? null;
    const to = touchpointById.get(handoff.toTouchpointId);
    return to !== undefined && to.stageId === stage.id && from !== null && to.siloId !== null && from !== to.siloId;
  });
  if (between.length === 0 || hasFinding(own, 'cross-silo-handoff')) return null;
  return between.length === 1 ? 'The hand-off between silos has an owner' : `All ${between.length} hand-offs between silos have an owner`;
}

function recoveryWorking(map: JourneyMap, stage: Stage): string | null {
  const recovers = map.touchpoints.some((touchpoint) => touchpoint.stageId === stage.id && touchpoint.intent === 'recover');
  return recovers ? 'A recovery step makes bad moments right' : null;
}

function brokenItems(map: JourneyMap, findings: readonly Finding[]): BrokenItem[] {
  return findings.map((finding) => ({ severity: finding.severity, text: plainExplanation(finding, map) }));
}

function summarizeStage(map: JourneyMap, stage: Stage, findings: readonly Finding[]): StageSummary {
  const own = findings.filter((finding) => finding.stageId === stage.id);
  const working = [
    ownershipWorking(map, stage, own),
    metricsWorking(stage, own),
    handoffsWorking(map, stage, own),
    recoveryWorking(map, stage),
  ].filter((item): item is string => item !== null);
  if (own.length === 0) working.push('No problems found');
  return { stageId: stage.id, name: stage.name, status: stageStatus(own, stage.id), working, broken: brokenItems(map, own) };
}

function overviewSentence(map: JourneyMap, findings: readonly Finding[], stages: readonly StageSummary[]): string {
  if (map.stages.length === 0) return 'The map has no stages yet.';
  const stageCount = plural(map.stages.length, 'stage', 'stages');
  if (findings.length === 0) return `No problems found in ${stageCount}.`;
  const critical = stages.filter((stage) => stage.status === 'critical').length;
  const problems = `${plural(findings.length, 'problem', 'problems')} to resolve in ${stageCount}`;
  if (critical === 0) return `${problems}.`;
  return `${problems}; ${critical === 1 ? '1 stage is' : `${critical} stages are`} critical.`;
}

/** The summary of a map for review: customer, intended memory, and per stage what works and what is broken. */
export function summarizeForReview(map: JourneyMap, findings: readonly Finding[]): ReviewSummaryModel {
  const stages = map.stages.map((stage) => summarizeStage(map, stage, findings));
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  return {
    customerName: map.customer.name.trim(),
    customerDescription: map.customer.description.trim(),
    intendedMemory: map.intendedMemory.trim(),
    overview: overviewSentence(map, findings, stages),
    stages,
    acrossTheMap: brokenItems(
      map,
      findings.filter((finding) => finding.stageId === null || !stageIds.has(finding.stageId)),
    ),
  };
}
