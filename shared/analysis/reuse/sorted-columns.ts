import { sameItems } from '../../model/arrays';
import type { Finding } from '../finding';
import { sortByStageOrder } from '../order';

/** The findings of one stage column, as gathered and as sorted. */
export interface ColumnMemo {
  readonly gathered: readonly Finding[];
  readonly sorted: readonly Finding[];
}

/** Every finding in the spec's order, column by column, and the memos the next sort can reuse. */
export interface SortedColumns {
  readonly columns: ColumnMemo[];
  readonly findings: Finding[];
}

/**
 * Sorts findings as `sortByStageOrder` does, given them split by column: `gathered[c]` holds the findings
 * whose stage is at column c by `columnOf` in the order the full analysis gathers them (that order breaks
 * exact ties), and the last entry those of no stage. A column gathered exactly as before, finding object by
 * finding object, keeps its sorted list, and the others are sorted together in one pass; when every column
 * is kept, so is the result (`previousFindings`).
 */
export function sortColumns(
  gathered: readonly (readonly Finding[])[],
  columnOf: (stageId: string) => number | undefined,
  previous: readonly ColumnMemo[],
  previousFindings: Finding[] | null,
): SortedColumns {
  const kept = gathered.map((list, column) => {
    const before = previous[column];
    return before !== undefined && sameItems(before.gathered, list) ? before : null;
  });
  const changed: Finding[] = [];
  gathered.forEach((list, column) => {
    if (kept[column] === null) for (const finding of list) changed.push(finding);
  });
  if (kept.every((memo) => memo !== null) && previousFindings !== null && previous.length === gathered.length) {
    return { columns: previous.slice(), findings: previousFindings };
  }
  // The changed columns come out of one sort in column order, each as long as it went in.
  const sortedChanged = sortByStageOrder(changed, gathered.length - 1, columnOf);
  let taken = 0;
  const columns: ColumnMemo[] = [];
  const findings: Finding[] = [];
  gathered.forEach((list, column) => {
    let memo = kept[column] ?? null;
    if (memo === null) {
      memo = { gathered: list, sorted: sortedChanged.slice(taken, taken + list.length) };
      taken += list.length;
    }
    columns.push(memo);
    for (const finding of memo.sorted) findings.push(finding);
  });
  return { columns, findings };
}
