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

/**
 * A sorted copy of findings in the spec's order, given the number of stage columns and each stage's column
 * (`undefined`: not a stage of the map; such findings go last with those that have no stage). A counting sort
 * by column, then severity, code and the rest within each column; equal findings keep their order.
 */
export function sortByStageOrder(
  findings: readonly Finding[],
  columnCount: number,
  columnOf: (stageId: string) => number | undefined,
): Finding[] {
  const count = findings.length;
  const bucketOf = new Int32Array(count);
  const ranks = new Int32Array(count);
  const bucketStart = new Int32Array(columnCount + 2);
  for (let i = 0; i < count; i += 1) {
    const finding = findings[i];
    if (finding === undefined) continue;
    const column = finding.stageId === null ? undefined : columnOf(finding.stageId);
    const bucket = column === undefined || !(column >= 0 && column < columnCount) ? columnCount : column;
    bucketOf[i] = bucket;
    ranks[i] = withinColumnRank(finding);
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] ?? 0) + 1;
  }
  for (let bucket = 1; bucket < bucketStart.length; bucket += 1) {
    bucketStart[bucket] = (bucketStart[bucket] ?? 0) + (bucketStart[bucket - 1] ?? 0);
  }
  const order = new Int32Array(count);
  const fill = bucketStart.slice();
  for (let i = 0; i < count; i += 1) {
    const bucket = bucketOf[i] ?? columnCount;
    const slot = fill[bucket] ?? 0;
    order[slot] = i;
    fill[bucket] = slot + 1;
  }
  const compare = (a: number, b: number): number =>
    (ranks[a] ?? 0) - (ranks[b] ?? 0) || compareTail(findings[a] as Finding, findings[b] as Finding) || a - b;
  const sorted: Finding[] = [];
  for (let bucket = 0; bucket <= columnCount; bucket += 1) {
    const start = bucketStart[bucket] ?? 0;
    const end = bucketStart[bucket + 1] ?? start;
    if (end - start > 16) order.subarray(start, end).sort(compare);
    else insertionSort(order, start, end, compare);
    for (let slot = start; slot < end; slot += 1) sorted.push(findings[order[slot] ?? 0] as Finding);
  }
  return sorted;
}

/** A sorted copy of findings in the spec's order for this map. */
export function sortFindings(findings: readonly Finding[], map: JourneyMap): Finding[] {
  const stageOrder = new Map<string, number>();
  map.stages.forEach((stage, position) => {
    if (!stageOrder.has(stage.id)) stageOrder.set(stage.id, position);
  });
  return sortByStageOrder(findings, map.stages.length, (stageId) => stageOrder.get(stageId));
}

/** Sorts `items[start..end)` in place; stable, and quick for the few findings of one stage. */
function insertionSort(items: Int32Array, start: number, end: number, compare: (a: number, b: number) => number): void {
  for (let i = start + 1; i < end; i += 1) {
    const item = items[i] ?? 0;
    let j = i - 1;
    while (j >= start && compare(items[j] ?? 0, item) > 0) {
      items[j + 1] = items[j] ?? 0;
      j -= 1;
    }
    items[j + 1] = item;
  }
}

/** Severity and code folded into one number that sorts the same way. */
function withinColumnRank(finding: Finding): number {
  return (SEVERITY_RANK[finding.severity] ?? 3) * 16 + (CODE_RANK.get(finding.code) ?? FINDING_CODES.length);
}

/** Column, severity and code folded into one number that sorts the same way. */
function primaryKey(stageOrder: ReadonlyMap<string, number>, finding: Finding): number {
  const column = finding.stageId === null ? NO_STAGE : (stageOrder.get(finding.stageId) ?? NO_STAGE);
  return column * 64 + withinColumnRank(finding);
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
