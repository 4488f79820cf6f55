/**
 * The pure projection of the map (the source of truth) and its layout onto React Flow nodes and edges.
 * View state (selection, roving focus) is applied afterwards by `applyNodeFlags` / `applyEdgeFlags`,
 * which keep every unchanged object so memoised nodes do not re-render.
 */
import { MarkerType } from '@xyflow/react';
import { statusLabel, type StageBadge } from '../../shared/analysis';
import {
  cellKey,
  titleLines,
  type CellRef,
  type ColumnBox,
  type JourneyLayout,
  type LaneBox,
  type LayoutOptions,
  type Rect,
} from '../../shared/layout/grid-layout';
import { itemsById } from '../../shared/model/by-id';
import { touchpointsById } from '../../shared/model/touchpoints';
import type { Handoff, JourneyMap, Silo, Stage, Touchpoint } from '../../shared/model/types';
import { NO_MARKS, type DiagnosisMarks, type TouchpointMarks } from './diagnosis-marks';
import {
  GRID_NODE_ID,
  cardHandles,
  edgeIdOf,
  placeNode,
  nodeIdOf,
  type CardNode,
  type CellNode,
  type FlowNode,
  type GridNode,
  type HandoffEdge,
  type SiloHeaderNode,
  type StageHeaderNode,
} from './flow-types';
import { CHANNEL_LABELS, INTENT_LABELS, NO_OWNER_LABEL, emotionText } from './labels';

export interface FlowProjection {
  nodes: FlowNode[];
  edges: HandoffEdge[];
}

/** Stacking order: the grid at the back, then the focused cell, hand-offs, cards, and headers on top. */
export const Z_INDEX = { grid: 0, cell: 1, card: 2, header: 3 } as const;

/** Clicks go through to the pane: panning, the marquee and double-click-to-add work over cells. */
const PASS_THROUGH_STYLE = { pointerEvents: 'none' } as const;

/**
 * The last card node built per touchpoint object, for one set of layout options. An edit re-projects every
 * card but changes few of them; the rest are handed back as the very same objects (nodes are never changed
 * once built). Likewise the last edge per hand-off object.
 */
let cardNodes: { options: LayoutOptions; nodes: WeakMap<Touchpoint, LastCard> } | null = null;
const lastHandoffEdge = new WeakMap<Handoff, HandoffEdge>();
/** The last header node per stage and per silo object. */
const lastStageHeader = new WeakMap<Stage, StageHeaderNode>();
const lastSiloHeader = new WeakMap<Silo, SiloHeaderNode>();

/** True when a node built earlier sits exactly in `box`. */
function sameBox(node: FlowNode, box: { x: number; y: number; width: number; height: number }): boolean {
  return node.position.x === box.x && node.position.y === box.y && node.width === box.width && node.height === box.height;
}

/**
 * A card node with what it was built from besides its touchpoint: an edit re-projects every card, and
 * comparing these few values is enough to hand the node back without building its accessible name.
 */
interface LastCard {
  node: CardNode;
  stageName: string;
  silo: Silo | undefined;
  marksText: string;
}

function cardNodesFor(options: LayoutOptions): WeakMap<Touchpoint, LastCard> {
  if (cardNodes?.options !== options) cardNodes = { options, nodes: new WeakMap() };
  return cardNodes.nodes;
}

/** The last name built per touchpoint object: an edit re-projects every card but changes few of them. */
const cardNameCache = new WeakMap<Touchpoint, { stageName: string; siloName: string; label: string }>();

function touchpointLabel(touchpoint: Touchpoint, stageName: string, siloName: string): string {
  const cached = cardNameCache.get(touchpoint);
  if (cached && cached.stageName === stageName && cached.siloName === siloName) return cached.label;
  const label = buildTouchpointLabel(touchpoint, stageName, siloName);
  cardNameCache.set(touchpoint, { stageName, siloName, label });
  return label;
}

function buildTouchpointLabel(touchpoint: Touchpoint, stageName: string, siloName: string): string {
  const parts = [
    CHANNEL_LABELS[touchpoint.channel],
    INTENT_LABELS[touchpoint.intent],
    `customer ${emotionText(touchpoint.emotion)}`,
  ];
  if (touchpoint.day !== null) parts.push(`day ${touchpoint.day}`);
  parts.push(touchpoint.initiator === 'customer' ? 'started by the customer' : 'started by the company');
  return `${touchpoint.title}, ${parts.join(', ')}. In ${stageName}, ${siloName}`;
}

/**
 * The accessible name of a hand-off ("Hand-off from A to B, cross-silo: label, owned by C"); a flagged
 * unowned cross-silo hand-off says so in words.
 */
export function handoffLabel(
  fromTitle: string,
  toTitle: string,
  crossSilo: boolean,
  label: string,
  ownerName: string | null,
  unowned = false,
): string {
  const kind = crossSilo ? 'cross-silo' : 'within one silo';
  const text = label.trim() ? `: ${label.trim()}` : '';
  const owner = ownerName ? `owned by ${ownerName}` : 'no owner';
  const flag = unowned ? '. Warning: unowned hand-off, nobody makes sure it goes well' : '';
  return `Hand-off from ${fromTitle} to ${toTitle}, ${kind}${text}, ${owner}${flag}`;
}

/** The accessible name of a stage header: its name and position, then its status in words. */
export function stageHeaderLabel(name: string, position: number, count: number, badge: StageBadge | undefined): string {
  const base = `${name}, stage ${position} of ${count}`;
  if (!badge) return base;
  const problem = badge.status === 'ok' ? '' : `: ${badge.label}`;
  const total = badge.findingCount > 1 ? `, ${badge.findingCount} findings` : '';
  return `${base}, ${statusLabel(badge.status)}${problem}${total}`;
}

/** The words a card's accessible name ends with for its marks ("" when it has none). */
function touchpointMarksText(marks: TouchpointMarks | undefined, titleOf: (touchpointId: string) => string): string {
  if (!marks) return '';
  let text = '';
  if (marks.conflictsWith.length > 0) text += `. Conflict: clashes with ${marks.conflictsWith.map(titleOf).join(' and ')}`;
  if (marks.unowned) text += '. No owner: no silo is responsible for it';
  return text;
}

/**
 * The node that draws every cell behind the cards (one node, not one per cell: a 1,000-card map has
 * thousands of cells). Null when the grid has no column or no lane.
 */
export function projectGrid(layout: JourneyLayout, marks: DiagnosisMarks): GridNode | null {
  const firstColumn = layout.columns[0];
  const firstLane = layout.lanes[0];
  if (!firstColumn || !firstLane) return null;
  const origin = { x: firstColumn.x, y: firstLane.y };
  return placeNode<GridNode>({
    id: GRID_NODE_ID,
    type: 'grid',
    position: origin,
    width: layout.width - origin.x,
    height: layout.height - origin.y,
    data: {
      columns: layout.columns.map((column) => ({
        stageId: column.stageId,
        x: column.x - origin.x,
        width: column.width,
        status: marks.stages.get(column.stageId)?.status ?? null,
      })),
      lanes: layout.lanes.map((lane) => ({ siloId: lane.siloId, y: lane.y - origin.y, height: lane.height })),
    },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    style: PASS_THROUGH_STYLE,
    zIndex: Z_INDEX.grid,
    domAttributes: { 'aria-hidden': true },
  });
}

/**
 * The node of one cell, made only for the cell holding the keyboard focus (so an empty cell can be
 * focused and N adds a card there). Clicks go through it to the pane.
 */
export function focusedCellNode(
  map: Pick<JourneyMap, 'stages' | 'silos'>,
  layout: JourneyLayout,
  cell: CellRef,
): CellNode | null {
  const box = layout.cellByKey.get(cellKey(cell.stageId, cell.siloId));
  if (!box) return null;
  const stageName = map.stages.find((stage) => stage.id === box.stageId)?.name ?? '';
  const siloName =
    box.siloId === null ? NO_OWNER_LABEL : (map.silos.find((silo) => silo.id === box.siloId)?.name ?? NO_OWNER_LABEL);
  const count = box.touchpointIds.length;
  return placeNode<CellNode>({
    id: nodeIdOf({ kind: 'cell', stageId: box.stageId, siloId: box.siloId }),
    type: 'cell',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    data: { stageId: box.stageId, siloId: box.siloId, count },
    draggable: false,
    selectable: false,
    connectable: false,
    style: PASS_THROUGH_STYLE,
    zIndex: Z_INDEX.cell,
    ariaRole: 'gridcell',
    ariaLabel: `${stageName}, ${siloName}: ${count === 0 ? 'empty' : `${count} touchpoint${count === 1 ? '' : 's'}`}`,
    domAttributes: { tabIndex: -1 },
  });
}

/** The header node of a stage's column: the last one built for the stage object when nothing about it changed. */
export function projectStageHeader(
  stage: Stage,
  column: ColumnBox,
  columnCount: number,
  badge: StageBadge | undefined,
): StageHeaderNode {
  const ariaLabel = stageHeaderLabel(stage.name, column.index + 1, columnCount, badge);
  // The label says the name, position and count; the stage object holds the rest.
  const last = lastStageHeader.get(stage);
  if (
    last &&
    sameBox(last, column.header) &&
    last.ariaLabel === ariaLabel &&
    last.data.status === (badge?.status ?? null) &&
    last.data.badge === (badge?.label ?? '') &&
    last.data.findingCount === (badge?.findingCount ?? 0)
  )
    return last;
  const node = placeNode<StageHeaderNode>({
    id: nodeIdOf({ kind: 'stage', stageId: stage.id }),
    type: 'stageHeader',
    position: { x: column.header.x, y: column.header.y },
    width: column.header.width,
    height: column.header.height,
    data: {
      stageId: stage.id,
      name: stage.name,
      customerGoal: stage.customerGoal,
      position: column.index + 1,
      count: columnCount,
      status: badge?.status ?? null,
      badge: badge?.label ?? '',
      findingCount: badge?.findingCount ?? 0,
    },
    connectable: false,
    zIndex: Z_INDEX.header,
    ariaRole: 'columnheader',
    ariaLabel,
    domAttributes: { tabIndex: -1 },
  });
  lastStageHeader.set(stage, node);
  return node;
}

/** The header node of a lane (`silo` undefined for "No owner"): the last one built for the silo object when it still fits. */
function projectSiloHeader(lane: LaneBox, silo: Silo | undefined): SiloHeaderNode {
  const last = silo ? lastSiloHeader.get(silo) : undefined;
  if (last && sameBox(last, lane.header)) return last;
  const name = silo?.name ?? NO_OWNER_LABEL;
  const node = placeNode<SiloHeaderNode>({
    id: nodeIdOf({ kind: 'silo', siloId: lane.siloId }),
    type: 'siloHeader',
    position: { x: lane.header.x, y: lane.header.y },
    width: lane.header.width,
    height: lane.header.height,
    data: { siloId: lane.siloId, name, color: silo?.color ?? null, lead: silo?.lead ?? '' },
    connectable: false,
    draggable: silo !== undefined,
    selectable: silo !== undefined,
    zIndex: Z_INDEX.header,
    ariaRole: 'rowheader',
    ariaLabel: silo
      ? `${name}, silo${silo.lead.trim() ? `, lead ${silo.lead.trim()}` : ''}`
      : `${NO_OWNER_LABEL}, touchpoints no silo owns`,
    domAttributes: { tabIndex: -1 },
  });
  if (silo) lastSiloHeader.set(silo, node);
  return node;
}

/** What the cards of one projection are built with besides their touchpoint and box. */
export interface CardContext {
  stageById: ReadonlyMap<string, Stage>;
  siloById: ReadonlyMap<string, Silo>;
  marks: DiagnosisMarks;
  /** A touchpoint's title by id (the id itself when there is none): clash partners are named by it. */
  titleOf: (touchpointId: string) => string;
  options: LayoutOptions;
}

/** The card node of `touchpoint` in `box`: the last one built for the touchpoint object when nothing about it changed. */
export function projectCard(touchpoint: Touchpoint, box: Rect, context: CardContext): CardNode {
  const lane = touchpoint.siloId === null ? undefined : context.siloById.get(touchpoint.siloId);
  const stageName = context.stageById.get(touchpoint.stageId)?.name ?? '';
  const cardMarks = context.marks.touchpoints.get(touchpoint.id);
  const marksText = touchpointMarksText(cardMarks, context.titleOf);
  // Most cards are the same as in the last projection: hand that node back when the touchpoint object,
  // its box, stage name, silo and marks are (same layout options, so the same title lines).
  const lastCardNode = cardNodesFor(context.options);
  const last = lastCardNode.get(touchpoint);
  if (last && sameBox(last.node, box) && last.stageName === stageName && last.silo === lane && last.marksText === marksText)
    return last.node;
  const conflict = (cardMarks?.conflictsWith.length ?? 0) > 0;
  const unowned = cardMarks?.unowned ?? false;
  const siloColor = lane?.color ?? null;
  const ariaLabel = touchpointLabel(touchpoint, stageName, lane?.name ?? NO_OWNER_LABEL) + marksText;
  const domAttributes = { tabIndex: -1, 'data-kind': 'touchpoint' };
  const node: CardNode = placeNode<CardNode>({
    id: nodeIdOf({ kind: 'card', touchpointId: touchpoint.id }),
    type: 'touchpoint',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    handles: cardHandles(box.width, box.height),
    data: { touchpoint, siloColor, titleLines: titleLines(touchpoint.title, context.options), conflict, unowned },
    zIndex: Z_INDEX.card,
    ariaRole: 'button',
    ariaLabel,
    domAttributes,
  });
  lastCardNode.set(touchpoint, { node, stageName, silo: lane, marksText });
  return node;
}

/** The edge of a hand-off between the cards of `from` and `to`: the last one built for the hand-off object when its name is the same. */
export function projectHandoff(
  handoff: Handoff,
  from: Touchpoint,
  to: Touchpoint,
  siloById: ReadonlyMap<string, Silo>,
  marks: DiagnosisMarks,
): HandoffEdge {
  const crossSilo = from.siloId !== to.siloId;
  const owner = handoff.ownerSiloId === null ? null : (siloById.get(handoff.ownerSiloId)?.name ?? null);
  const unowned = marks.unownedHandoffIds.has(handoff.id);
  const ariaLabel = handoffLabel(from.title, to.title, crossSilo, handoff.label, owner, unowned);
  // Like cards, an unchanged hand-off keeps its edge object (the hand-off object fixes its two ends).
  const last = lastHandoffEdge.get(handoff);
  if (last && last.ariaLabel === ariaLabel) return last;
  const edge: HandoffEdge = {
    id: edgeIdOf(handoff.id),
    type: 'handoff',
    source: nodeIdOf({ kind: 'card', touchpointId: from.id }),
    target: nodeIdOf({ kind: 'card', touchpointId: to.id }),
    data: { handoffId: handoff.id, label: handoff.label, crossSilo, ownerName: owner, unowned },
    markerEnd: crossSilo
      ? { type: MarkerType.Arrow, width: 22, height: 22, strokeWidth: 1.5 }
      : { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    className: `jm-handoff${crossSilo ? ' jm-handoff--cross' : ''}${unowned ? ' jm-handoff--unowned' : ''}`,
    zIndex: 1,
    focusable: false,
    ariaRole: 'group',
    ariaLabel,
    domAttributes: {
      'data-kind': 'handoff',
      'data-cross-silo': crossSilo ? 'true' : 'false',
      'data-unowned': unowned ? 'true' : 'false',
    } as HandoffEdge['domAttributes'],
  };
  lastHandoffEdge.set(handoff, edge);
  return edge;
}

/**
 * Projects the map and its layout onto React Flow nodes (the grid, headers, cards) and hand-off edges,
 * with the diagnosis `marks` copied in as plain values (so unmarked nodes compare equal across edits).
 */
export function projectToFlow(
  map: Pick<JourneyMap, 'stages' | 'silos' | 'touchpoints' | 'handoffs'>,
  layout: JourneyLayout,
  marks: DiagnosisMarks = NO_MARKS,
): FlowProjection {
  const stageById = itemsById(map.stages);
  const siloById = itemsById(map.silos);
  const nodes: FlowNode[] = [];

  const grid = projectGrid(layout, marks);
  if (grid) nodes.push(grid);

  for (const column of layout.columns) {
    const stage = stageById.get(column.stageId);
    if (stage) nodes.push(projectStageHeader(stage, column, layout.columns.length, marks.stages.get(stage.id)));
  }
  for (const lane of layout.lanes) {
    nodes.push(projectSiloHeader(lane, lane.siloId === null ? undefined : siloById.get(lane.siloId)));
  }

  const titleOf = (touchpointId: string): string => touchpointsById(map.touchpoints).get(touchpointId)?.title ?? touchpointId;
  const context: CardContext = { stageById, siloById, marks, titleOf, options: layout.options };
  const touchpointById = new Map<string, Touchpoint>();
  for (const touchpoint of map.touchpoints) {
    const box = layout.cards.get(touchpoint.id);
    if (!box || touchpointById.has(touchpoint.id)) continue;
    touchpointById.set(touchpoint.id, touchpoint);
    nodes.push(projectCard(touchpoint, box, context));
  }

  const edges: HandoffEdge[] = [];
  for (const handoff of map.handoffs) {
    const from = touchpointById.get(handoff.fromTouchpointId);
    const to = touchpointById.get(handoff.toTouchpointId);
    if (from && to) edges.push(projectHandoff(handoff, from, to, siloById, marks));
  }
  return { nodes, edges };
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keysA = Object.keys(a) as (keyof typeof a)[];
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.is(a[key], b[key]));
}

function sameItemsBy<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => shallowEqual(item, b[index]));
}

/** Node data compared by value: the grid's lists of columns and lanes item by item, other data shallowly. */
function sameData(a: FlowNode, b: FlowNode): boolean {
  if (a.type === 'grid' && b.type === 'grid')
    return sameItemsBy(a.data.columns, b.data.columns) && sameItemsBy(a.data.lanes, b.data.lanes);
  return shallowEqual(a.data, b.data);
}

/** True when two nodes of the same id draw and say the same (what the projection varies, compared by value). */
export function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.ariaLabel === b.ariaLabel &&
    a.draggable === b.draggable &&
    a.selectable === b.selectable &&
    sameData(a, b) &&
    shallowEqual(a.domAttributes, b.domAttributes)
  );
}

/** True when two edges of the same id draw and say the same. */
export function sameEdge(a: HandoffEdge, b: HandoffEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.ariaLabel === b.ariaLabel &&
    a.className === b.className &&
    shallowEqual(a.data, b.data)
  );
}

/**
 * The objects of `next` in order, each replaced by its equal in `previous` where there is one; the
 * `previous` list itself when every object is reused (so React Flow is not handed a changed list at all).
 */
function reuseEqual<T extends { id: string }>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): T[] {
  // Lists keep their order across most edits: look at the same index first, by id only when that misses.
  let byId: Map<string, T> | null = null;
  let allReused = previous.length === next.length;
  const result = next.map((item, index) => {
    const atIndex = previous[index];
    let kept = atIndex !== undefined && atIndex.id === item.id ? atIndex : undefined;
    if (kept === undefined) {
      byId ??= new Map(previous.map((old) => [old.id, old]));
      kept = byId.get(item.id);
    }
    const reused = kept !== undefined && (kept === item || same(kept, item)) ? kept : item;
    if (reused !== atIndex) allReused = false;
    return reused;
  });
  return allReused ? (previous as T[]) : result;
}

/** `next`, reusing each object of `previous` that did not change (so React Flow skips it), and whole lists likewise. */
export function reuseUnchanged(previous: FlowProjection | null, next: FlowProjection): FlowProjection {
  if (!previous) return next;
  return { nodes: reuseEqual(previous.nodes, next.nodes, sameNode), edges: reuseEqual(previous.edges, next.edges, sameEdge) };
}

/** View flags for nodes: which are selected and which one holds the roving tab stop. */
export interface NodeFlags {
  selectedNodeIds: ReadonlySet<string>;
  tabStopNodeId: string | null;
}

/** Applies selection and the roving tab stop, returning the same array when nothing changes. */
export function applyNodeFlags(nodes: readonly FlowNode[], flags: NodeFlags): FlowNode[] {
  let changed = false;
  const result = nodes.map((node) => {
    const selected = flags.selectedNodeIds.has(node.id);
    const tabIndex = node.id === flags.tabStopNodeId ? 0 : -1;
    if (Boolean(node.selected) === selected && node.domAttributes?.tabIndex === tabIndex) return node;
    changed = true;
    return { ...node, selected, domAttributes: { ...node.domAttributes, tabIndex } } as FlowNode;
  });
  return changed ? result : (nodes as FlowNode[]);
}

/** Applies the hand-off selection, returning the same array when nothing changes. */
export function applyEdgeFlags(edges: readonly HandoffEdge[], selectedEdgeIds: ReadonlySet<string>): HandoffEdge[] {
  let changed = false;
  const result = edges.map((edge) => {
    const selected = selectedEdgeIds.has(edge.id);
    if (Boolean(edge.selected) === selected) return edge;
    changed = true;
    return { ...edge, selected };
  });
  return changed ? result : (edges as HandoffEdge[]);
}
