import type { Touchpoint } from '../../model';
import type { Finding } from '../finding';
import { siloPairInLaneOrder } from '../journey-index';
import { quoted } from '../wording';
import type { RuleContext } from './rule';

/** A company-initiated touchpoint with an owner: the only kind that can send a conflicting message. */
interface Sender {
  readonly touchpoint: Touchpoint;
  readonly siloId: string;
  readonly position: number;
}

/** Senders of one group (a stage, or a day) bucketed by silo, so pairs within one silo are never visited. */
type BySilo = Map<string, Sender[]>;

/**
 * `conflicting-messages`: two silos send the same customer a `sell` and a `cancel` or `collect` message at
 * the same time. Pairs are found by grouping by stage and by day, never by scanning all pairs.
 */
export function conflictingMessages(context: RuleContext): Finding[] {
  const { index } = context;
  const sellers: Sender[] = [];
  const stoppersByDay = new Map<number, BySilo>();
  const undatedStoppersByStage = new Map<string, BySilo>();
  const stoppersByStage = new Map<string, BySilo>();

  index.map.touchpoints.forEach((touchpoint, position) => {
    if (touchpoint.initiator !== 'company' || touchpoint.siloId === null) return;
    if (!index.stageById.has(touchpoint.stageId)) return;
    const sender: Sender = { touchpoint, siloId: touchpoint.siloId, position };
    if (touchpoint.intent === 'sell') {
      sellers.push(sender);
    } else if (touchpoint.intent === 'cancel' || touchpoint.intent === 'collect') {
      addTo(stoppersByStage, touchpoint.stageId, sender);
      if (touchpoint.day === null) addTo(undatedStoppersByStage, touchpoint.stageId, sender);
      else addTo(stoppersByDay, touchpoint.day, sender);
    }
  });

  const findings: Finding[] = [];
  for (const seller of sellers) {
    const { stageId, day } = seller.touchpoint;
    if (day === null) {
      // Undated: clashes with every stopper of its stage.
      forEachOtherSilo(stoppersByStage.get(stageId), seller, (other) => findings.push(conflict(context, seller, other)));
      continue;
    }
    // Dated: clashes with every stopper on the same day (any stage) and with the undated ones of its stage.
    forEachOtherSilo(stoppersByDay.get(day), seller, (other) => findings.push(conflict(context, seller, other)));
    forEachOtherSilo(undatedStoppersByStage.get(stageId), seller, (other) => findings.push(conflict(context, seller, other)));
  }
  return findings;
}

function addTo<K>(groups: Map<K, BySilo>, key: K, sender: Sender): void {
  let bySilo = groups.get(key);
  if (bySilo === undefined) {
    bySilo = new Map();
    groups.set(key, bySilo);
  }
  const senders = bySilo.get(sender.siloId);
  if (senders === undefined) bySilo.set(sender.siloId, [sender]);
  else senders.push(sender);
}

function forEachOtherSilo(group: BySilo | undefined, seller: Sender, visit: (other: Sender) => void): void {
  if (group === undefined) return;
  for (const [siloId, senders] of group) {
    if (siloId === seller.siloId) continue;
    for (const other of senders) visit(other);
  }
}

function conflict(context: RuleContext, seller: Sender, stopper: Sender): Finding {
  const [first, second] = seller.position < stopper.position ? [seller, stopper] : [stopper, seller];
  const stageId = first.touchpoint.stageId;
  return {
    code: 'conflicting-messages',
    severity: 'high',
    stageId,
    subject: { kind: 'stage', id: stageId },
    siloIds: siloPairInLaneOrder(context.index, first.siloId, second.siloId),
    touchpointIds: [first.touchpoint.id, second.touchpoint.id],
    message: conflictMessage(context, first.touchpoint, second.touchpoint),
  };
}

function conflictMessage(context: RuleContext, first: Touchpoint, second: Touchpoint): string {
  const { names } = context;
  const sends = (touchpoint: Touchpoint, withStage: boolean): string =>
    `${names.siloName(touchpoint.siloId ?? '')} sends ${quoted(touchpoint.title)}` +
    (withStage ? ` (${names.stageName(touchpoint.stageId)})` : '');
  const sameDay = first.day !== null && first.day === second.day;
  if (first.stageId !== second.stageId) {
    return `On day ${String(first.day)}, ${sends(first, true)} while ${sends(second, true)} to the same customer.`;
  }
  const stage = names.stageName(first.stageId);
  if (sameDay) {
    return `On day ${String(first.day)} in ${stage}, ${sends(first, false)} while ${sends(second, false)} to the same customer.`;
  }
  return `In ${stage}, ${sends(first, false)} while ${sends(second, false)} to the same customer at about the same time.`;
}
