import { type Finding, SEVERITIES, type Severity, severityRank } from '../../shared/analysis';

/** How many top problems the cover names. */
const COVER_TOP_PROBLEMS = 3;

/** Findings counted per severity, worst first. */
export function countBySeverity(findings: readonly Finding[]): { severity: Severity; count: number }[] {
  return SEVERITIES.map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }));
}

/** The worst few findings: by severity, and in the diagnosis's own order among equals. */
export function topProblems(findings: readonly Finding[], limit = COVER_TOP_PROBLEMS): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map(({ finding }) => finding);
}
