/** Filtering, counting and grouping findings for the findings panel (pure). */
import { SEVERITIES, type Finding, type Severity } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { mapLookup } from './map-lookup';

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

/** True when the finding names the silo or one of its touchpoints belongs to it. */
export function findingInvolvesSilo(finding: Finding, map: JourneyMap, siloId: string): boolean {
  if (finding.siloIds.includes(siloId)) return true;
  const { touchpointById } = mapLookup(map);
  return finding.touchpointIds.some((id) => touchpointById.get(id)?.siloId === siloId);
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
