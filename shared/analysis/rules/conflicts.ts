import type { Touchpoint } from '../../model';
import type { Finding } from '../finding';
import { NO_COLUMN, siloName, siloPairInLaneOrder, type JourneyIndex } from '../journey-index';
import { quoted } from '../wording';
import { finding } from './rule';

/*
 * A sender is a company-initiated touchpoint of a known stage with an owner: the only kind that can send a
 * conflicting message. Senders are handled by their array position.
 */

/** Senders of one group (a stage, or a day) bucketed by silo, so pairs within one silo are never visited. */
interface Group {
  /** Each silo's senders (array positions) in array order. */
  readonly bySilo: Map<string, number[]>;
  /** The same buckets in the order their silos first sent. */
  readonly silos: number[][];
  size: number;
}

/** One side of a conflicting pair (the sellers, or the senders of `cancel` and `collect`), grouped every way a pair can meet. */
interface Side {
  /** Every sender of the side, in array order. */
  readonly senders: number[];
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
export function boundedConflictingMessages(index: JourneyIndex, limit: number): ConflictResult {
  const { touchpoints } = index.map;
  const { sellers, stoppers } = senders(index);
  const stopperSide = sideOf(index, stoppers);
  let pairCount = 0;
  for (const seller of sellers) pairCount += partnerCount(touchpoints[seller], stopperSide);

  const findings: Finding[] = [];
  if (pairCount <= limit) {
    forEachPair(index, sellers, stopperSide, (seller, stopper) => {
      findings.push(conflict(index, seller, stopper));
      return true;
    });
    return { findings, pairCount };
  }
  if (limit <= 0) return { findings, pairCount };

  const representatives = stageRepresentatives(index, sideOf(index, sellers), stopperSide).slice(0, limit);
  const listed = new Set<string>();
  for (const [first, second] of representatives) {
    findings.push(conflict(index, first, second));
    listed.add(pairKey(first, second));
  }
  forEachPair(index, sellers, stopperSide, (seller, stopper) => {
    if (findings.length >= limit) return false;
    if (!listed.has(pairKey(seller, stopper))) findings.push(conflict(index, seller, stopper));
    return true;
  });
  return { findings, pairCount };
}

/**
 * Whether the touchpoint at this array position is a sender that can take part in a conflicting pair:
 * company-initiated, owned, of a known stage, and selling, cancelling or collecting.
 */
export function isConflictSender(index: JourneyIndex, position: number): boolean {
  const touchpoint = index.map.touchpoints[position];
  if (touchpoint === undefined || touchpoint.initiator !== 'company' || touchpoint.siloId === null) return false;
  if (index.touchpointColumn[position] === NO_COLUMN) return false;
  return touchpoint.intent === 'sell' || touchpoint.intent === 'cancel' || touchpoint.intent === 'collect';
}

/** The array positions of the sellers and of the senders of `cancel` and `collect`. */
function senders(index: JourneyIndex): { sellers: number[]; stoppers: number[] } {
  const { touchpoints } = index.map;
  const sellers: number[] = [];
  const stoppers: number[] = [];
  for (let position = 0; position < touchpoints.length; position += 1) {
    if (!isConflictSender(index, position)) continue;
    if (touchpoints[position]?.intent === 'sell') sellers.push(position);
    else stoppers.push(position);
  }
  return { sellers, stoppers };
}

/** The senders at these positions, grouped every way a pair can meet them. */
function sideOf(index: JourneyIndex, positions: number[]): Side {
  const side: Side = { senders: positions, datedByDay: new Map(), undatedByStage: new Map(), allByStage: new Map() };
  for (const position of positions) {
    const touchpoint = index.map.touchpoints[position];
    if (touchpoint === undefined || touchpoint.siloId === null) continue;
    const { stageId, day, siloId } = touchpoint;
    addToGroup(side.allByStage, stageId, siloId, position);
    if (day === null) addToGroup(side.undatedByStage, stageId, siloId, position);
    else addToGroup(side.datedByDay, day, siloId, position);
  }
  return side;
}

function addToGroup<K>(groups: Map<K, Group>, key: K, siloId: string, position: number): void {
  let group = groups.get(key);
  if (group === undefined) {
    group = { bySilo: new Map(), silos: [], size: 0 };
    groups.set(key, group);
  }
  group.size += 1;
  const senders = group.bySilo.get(siloId);
  if (senders !== undefined) {
    senders.push(position);
    return;
  }
  const bucket = [position];
  group.bySilo.set(siloId, bucket);
  group.silos.push(bucket);
}

/**
 * One of the groups of the other side that reach the customer at the same time as `sender` (`which`: 0 or 1).
 * Undated: every sender of its stage. Dated: the senders of the same day (any stage) and the undated ones of
 * its stage. The groups never overlap, so no pair is met twice.
 */
function partnerGroup(sender: Touchpoint, other: Side, which: number): Group | undefined {
  if (sender.day === null) return which === 0 ? other.allByStage.get(sender.stageId) : undefined;
  return which === 0 ? other.datedByDay.get(sender.day) : other.undatedByStage.get(sender.stageId);
}

/** How many senders of the other side `sender` clashes with, from the group sizes alone. */
function partnerCount(sender: Touchpoint | undefined, other: Side): number {
  let count = 0;
  for (let which = 0; sender !== undefined && which < 2; which += 1) {
    const group = partnerGroup(sender, other, which);
    if (group !== undefined) count += group.size - (group.bySilo.get(sender.siloId ?? '')?.length ?? 0);
  }
  return count;
}

/** The partner of the sender at `position` latest in array order, if any (-1: none). */
function latestPartner(index: JourneyIndex, position: number, other: Side): number {
  const sender = index.map.touchpoints[position];
  let latest = -1;
  for (let which = 0; sender !== undefined && which < 2; which += 1) {
    const group = partnerGroup(sender, other, which);
    if (group === undefined) continue;
    const own = group.bySilo.get(sender.siloId ?? '');
    for (const bucket of group.silos) {
      const last = bucket[bucket.length - 1] ?? -1;
      if (bucket !== own && last > latest) latest = last;
    }
  }
  return latest;
}

/** Visits every pair in the natural order, seller first; stops when `visit` returns false. */
function forEachPair(index: JourneyIndex, sellers: readonly number[], stoppers: Side, visit: (seller: number, stopper: number) => boolean): void {
  for (const seller of sellers) {
    const sender = index.map.touchpoints[seller];
    for (let which = 0; sender !== undefined && which < 2; which += 1) {
      const group = partnerGroup(sender, stoppers, which);
      if (group === undefined) continue;
      const own = group.bySilo.get(sender.siloId ?? '');
      for (const bucket of group.silos) {
        if (bucket === own) continue;
        for (const stopper of bucket) if (!visit(seller, stopper)) return;
      }
    }
  }
}

/**
 * One pair for every stage that has a finding, in stage column order: a pair's stage is the stage of its
 * earlier touchpoint, so a stage has one exactly when one of its senders has a partner later in the array.
 * Each stage's pair starts at its earliest such sender and ends at that sender's latest partner.
 */
function stageRepresentatives(index: JourneyIndex, sellers: Side, stoppers: Side): [number, number][] {
  const byColumn = new Map<number, [number, number]>();
  for (const [side, other] of [
    [sellers, stoppers],
    [stoppers, sellers],
  ] as const) {
    for (const sender of side.senders) {
      const column = index.touchpointColumn[sender] ?? NO_COLUMN;
      const chosen = byColumn.get(column);
      if (chosen !== undefined && chosen[0] < sender) continue;
      const partner = latestPartner(index, sender, other);
      if (partner > sender) byColumn.set(column, [sender, partner]);
    }
  }
  return [...byColumn].sort(([a], [b]) => a - b).map(([, pair]) => pair);
}

/** The same key for a pair whichever end comes first. */
function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The finding for the pair at two positions, given in either order: the stage is that of the earlier touchpoint. */
function conflict(index: JourneyIndex, a: number, b: number): Finding {
  const firstPosition = Math.min(a, b);
  const first = index.map.touchpoints[firstPosition];
  const second = index.map.touchpoints[Math.max(a, b)];
  if (first === undefined || second === undefined || first.siloId === null || second.siloId === null) {
    throw new Error('A conflicting pair is made of two senders');
  }
  const stageId = first.stageId;
  return finding(
    'conflicting-messages',
    'high',
    stageId,
    { kind: 'stage', id: stageId },
    siloPairInLaneOrder(index, first.siloId, second.siloId),
    [first.id, second.id],
    conflictMessage(index, first, second),
  );
}

function conflictMessage(index: JourneyIndex, first: Touchpoint, second: Touchpoint): string {
  if (first.stageId !== second.stageId) {
    return `On day ${String(first.day)}, ${sends(index, first, true)} while ${sends(index, second, true)} to the same customer.`;
  }
  const stage = stageName(index, first);
  if (first.day !== null && first.day === second.day) {
    return `On day ${first.day} in ${stage}, ${sends(index, first, false)} while ${sends(index, second, false)} to the same customer.`;
  }
  return `In ${stage}, ${sends(index, first, false)} while ${sends(index, second, false)} to the same customer at about the same time.`;
}

/** "Billing sends “Final notice”", with " (Pay)" after it when `withStage`. */
function sends(index: JourneyIndex, touchpoint: Touchpoint, withStage: boolean): string {
  const text = `${siloName(index, touchpoint.siloId ?? '')} sends ${quoted(touchpoint.title)}`;
  return withStage ? `${text} (${stageName(index, touchpoint)})` : text;
}

function stageName(index: JourneyIndex, touchpoint: Touchpoint): string {
  return index.stageById.get(touchpoint.stageId)?.stage.name ?? touchpoint.stageId;
}
