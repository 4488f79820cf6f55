/**
 * Dragging on the canvas: cards into cells, stage headers along the columns, silo headers along the lanes.
 * While dragging, a ghost of the dragged nodes follows the pointer (drag-ghost.ts) and the drop preview
 * shows where they would land; the map changes once, on drop, so a whole drag is one undo step. Esc cancels
 * the drag.
 */
import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent } from 'react';
import { useReactFlow, type NodeChange, type XYPosition } from '@xyflow/react';
import type { JourneyLayout } from '../../shared/layout/grid-layout';
import {
  cellAt,
  insertionIndexAt,
  insertionIndicator,
  siloDropIndexAt,
  siloDropIndicator,
  stageDropIndexAt,
  stageDropIndicator,
} from '../../shared/layout/hit-test';
import type { DropPreview, ViewStore } from '../store/view-store';
import type { CanvasActions } from './canvas-actions';
import { clearDragGhost, moveDragGhost, showDragGhost } from './drag-ghost';
import { gridItemOf, type FlowNode } from './flow-types';

type DragSession =
  | { kind: 'cards'; ids: string[]; moving: ReadonlySet<string> }
  | { kind: 'stage'; stageId: string }
  | { kind: 'silo'; siloId: string };

/** The pointer position of a mouse or touch event, in screen coordinates. */
export function pointerOf(event: MouseEvent | TouchEvent | ReactMouseEvent): XYPosition {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

function sessionFor(node: FlowNode, nodes: readonly FlowNode[]): DragSession | null {
  const item = gridItemOf(node.id);
  if (item?.kind === 'card') {
    const ids = nodes
      .map((dragged) => gridItemOf(dragged.id))
      .flatMap((dragged) => (dragged?.kind === 'card' ? [dragged.touchpointId] : []));
    return { kind: 'cards', ids, moving: new Set(ids) };
  }
  if (item?.kind === 'stage') return { kind: 'stage', stageId: item.stageId };
  if (item?.kind === 'silo' && item.siloId !== null) return { kind: 'silo', siloId: item.siloId };
  return null;
}

/** Where a drag would land now: the cell, column boundary or lane boundary under the pointer. */
function dropFor(session: DragSession, layout: JourneyLayout, pointer: XYPosition): DropPreview | null {
  if (session.kind === 'cards') {
    const cell = cellAt(layout, pointer);
    if (!cell) return null;
    const index = insertionIndexAt(layout, cell, pointer, session.moving);
    return { kind: 'cell', cell, index, indicator: insertionIndicator(layout, cell, index, session.moving) };
  }
  if (session.kind === 'stage') {
    const index = stageDropIndexAt(layout, pointer.x, session.stageId);
    return { kind: 'stage', index, indicator: stageDropIndicator(layout, index, session.stageId) };
  }
  const index = siloDropIndexAt(layout, pointer.y, session.siloId);
  return { kind: 'silo', index, indicator: siloDropIndicator(layout, index, session.siloId) };
}

/** On React Flow's root while something is dragged: the pointer shows a closed hand wherever it is. */
const DRAGGING_CLASS = 'jm-dragging';

/** Where the ghost was shown: the dragged nodes' positions when the drag started. */
type GhostOrigin = ReadonlyMap<string, XYPosition>;

/** How far the ghost has moved: the first tracked node's offset, kept in its column or lane for headers. */
function ghostOffset(session: DragSession, origin: GhostOrigin, changes: readonly NodeChange<FlowNode>[]): XYPosition | null {
  for (const change of changes) {
    if (change.type !== 'position' || !change.position) continue;
    const start = origin.get(change.id);
    if (!start) continue;
    return {
      x: session.kind === 'silo' ? 0 : change.position.x - start.x,
      y: session.kind === 'stage' ? 0 : change.position.y - start.y,
    };
  }
  return null;
}

/** Drag handlers for React Flow, and the ref of the layer (DragGhostLayer) the dragged nodes' ghost is drawn in. */
export function useCanvasDrag(layout: JourneyLayout, actions: CanvasActions, viewStore: ViewStore) {
  const { screenToFlowPosition } = useReactFlow();
  const ghostLayer = useRef<HTMLDivElement | null>(null);
  const ghostOrigin = useRef<GhostOrigin | null>(null);
  const session = useRef<DragSession | null>(null);
  const cancelled = useRef(false);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const hideGhost = useCallback(() => {
    ghostOrigin.current = null;
    const layer = ghostLayer.current;
    if (!layer) return;
    clearDragGhost(layer);
    layer.closest('.react-flow')?.classList.remove(DRAGGING_CLASS);
  }, []);

  const cancel = useCallback(() => {
    cancelled.current = true;
    hideGhost();
    viewStore.getState().setDrop(null);
    viewStore.getState().announce('Drag cancelled');
  }, [viewStore, hideGhost]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !session.current || cancelled.current) return;
      event.preventDefault();
      event.stopPropagation();
      cancel();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [cancel]);

  /** Moves the ghost with React Flow's position changes of the dragged nodes (the nodes themselves stay). */
  const trackPositions = useCallback((changes: NodeChange<FlowNode>[]) => {
    const current = session.current;
    const origin = ghostOrigin.current;
    const layer = ghostLayer.current;
    if (!current || !origin || !layer || cancelled.current) return;
    const offset = ghostOffset(current, origin, changes);
    if (offset) moveDragGhost(layer, offset);
  }, []);

  const onNodeDragStart = useCallback((_event: unknown, node: FlowNode, nodes: FlowNode[]) => {
    cancelled.current = false;
    const dragged = nodes.length ? nodes : [node];
    session.current = sessionFor(node, dragged);
    const layer = ghostLayer.current;
    if (!session.current || !layer) return;
    const root = layer.closest('.react-flow');
    const sources = dragged.map(({ id, position }) => ({ id, position }));
    if (!showDragGhost(layer, root ?? document, sources)) return;
    ghostOrigin.current = new Map(sources.map(({ id, position }) => [id, position]));
    root?.classList.add(DRAGGING_CLASS);
  }, []);

  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent) => {
      const current = session.current;
      if (!current || cancelled.current) return;
      const pointer = screenToFlowPosition(pointerOf(event));
      viewStore.getState().setDrop(dropFor(current, layoutRef.current, pointer));
    },
    [screenToFlowPosition, viewStore],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: FlowNode) => {
      const current = session.current;
      session.current = null;
      hideGhost();
      viewStore.getState().setDrop(null);
      if (!current || cancelled.current) {
        cancelled.current = false;
        return;
      }
      const pointer = screenToFlowPosition(pointerOf(event));
      const drop = dropFor(current, layoutRef.current, pointer);
      const item = gridItemOf(node.id);
      if (current.kind === 'cards' && drop?.kind === 'cell') actions.moveCards(current.ids, drop.cell, drop.index);
      else if (current.kind === 'stage' && drop?.kind === 'stage') actions.moveStageTo(current.stageId, drop.index);
      else if (current.kind === 'silo' && drop?.kind === 'silo') actions.moveSiloTo(current.siloId, drop.index);
      if (item) viewStore.getState().setFocus(item, true);
    },
    [actions, screenToFlowPosition, viewStore, hideGhost],
  );

  return { ghostLayer, trackPositions, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
