/**
 * Every touchpoint by id and where each card sits among a projection's nodes, for a map whose touchpoint
 * ids are unique. One index serves a chain of projections: each incremental projection moves it forward to
 * itself in proportion to the edit (changing it in place), so it describes only its current owner.
 */
import { changedStretch } from '../../shared/layout/touchpoint-changes';
import type { Touchpoint } from '../../shared/model/types';
import type { CardNode, FlowNode } from './flow-types';

export interface CardIndex {
  /** The projection the index describes; null while it is being moved forward. */
  owner: object | null;
  readonly touchpointOf: Map<string, Touchpoint>;
  /** Each card's index in the owner's nodes, by touchpoint id. */
  readonly positionOf: Map<string, number>;
}

/** What an edit did to the touchpoints array: the stretch it changed, and which ids it touched. */
export interface TouchpointEdit {
  /** Where the stretch starts in both versions of the array. */
  start: number;
  before: readonly Touchpoint[];
  after: readonly Touchpoint[];
  /** The ids of the touchpoints of `after`. */
  afterIds: ReadonlySet<string>;
  /** The ids whose touchpoint object is new, changed or gone (moved objects keep their content). */
  changedIds: ReadonlySet<string>;
}

/** The card node at `position`, if there is one. */
export function cardAt(nodes: readonly FlowNode[], position: number | undefined): CardNode | undefined {
  const node = position === undefined ? undefined : nodes[position];
  return node?.type === 'touchpoint' ? node : undefined;
}

/** The index of a projection's cards, or null when two touchpoints share an id. */
export function indexCards(touchpoints: readonly Touchpoint[], nodes: readonly FlowNode[]): CardIndex | null {
  const touchpointOf = new Map(touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  if (touchpointOf.size !== touchpoints.length) return null;
  const positionOf = new Map<string, number>();
  nodes.forEach((node, position) => {
    if (node.type === 'touchpoint') positionOf.set(node.data.touchpoint.id, position);
  });
  return { owner: null, touchpointOf, positionOf };
}

/**
 * What the edit from `before` (the array `index` describes) to `after` did, or null when it gives a
 * touchpoint an id another one has: ids were unique before, so that is a touchpoint of the changed stretch
 * whose id another one of the stretch, or one outside it (still in the array), has.
 */
export function touchpointEdit(
  index: CardIndex,
  before: readonly Touchpoint[],
  after: readonly Touchpoint[],
): TouchpointEdit | null {
  const stretch = changedStretch(before, after);
  const removedOrKept = new Set(stretch.stretchBefore);
  const added = new Set(stretch.stretchAfter);
  const afterIds = new Set<string>();
  const changedIds = new Set<string>();
  for (const touchpoint of stretch.stretchAfter) {
    const holder = index.touchpointOf.get(touchpoint.id);
    if (afterIds.has(touchpoint.id) || (holder !== undefined && !removedOrKept.has(holder))) return null;
    afterIds.add(touchpoint.id);
    if (!removedOrKept.has(touchpoint)) changedIds.add(touchpoint.id);
  }
  for (const touchpoint of stretch.stretchBefore) if (!added.has(touchpoint)) changedIds.add(touchpoint.id);
  return { start: stretch.start, before: stretch.stretchBefore, after: stretch.stretchAfter, afterIds, changedIds };
}

/** Moves the index's touchpoints forward over `edit`. */
export function applyTouchpointEdit(index: CardIndex, edit: TouchpointEdit): void {
  for (const touchpoint of edit.before) index.touchpointOf.delete(touchpoint.id);
  for (const touchpoint of edit.after) index.touchpointOf.set(touchpoint.id, touchpoint);
}

/**
 * Moves the card positions forward after the `count` cards from `start` were replaced by `cards`: those
 * cards' ids are forgotten, the new ones placed, and the cards after them re-placed when the count differs.
 */
export function moveCardPositions(
  index: CardIndex,
  edit: TouchpointEdit,
  nodes: readonly FlowNode[],
  start: number,
  count: number,
  cards: readonly CardNode[],
): void {
  for (const touchpoint of edit.before) index.positionOf.delete(touchpoint.id);
  cards.forEach((card, offset) => index.positionOf.set(card.data.touchpoint.id, start + offset));
  if (cards.length === count) return;
  for (let position = start + cards.length; position < nodes.length; position++) {
    const card = cardAt(nodes, position);
    if (card) index.positionOf.set(card.data.touchpoint.id, position);
  }
}
