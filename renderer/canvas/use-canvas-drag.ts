/**
 * Dragging on the canvas: cards into cells, stage headers along the columns, silo headers along the lanes.
 * While dragging only view state changes (node positions, the drop preview); the map changes once, on drop,
 * so a whole drag is one undo step. Esc cancels the drag.
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
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

/** Drag handlers for React Flow plus the temporary positions of the nodes being dragged. */
export function useCanvasDrag(layout: JourneyLayout, actions: CanvasActions, viewStore: ViewStore) {
  const { screenToFlowPosition } = useReactFlow();
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const session = useRef<DragSession | null>(null);
  const cancelled = useRef(false);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const cancel = useCallback(() => {
    cancelled.current = true;
    setDragPositions(null);
    viewStore.getState().setDrop(null);
    viewStore.getState().announce('Drag cancelled');
  }, [viewStore]);

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

  /** Keeps the positions of dragged nodes (headers stay in their row or column). */
  const trackPositions = useCallback((changes: NodeChange<FlowNode>[]) => {
    if (cancelled.current) return;
    const moves = changes.filter((change) => change.type === 'position' && change.position);
    if (moves.length === 0) return;
    setDragPositions((previous) => {
      const next = new Map(previous ?? []);
      for (const change of moves) {
        if (change.type !== 'position' || !change.position) continue;
        const item = gridItemOf(change.id);
        const position = { ...change.position };
        if (item?.kind === 'stage') position.y = 0;
        if (item?.kind === 'silo') position.x = 0;
        next.set(change.id, position);
      }
      return next;
    });
  }, []);

  const onNodeDragStart = useCallback((_event: unknown, node: FlowNode, nodes: FlowNode[]) => {
    cancelled.current = false;
    session.current = sessionFor(node, nodes.length ? nodes : [node]);
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
      setDragPositions(null);
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
    [actions, screenToFlowPosition, viewStore],
  );

  return { dragPositions, trackPositions, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
