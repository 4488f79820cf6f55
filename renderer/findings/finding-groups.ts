/** Filtering, counting and grouping findings for the findings panel (pure). */
import { SEVERITIES, assertNever, type Finding, type FindingCode, type Severity } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { deliveringSilosByStage, mapLookup } from './map-lookup';

/** Findings of one stage (or of no stage), in the diagnosis order. */
export interface FindingGroup {
  /** null for the "No stage" group. */
  stageId: string | null;
  title: string;
  findings: Finding[];
}

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** Only findings involving this silo; null for every silo. */
  siloId: string | null;
}

export const NO_STAGE_TITLE = 'No stage';

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * True when the finding names the silo, one of its touchpoints belongs to the silo, or it is about a whole
 * stage the silo delivers (an `unshared-metric` names only the silos left out, yet concerns them all).
 */
export function findingInvolvesSilo(finding: Finding, map: JourneyMap, siloId: string): boolean {
  if (finding.siloIds.includes(siloId)) return true;
  const { touchpointById } = mapLookup(map);
  if (finding.touchpointIds.some((id) => touchpointById.get(id)?.siloId === siloId)) return true;
  if (finding.subject.kind !== 'stage' || !concernsWholeStage(finding.code)) return false;
  return deliveringSilosByStage(map).get(finding.subject.id)?.has(siloId) ?? false;
}

/** Whether a finding of this kind concerns every silo delivering its stage, not only the silos it names. */
function concernsWholeStage(code: FindingCode): boolean {
  switch (code) {
    case 'split-ownership':
    case 'missing-metric':
    case 'unshared-metric':
    case 'pain-without-recovery':
    case 'empty-stage':
      return true;
    // A conflict is between two touchpoints and their two silos, though its subject is their stage.
    case 'conflicting-messages':
    case 'metric-without-target':
    case 'metric-without-owner':
    case 'metric-off-target':
    case 'unowned-touchpoint':
    case 'cross-silo-handoff':
      return false;
    default:
      return assertNever(code);
  }
}

/** The findings the filter lets through, in their original order. */
export function filterFindings(findings: readonly Finding[], map: JourneyMap, filter: FindingFilter): Finding[] {
  const { severities, siloId } = filter;
  return findings.filter(
    (finding) => severities.has(finding.severity) && (siloId === null || findingInvolvesSilo(finding, map, siloId)),
  );
}

/** Groups findings by stage in column order; findings with no (known) stage form a last "No stage" group. */
export function groupFindingsByStage(findings: readonly Finding[], map: JourneyMap): FindingGroup[] {
  const byStage = new Map<string | null, Finding[]>();
  const known = new Set(map.stages.map((stage) => stage.id));
  for (const finding of findings) {
    const key = finding.stageId !== null && known.has(finding.stageId) ? finding.stageId : null;
    const list = byStage.get(key);
    if (list) list.push(finding);
    else byStage.set(key, [finding]);
  }
  const groups: FindingGroup[] = [];
  for (const stage of map.stages) {
    const list = byStage.get(stage.id);
    if (list) {
      groups.push({ stageId: stage.id, title: stage.name, findings: list });
      byStage.delete(stage.id);
    }
  }
  const orphans = byStage.get(null);
  if (orphans) groups.push({ stageId: null, title: NO_STAGE_TITLE, findings: orphans });
  return groups;
}

/** "3 high, 2 medium" — the non-zero severity counts in words, worst first. */
export function severityCountsText(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

/** "1 finding" or "5 findings". */
export function findingCountText(count: number): string {
  return `${count} ${count === 1 ? 'finding' : 'findings'}`;
}

/** A stable key for a finding within one analysis. */
export function findingKey(finding: Finding): string {
  return [finding.code, finding.subject.kind, finding.subject.id, ...finding.touchpointIds].join('|');
}
