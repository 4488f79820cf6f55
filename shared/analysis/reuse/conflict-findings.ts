import type { Touchpoint } from '../../model';
import { sameItems } from '../../model/arrays';
import { NO_COLUMN, type JourneyIndex } from '../journey-index';
import { boundedConflictingMessages, isConflictSender, type ConflictResult } from '../rules/conflicts';

/** The conflicting-messages result of one analysis and what it was derived from. */
export interface ConflictMemo {
  readonly limit: number;
  /** The senders in array order: all of the touchpoints that the rule reads. */
  readonly senders: readonly Touchpoint[];
  readonly result: ConflictResult;
  /** The stage column of each finding of `result`. */
  readonly columns: Int32Array;
}

/**
 * The conflicting-messages findings (at most `limit` of them) and their count. Beyond the silos and the
 * stages' ids, names and column order, the rule reads only the senders, in their relative array order, so
 * the previous memo holds whole under the same limit when the senders are the same objects in the same
 * order: known already (`sendersKept`), or found so by listing them. Pass `previous` only when the silos
 * and the stage list are unchanged.
 */
export function conflictFindings(index: JourneyIndex, limit: number, previous: ConflictMemo | null, sendersKept: boolean): ConflictMemo {
  if (previous !== null && previous.limit === limit && sendersKept) return previous;
  const { touchpoints } = index.map;
  const senders: Touchpoint[] = [];
  for (let position = 0; position < touchpoints.length; position += 1) {
    const touchpoint = touchpoints[position];
    if (touchpoint !== undefined && isConflictSender(index, position)) senders.push(touchpoint);
  }
  if (previous !== null && previous.limit === limit && sameItems(previous.senders, senders)) return previous;
  const result = boundedConflictingMessages(index, limit);
  const columns = new Int32Array(result.findings.length);
  result.findings.forEach((finding, i) => {
    columns[i] = index.stageById.get(finding.stageId ?? '')?.column ?? NO_COLUMN;
  });
  return { limit, senders, result, columns };
}
