import type { Stage, Touchpoint } from '../../model';
import type { Finding } from '../finding';
import { NO_COLUMN, type JourneyIndex } from '../journey-index';
import { unownedTouchpoint } from '../rules/ownership';
import { PreviousMemos } from './previous-memos';

/** The `unowned-touchpoint` finding of one touchpoint, the column of its stage, and what it was derived from. */
export interface UnownedMemo {
  readonly touchpoint: Touchpoint;
  readonly stage: Stage | undefined;
  readonly finding: Finding;
  /** `NO_COLUMN`: the touchpoint has no stage of the map. */
  readonly column: number;
}

/**
 * The `unowned-touchpoint` findings in array order. Such a finding reads only its touchpoint and that
 * touchpoint's stage, so it is the previous analysis's (the same object) when both objects are unchanged.
 */
export function unownedTouchpointFindings(index: JourneyIndex, previous: readonly UnownedMemo[]): UnownedMemo[] {
  const recall = new PreviousMemos(previous, (memo: UnownedMemo) => memo.touchpoint);
  const { touchpoints } = index.map;
  const memos: UnownedMemo[] = [];
  for (let position = 0; position < touchpoints.length; position += 1) {
    const touchpoint = touchpoints[position];
    if (touchpoint === undefined || touchpoint.siloId !== null) continue;
    const column = index.touchpointColumn[position] ?? NO_COLUMN;
    const stage = index.stages[column]?.stage;
    const before = recall.find(touchpoint, memos.length);
    const finding = before !== undefined && before.stage === stage ? before.finding : unownedTouchpoint(index, touchpoint, position);
    memos.push({ touchpoint, stage, column, finding });
  }
  return memos;
}
