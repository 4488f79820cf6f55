import type { Handoff } from '../../model';
import type { Finding } from '../finding';
import { siloName, siloPairInLaneOrder, type JourneyIndex } from '../journey-index';
import { quoted } from '../wording';
import { finding, stageOfTouchpoint } from './rule';

/** `cross-silo-handoff`: a hand-off between two different silos that no silo owns. */
export function crossSiloHandoffs(index: JourneyIndex, out: Finding[]): void {
  const positions = endPositions(index);
  if (positions.size === 0) return;
  for (const handoff of index.map.handoffs) {
    const fromPosition = positions.get(handoff.fromTouchpointId) ?? -1;
    const toPosition = positions.get(handoff.toTouchpointId) ?? -1;
    const found = crossSiloHandoff(index, handoff, fromPosition, toPosition);
    if (found !== null) out.push(found);
  }
}

/**
 * The `cross-silo-handoff` finding of one hand-off, given the array positions of the first touchpoints
 * with its end ids (-1: none), or null when the hand-off has an owner, a missing end or no two silos.
 */
export function crossSiloHandoff(index: JourneyIndex, handoff: Handoff, fromPosition: number, toPosition: number): Finding | null {
  if (handoff.ownerSiloId !== null) return null;
  const { touchpoints } = index.map;
  const from = touchpoints[fromPosition];
  const to = touchpoints[toPosition];
  if (from === undefined || to === undefined) return null;
  if (from.siloId === null || to.siloId === null || from.siloId === to.siloId) return null;
  const stage = stageOfTouchpoint(index, toPosition);
  const label = handoff.label.trim() === '' ? '' : ` ${quoted(handoff.label.trim())}`;
  const where = stage === undefined ? '' : `${from.stageId === to.stageId ? ' in' : ' into'} ${stage.name}`;
  const touchpointIds = from.id === to.id ? [from.id] : fromPosition < toPosition ? [from.id, to.id] : [to.id, from.id];
  return finding(
    'cross-silo-handoff',
    'medium',
    stage?.id ?? null,
    { kind: 'handoff', id: handoff.id },
    siloPairInLaneOrder(index, from.siloId, to.siloId),
    touchpointIds,
    `The hand-off${label} from ${siloName(index, from.siloId)} (${quoted(from.title)}) ` +
      `to ${siloName(index, to.siloId)} (${quoted(to.title)})${where} has no owner.`,
  );
}

/**
 * The array position of the first touchpoint with each id that an unowned hand-off names (-1: no such
 * touchpoint): one map of the ids that matter rather than of every touchpoint.
 */
export function endPositions(index: JourneyIndex): Map<string, number> {
  const positions = new Map<string, number>();
  for (const handoff of index.map.handoffs) {
    if (handoff.ownerSiloId !== null) continue;
    positions.set(handoff.fromTouchpointId, -1);
    positions.set(handoff.toTouchpointId, -1);
  }
  if (positions.size === 0) return positions;
  const { touchpoints } = index.map;
  for (let position = 0; position < touchpoints.length; position += 1) {
    const id = touchpoints[position]?.id;
    if (id !== undefined && positions.get(id) === -1) positions.set(id, position);
  }
  return positions;
}
