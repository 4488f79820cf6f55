import type { JourneyMap } from '../model';
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from './finding';
import { compareText } from './journey-index';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const CODE_RANK: ReadonlyMap<FindingCode, number> = new Map(
  [...FINDING_CODES].sort(compareText).map((code, rank) => [code, rank] as const),
);
/** Past any real column, yet small enough that the folded key stays an exact integer. */
const NO_STAGE = 2 ** 40;

/** The rank of a severity, 0 for the worst. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * Orders findings as the spec requires: stage column order (no stage last), severity (high first),
 * code alphabetically, subject id, then touchpoint ids (compared id by id, a shorter prefix first).
 * Text is compared by UTF-16 code units so the order never depends on the locale.
 */
export function compareFindings(stageOrder: ReadonlyMap<string, number>, a: Finding, b: Finding): number {
  return primaryKey(stageOrder, a) - primaryKey(stageOrder, b) || compareTail(a, b);
}

/** A sorted copy of findings in the spec's order, given each stage's column. */
export function sortByStageOrder(findings: readonly Finding[], stageOrder: ReadonlyMap<string, number>): Finding[] {
  // Decorate once: the numeric part of the key (column, severity, code) is computed per finding, not per comparison.
  const decorated = findings.map((finding) => ({ key: primaryKey(stageOrder, finding), finding }));
  decorated.sort((a, b) => a.key - b.key || compareTail(a.finding, b.finding));
  return decorated.map(({ finding }) => finding);
}

/** A sorted copy of findings in the spec's order for this map. */
export function sortFindings(findings: readonly Finding[], map: JourneyMap): Finding[] {
  const stageOrder = new Map<string, number>();
  map.stages.forEach((stage, position) => {
    if (!stageOrder.has(stage.id)) stageOrder.set(stage.id, position);
  });
  return sortByStageOrder(findings, stageOrder);
}

/** Column, severity and code folded into one number that sorts the same way. */
function primaryKey(stageOrder: ReadonlyMap<string, number>, finding: Finding): number {
  const column = finding.stageId === null ? NO_STAGE : (stageOrder.get(finding.stageId) ?? NO_STAGE);
  const severity = SEVERITY_RANK[finding.severity] ?? 3;
  const code = CODE_RANK.get(finding.code) ?? FINDING_CODES.length;
  return (column * 4 + severity) * 16 + code;
}

function compareTail(a: Finding, b: Finding): number {
  return compareText(a.subject.id, b.subject.id) || compareIdLists(a.touchpointIds, b.touchpointIds);
}

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    const order = compareText(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
