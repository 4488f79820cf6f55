/**
 * The canvas side of the workshop features: lays out and projects the notes, parking lot, emotion curve
 * and fast-capture form, drags notes between the parking lot and the stage columns (one undo step per
 * drop; Esc cancels the drag), and chains fast capture from the title editor of a card added with N.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useReactFlow, type NodePositionChange, type XYPosition } from '@xyflow/react';
import type { JourneyLayout, Rect } from '../../shared/layout/grid-layout';
import { layoutWorkshop, noteDropTargetAt, type WorkshopLayout } from '../../shared/layout/workshop-layout';
import { useDocument } from '../store/document-store';
import type { ViewStore } from '../store/view-store';
import { placeNode } from './flow-types';
import type { CanvasActions } from './canvas-actions';
import { useCaptureChain, watchCaptureTitleKey } from './fast-capture';
import { pointerOf } from './use-canvas-drag';
import { applyNoteTabStop, captureDraftNode, projectWorkshop } from './workshop-to-flow';
import { noteIdOf, noteNodeId, type WorkshopNode } from './workshop-types';
import { useWorkshopView, useWorkshopViewApi } from './workshop-view';

/** Workshop nodes, handlers and layout for the journey canvas. */
export function useWorkshopCanvas(
  layout: JourneyLayout,
  actions: CanvasActions,
  viewStore: ViewStore,
  ensureVisible: (rect: Rect) => void,
) {
  const workshopView = useWorkshopViewApi();
  const { screenToFlowPosition } = useReactFlow();
  const stages = useDocument((state) => state.map.stages);
  const silos = useDocument((state) => state.map.silos);
  const touchpoints = useDocument((state) => state.map.touchpoints);
  const notes = useDocument((state) => state.map.notes);
  const capture = useWorkshopView((state) => state.capture);
  const noteTabStop = useWorkshopView((state) => state.noteTabStop);
  const [dragged, setDragged] = useState<{ id: string; position: XYPosition } | null>(null);

  // Each layout and projection starts from the last one, so an edit costs what it changed.
  const previousLayout = useRef<WorkshopLayout | null>(null);
  const workshopLayout = useMemo(() => {
    const next = layoutWorkshop({ notes, touchpoints }, layout, {}, previousLayout.current);
    previousLayout.current = next;
    return next;
  }, [notes, touchpoints, layout]);
  const previousNodes = useRef<WorkshopNode[] | null>(null);
  const projected = useMemo(() => {
    const next = projectWorkshop({ stages, notes }, layout, workshopLayout, previousNodes.current);
    previousNodes.current = next;
    return next;
  }, [stages, notes, layout, workshopLayout]);

  const nodes = useMemo(() => {
    let list: WorkshopNode[] = applyNoteTabStop(projected, noteTabStop === null ? null : noteNodeId(noteTabStop));
    if (dragged)
      list = list.map((node) =>
        node.id === dragged.id ? placeNode({ ...node, position: dragged.position, dragging: true }) : node,
      );
    const draft = capture ? captureDraftNode(capture, { stages, silos }, layout) : null;
    return draft ? [...list, draft] : list;
  }, [projected, noteTabStop, dragged, capture, stages, silos, layout]);

  useCaptureChain(viewStore, workshopView, actions);

  // The capture form's cell is gone (undo, another file): the form closes rather than lingering unseen.
  const captureLost = capture !== null && !nodes.some((node) => node.type === 'captureDraft');
  useEffect(() => {
    if (captureLost) workshopView.getState().closeCapture();
  }, [captureLost, workshopView]);

  // A note or the capture form that takes the keyboard focus is scrolled into view.
  const latestLayout = useRef(workshopLayout);
  latestLayout.current = workshopLayout;
  const noteFocusRequest = useWorkshopView((state) => state.noteFocus?.request ?? 0);
  useEffect(() => {
    const noteId = workshopView.getState().noteFocus?.noteId;
    const box = noteId === undefined ? undefined : latestLayout.current.notes.notes.get(noteId);
    if (box) ensureVisible(box);
  }, [noteFocusRequest, workshopView, ensureVisible]);
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  const captureSerial = capture?.serial ?? 0;
  useEffect(() => {
    const draft = latestNodes.current.find((node) => node.type === 'captureDraft');
    if (draft) ensureVisible({ ...draft.position, width: draft.width ?? 0, height: draft.height ?? 0 });
  }, [captureSerial, ensureVisible]);

  // A note drag under way, and whether Esc cancelled it: until the mouse is released the note stays
  // where it was and the rest of the drag is ignored (the same as a card drag, see `useCanvasDrag`).
  const noteDragging = useRef(false);
  const noteDragCancelled = useRef(false);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !noteDragging.current || noteDragCancelled.current) return;
      event.preventDefault();
      event.stopPropagation();
      noteDragCancelled.current = true;
      setDragged(null);
      workshopView.getState().setNoteDrop(null);
      viewStore.getState().announce('Drag cancelled');
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [viewStore, workshopView]);

  /** Keeps the position of a note being dragged (view state only: the map changes on drop). */
  const trackNotePositions = useCallback((changes: readonly NodePositionChange[]) => {
    if (noteDragCancelled.current) return;
    for (const change of changes)
      if (change.position && noteIdOf(change.id)) {
        if (change.dragging === true) noteDragging.current = true;
        setDragged({ id: change.id, position: change.position });
      }
  }, []);

  const onNoteDrag = useCallback(
    (event: MouseEvent | TouchEvent) => {
      noteDragging.current = true;
      if (noteDragCancelled.current) return;
      const point = screenToFlowPosition(pointerOf(event));
      workshopView.getState().setNoteDrop(noteDropTargetAt(layout, workshopLayout, point));
    },
    [layout, workshopLayout, screenToFlowPosition, workshopView],
  );

  /**
   * Drops a note: into the stage column or the parking lot under the pointer (one undo step), else back
   * where it was. A drag cancelled with Esc changes nothing.
   */
  const onNoteDragStop = useCallback(
    (event: MouseEvent | TouchEvent, nodeId: string) => {
      const noteId = noteIdOf(nodeId);
      const cancelled = noteDragCancelled.current;
      noteDragging.current = false;
      noteDragCancelled.current = false;
      setDragged(null);
      workshopView.getState().setNoteDrop(null);
      if (noteId === null || cancelled) return;
      const target = noteDropTargetAt(layout, workshopLayout, screenToFlowPosition(pointerOf(event)));
      if (target) actions.moveNoteTo(noteId, target.kind === 'stage' ? target.stageId : null);
      workshopView.getState().focusNote(noteId);
    },
    [actions, layout, workshopLayout, screenToFlowPosition, workshopView],
  );

  /** Sees keys typed into a fast-capture title editor before the editor does (see `watchCaptureTitleKey`). */
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!watchCaptureTitleKey(event, viewStore, workshopView)) return;
      event.preventDefault();
      if (event.target instanceof HTMLElement) event.target.blur();
    },
    [viewStore, workshopView],
  );

  /** Remembers the focused note as the notes' tab stop. */
  const onNodeFocus = useCallback(
    (nodeId: string) => {
      const noteId = noteIdOf(nodeId);
      if (noteId !== null) workshopView.getState().setNoteTabStop(noteId);
    },
    [workshopView],
  );

  return {
    nodes,
    workshopLayout,
    trackNotePositions,
    onNoteDrag,
    onNoteDragStop,
    onKeyDownCapture,
    onNodeFocus,
  };
}
