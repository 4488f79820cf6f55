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
interface Group {
  /** Each silo's senders in array order. */
  readonly bySilo: Map<string, Sender[]>;
  size: number;
}

/** One side of a conflicting pair (the sellers, or the senders of `cancel` and `collect`), grouped every way a pair can meet. */
interface Side {
  /** Every sender of the side, in array order. */
  readonly senders: Sender[];
  readonly datedByDay: Map<number, Group>;
  readonly undatedByStage: Map<string, Group>;
  readonly allByStage: Map<string, Group>;
}

/** The conflicting-messages findings of a map (at most a limit of them) and how many pairs it has in all. */
export interface ConflictResult {
  findings: Finding[];
  /** Every pair of the map, listed or not. */
  pairCount: number;
}

/**
 * `conflicting-messages`: two silos send the same customer a `sell` and a `cancel` or `collect` message at
 * the same time, listing at most `limit` of the pairs (`Infinity`: all of them, as the spec says).
 * Pairs are found by grouping by stage and by day, never by scanning all pairs, and are counted from the
 * group sizes first, so a hostile map with millions of pairs costs time linear in its touchpoints. Within
 * the limit every pair is listed. Past it, the listed subset is deterministic: one pair for every stage that
 * has any (so stage statuses stay right as long as the limit covers the stages), then the first pairs in
 * the natural order (sellers in array order, each seller's partners group by group and silo by silo).
 */
export function boundedConflictingMessages(context: RuleContext, limit: number): ConflictResult {
  const { sellers, stoppers } = sidesOf(context);
  let pairCount = 0;
  for (const seller of sellers.senders) pairCount += partnerCount(seller, stoppers);

  const findings: Finding[] = [];
  if (pairCount <= limit) {
    forEachPair(sellers, stoppers, (seller, stopper) => {
      findings.push(conflict(context, seller, stopper));
      return true;
    });
    return { findings, pairCount };
  }
  if (limit <= 0) return { findings, pairCount };

  const representatives = stageRepresentatives(context, sellers, stoppers).slice(0, limit);
  const listed = new Set<string>();
  for (const [first, second] of representatives) {
    findings.push(conflict(context, first, second));
    listed.add(pairKey(first, second));
  }
  forEachPair(sellers, stoppers, (seller, stopper) => {
    if (findings.length >= limit) return false;
    if (!listed.has(pairKey(seller, stopper))) findings.push(conflict(context, seller, stopper));
    return true;
  });
  return { findings, pairCount };
}

function sidesOf(context: RuleContext): { sellers: Side; stoppers: Side } {
  const { index } = context;
  const sellers = emptySide();
  const stoppers = emptySide();
  index.map.touchpoints.forEach((touchpoint, position) => {
    if (touchpoint.initiator !== 'company' || touchpoint.siloId === null) return;
    if (!index.stageById.has(touchpoint.stageId)) return;
    const sender: Sender = { touchpoint, siloId: touchpoint.siloId, position };
    if (touchpoint.intent === 'sell') addTo(sellers, sender);
    else if (touchpoint.intent === 'cancel' || touchpoint.intent === 'collect') addTo(stoppers, sender);
  });
  return { sellers, stoppers };
}

function emptySide(): Side {
  return { senders: [], datedByDay: new Map(), undatedByStage: new Map(), allByStage: new Map() };
}

function addTo(side: Side, sender: Sender): void {
  const { stageId, day } = sender.touchpoint;
  side.senders.push(sender);
  addToGroup(side.allByStage, stageId, sender);
  if (day === null) addToGroup(side.undatedByStage, stageId, sender);
  else addToGroup(side.datedByDay, day, sender);
}

function addToGroup<K>(groups: Map<K, Group>, key: K, sender: Sender): void {
  let group = groups.get(key);
  if (group === undefined) {
    group = { bySilo: new Map(), size: 0 };
    groups.set(key, group);
  }
  group.size += 1;
  const senders = group.bySilo.get(sender.siloId);
  if (senders === undefined) group.bySilo.set(sender.siloId, [sender]);
  else senders.push(sender);
}

/**
 * The groups of the other side that reach the customer at the same time as `sender`. Undated: every
 * sender of its stage. Dated: the senders of the same day (any stage) and the undated ones of its stage.
 * The groups never overlap, so no pair is met twice.
 */
function partnerGroups(sender: Sender, other: Side): Group[] {
  const { stageId, day } = sender.touchpoint;
  const groups = day === null ? [other.allByStage.get(stageId)] : [other.datedByDay.get(day), other.undatedByStage.get(stageId)];
  return groups.filter((group): group is Group => group !== undefined);
}

/** How many senders of the other side `sender` clashes with, from the group sizes alone. */
function partnerCount(sender: Sender, other: Side): number {
  let count = 0;
  for (const group of partnerGroups(sender, other)) count += group.size - (group.bySilo.get(sender.siloId)?.length ?? 0);
  return count;
}

/** The partner of `sender` latest in array order, if any. */
function latestPartner(sender: Sender, other: Side): Sender | undefined {
  let latest: Sender | undefined;
  for (const group of partnerGroups(sender, other)) {
    for (const [siloId, senders] of group.bySilo) {
      const last = senders[senders.length - 1];
      if (siloId === sender.siloId || last === undefined) continue;
      if (latest === undefined || last.position > latest.position) latest = last;
    }
  }
  return latest;
}

/** Visits every pair in the natural order, seller first; stops when `visit` returns false. */
function forEachPair(sellers: Side, stoppers: Side, visit: (seller: Sender, stopper: Sender) => boolean): void {
  for (const seller of sellers.senders) {
    for (const group of partnerGroups(seller, stoppers)) {
      for (const [siloId, senders] of group.bySilo) {
        if (siloId === seller.siloId) continue;
        for (const stopper of senders) if (!visit(seller, stopper)) return;
      }
    }
  }
}

/**
 * One pair for every stage that has a finding, in stage column order: a pair's stage is the stage of its
 * earlier touchpoint, so a stage has one exactly when one of its senders has a partner later in the array.
 * Each stage's pair starts at its earliest such sender and ends at that sender's latest partner.
 */
function stageRepresentatives(context: RuleContext, sellers: Side, stoppers: Side): [Sender, Sender][] {
  const byStage = new Map<string, [Sender, Sender]>();
  const consider = (sender: Sender, other: Side): void => {
    const { stageId } = sender.touchpoint;
    const chosen = byStage.get(stageId);
    if (chosen !== undefined && chosen[0].position < sender.position) return;
    const partner = latestPartner(sender, other);
    if (partner !== undefined && partner.position > sender.position) byStage.set(stageId, [sender, partner]);
  };
  for (const seller of sellers.senders) consider(seller, stoppers);
  for (const stopper of stoppers.senders) consider(stopper, sellers);
  const column = (stageId: string): number => context.index.stageOrder.get(stageId) ?? Number.POSITIVE_INFINITY;
  return [...byStage].sort(([a], [b]) => column(a) - column(b)).map(([, pair]) => pair);
}

/** The same key for a pair whichever end comes first. */
function pairKey(a: Sender, b: Sender): string {
  return a.position < b.position ? `${a.position}:${b.position}` : `${b.position}:${a.position}`;
}

/** The finding for one pair, given in either order: the stage is that of the touchpoint earlier in the array. */
function conflict(context: RuleContext, a: Sender, b: Sender): Finding {
  const [first, second] = a.position < b.position ? [a, b] : [b, a];
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
