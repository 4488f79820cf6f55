import { sameItems } from '../../model/arrays';
import { diagnoseStage } from '../analyze';
import type { Finding } from '../finding';
import type { JourneyIndex, StageFacts } from '../journey-index';
import { PreviousMemos } from './previous-memos';

/** The stage-rule findings of one stage and the facts they came from. */
export interface StageMemo {
  readonly facts: StageFacts;
  readonly findings: readonly Finding[];
}

/**
 * The stage-rule findings of every distinct stage, in column order. The stage rules read only the stage
 * object, its facts (touchpoint count, pain, recovery, D(S)) and the silos' lanes and names, so a stage
 * keeps the previous analysis's findings (the same objects) when its object and facts are unchanged.
 * Pass `previous` only when the silos are unchanged too.
 */
export function stageFindings(index: JourneyIndex, previous: readonly StageMemo[] | null): StageMemo[] {
  const recall = new PreviousMemos(previous ?? [], (memo: StageMemo) => memo.facts.stage);
  return index.stages.map((facts) => {
    const before = recall.find(facts.stage, facts.column);
    if (before !== undefined && sameFacts(before.facts, facts)) return { facts, findings: before.findings };
    const findings: Finding[] = [];
    diagnoseStage(index, facts, findings);
    return { facts, findings };
  });
}

/** Whether two facts of the same stage agree on everything the stage rules read (the column they do not). */
function sameFacts(a: StageFacts, b: StageFacts): boolean {
  return (
    a === b ||
    (a.touchpointCount === b.touchpointCount &&
      a.painCount === b.painCount &&
      a.hasRecovery === b.hasRecovery &&
      sameItems(a.delivering, b.delivering))
  );
}
