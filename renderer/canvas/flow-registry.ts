/** The canvas's custom node and edge types, declared once at module scope so React Flow never remounts them. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { CellNode } from './CellNode';
import { GridNode } from './GridNode';
import { HandoffEdge } from './HandoffEdge';
import { SiloHeaderNode } from './SiloHeaderNode';
import { StageHeaderNode } from './StageHeaderNode';
import { TouchpointNode } from './TouchpointNode';

export const NODE_TYPES: NodeTypes = {
  stageHeader: StageHeaderNode,
  siloHeader: SiloHeaderNode,
  cell: CellNode,
  grid: GridNode,
  touchpoint: TouchpointNode,
};

export const EDGE_TYPES: EdgeTypes = {
  handoff: HandoffEdge,
};
