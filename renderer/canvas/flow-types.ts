/** The React Flow node and edge shapes the canvas draws, and how their ids map to the grid. */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { cellKey, cellOfKey } from '../../shared/layout/grid-layout';
import type { GridItem } from '../../shared/layout/grid-navigation';
import type { StageStatus } from '../../shared/analysis';
import type { Touchpoint } from '../../shared/model/types';

export type StageHeaderData = {
  stageId: string;
  name: string;
  customerGoal: string;
  position: number;
  count: number;
  /** The stage's diagnosis (null before the map is analysed) and the badge text naming its worst problem. */
  status: StageStatus | null;
  badge: string;
  findingCount: number;
};

export type SiloHeaderData = {
  siloId: string | null;
  name: string;
  color: string | null;
  lead: string;
};

export type CellData = {
  stageId: string;
  siloId: string | null;
  count: number;
};

export type GridData = {
  /** Columns and lanes relative to the grid node's top-left corner. */
  columns: readonly { stageId: string; x: number; width: number; status: StageStatus | null }[];
  lanes: readonly { siloId: string | null; y: number; height: number }[];
};

export type CardData = {
  touchpoint: Touchpoint;
  siloColor: string | null;
  titleLines: number;
  /** Its message clashes with another silo's reaching the customer at the same time. */
  conflict: boolean;
  /** No silo owns it. */
  unowned: boolean;
};

export type HandoffData = {
  handoffId: string;
  label: string;
  crossSilo: boolean;
  /** The silo that owns the hand-off, by name. */
  ownerName: string | null;
  /** A cross-silo hand-off nobody owns (a finding). */
  unowned: boolean;
};

export type StageHeaderNode = Node<StageHeaderData, 'stageHeader'>;
export type SiloHeaderNode = Node<SiloHeaderData, 'siloHeader'>;
export type CellNode = Node<CellData, 'cell'>;
export type GridNode = Node<GridData, 'grid'>;
export type CardNode = Node<CardData, 'touchpoint'>;
export type FlowNode = StageHeaderNode | SiloHeaderNode | CellNode | GridNode | CardNode;
export type HandoffEdge = Edge<HandoffData, 'handoff'>;

const NO_OWNER_NODE_ID = 'no-owner';

/** The id of the one node that draws the grid's cells behind the cards. */
export const GRID_NODE_ID = 'grid';

/** The React Flow node id of a grid item. */
export function nodeIdOf(item: GridItem): string {
  switch (item.kind) {
    case 'stage':
      return `stage:${item.stageId}`;
    case 'silo':
      return item.siloId === null ? NO_OWNER_NODE_ID : `silo:${item.siloId}`;
    case 'card':
      return `tp:${item.touchpointId}`;
    case 'cell':
      return `cell:${cellKey(item.stageId, item.siloId)}`;
  }
}

/** The grid item a React Flow node id stands for, or null for an id the canvas did not make. */
export function gridItemOf(nodeId: string): GridItem | null {
  if (nodeId === NO_OWNER_NODE_ID) return { kind: 'silo', siloId: null };
  const colon = nodeId.indexOf(':');
  if (colon < 0) return null;
  const prefix = nodeId.slice(0, colon);
  const rest = nodeId.slice(colon + 1);
  switch (prefix) {
    case 'stage':
      return { kind: 'stage', stageId: rest };
    case 'silo':
      return { kind: 'silo', siloId: rest };
    case 'tp':
      return { kind: 'card', touchpointId: rest };
    case 'cell': {
      const cell = cellOfKey(rest);
      return cell ? { kind: 'cell', ...cell } : null;
    }
    default:
      return null;
  }
}

/** The React Flow edge id of a hand-off. */
export function edgeIdOf(handoffId: string): string {
  return `ho:${handoffId}`;
}

/** The hand-off id of a React Flow edge id, or null. */
export function handoffIdOf(edgeId: string): string | null {
  return edgeId.startsWith('ho:') ? edgeId.slice(3) : null;
}

/** Sizes of a card's handles in px, as canvas.css draws them (`.jm-handle`, `.jm-handle--source`). */
export const HANDLE_SIZE = { target: 10, source: 14 } as const;

/**
 * Where a card's hand-offs attach: the target handle centred on its left edge, the source handle on its
 * right edge, as canvas.css places them. Declared on the node, so hand-offs are drawn (and a connection can
 * start) without the handles being in the DOM: cards mount them only when they can be used.
 */
export function cardHandles(width: number, height: number): NodeHandle[] {
  const target = HANDLE_SIZE.target;
  const source = HANDLE_SIZE.source;
  return [
    { id: null, type: 'target', position: Position.Left, x: -target / 2, y: height / 2 - target / 2, width: target, height: target },
    { id: null, type: 'source', position: Position.Right, x: width - source / 2, y: height / 2 - source / 2, width: source, height: source },
  ];
}

interface PlaceableNode {
  position: { x: number; y: number };
  width?: number;
  height?: number;
  measured?: { width?: number; height?: number };
  domAttributes?: object;
}

/**
 * Readies a node just built (changed in place) for the canvas: its `measured` size, and its position as
 * `data-x` / `data-y`, from which canvas.css places it with left/top instead of React Flow's per-node
 * transform. A transform per node made a paint chunk per node, and Chromium's layerisation of ~1,200
 * chunks cost about as much as the page's JavaScript on every edit and drag frame of a 1,000-card map.
 * A controlled node without `measured` is treated as never measured: each new object of it (every drag
 * frame of the dragged card, every card a lane change moves) dropped its handle bounds and was observed
 * and measured in the DOM again, with one more store update each time.
 */
export function placeNode<T extends PlaceableNode>(node: T): T {
  if (node.width !== undefined && node.height !== undefined) node.measured = { width: node.width, height: node.height };
  node.domAttributes = { ...node.domAttributes, 'data-x': String(node.position.x), 'data-y': String(node.position.y) };
  return node;
}
