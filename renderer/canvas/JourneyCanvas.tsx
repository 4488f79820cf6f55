import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type NodePositionChange,
  type OnConnectStartParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import './workshop.css';
import type { Rect } from '../../shared/layout/grid-layout';
import { firstGridItem, isOnGrid } from '../../shared/layout/grid-navigation';
import {
  cardAt,
  cellAt,
  insertionIndexAt,
  insertionIndicator,
  siloDropIndexAt,
  siloDropIndicator,
  stageDropIndexAt,
  stageDropIndicator,
} from '../../shared/layout/hit-test';
import { isMacPlatform } from '../shell/use-shortcuts';
import { isTextField } from '../shell/text-fields';
import { useCommandHandler, type AppCommand } from '../shell/commands';
import { selectReviewMode, useDocument, useDocumentStore } from '../store/document-store';
import { useView, useViewStoreApi } from '../store/view-store';
import { createCanvasActions, createLayoutMemo, type TextClipboard } from './canvas-actions';
import { CanvasActionsContext } from './canvas-actions-context';
import { handleCanvasKey } from './canvas-keyboard';
import { CanvasLegend } from './CanvasLegend';
import { CanvasPalette, paletteKindOf } from './CanvasPalette';
import { DropIndicator } from './DropIndicator';
import { DragGhostLayer } from './DragGhostLayer';
import { EDGE_TYPES } from './flow-registry';
import { pruneSelection, selectedEdgeIds, selectedNodeIds, selectionFromFlow } from './flow-selection';
import { gridItemOf, nodeIdOf, type HandoffEdge } from './flow-types';
import { projectToFlowIncrementally, type IncrementalFlowProjection } from './incremental-projection';
import { applyEdgeFlags, applyNodeFlags, focusedCellNode } from './project-to-flow';
import { pointerOf, useCanvasDrag } from './use-canvas-drag';
import { useWorkshopCanvas } from './use-workshop-canvas';
import { CANVAS_NODE_TYPES } from './workshop-registry';
import { isFlowNode, isWorkshopNode, noteIdOf, type CanvasNode } from './workshop-types';
import { useWorkshopViewApi } from './workshop-view';
import { useDiagnosisMarks } from './use-diagnosis-marks';
import { useStableHandler } from './use-stable-handler';
import { OverviewMap } from './OverviewMap';
import type { OverviewRect } from './overview-geometry';
import { FAR_ZOOM, FarZoomContext, fitZoom } from './zoom-detail';

/** Above this many nodes only what is on screen is rendered. */
const VISIBLE_ONLY_THRESHOLD = 1500;
/** How `fitView` frames the map: a margin of 8 % and never enlarged past 100 %. */
const FIT_PADDING = 0.08;
const FIT_MAX_ZOOM = 1;
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM };
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const MIN_ZOOM = 0.05;
/** A keyboard shortcut and the same menu command arriving this close together are one action. */
const DUPLICATE_COMMAND_MS = 400;

const ARIA_LABELS = {
  'node.a11yDescription.default': 'Arrow keys move between cards and headers. Press Enter to rename, Delete to remove.',
  'node.a11yDescription.keyboardDisabled':
    'Arrow keys move between cards and headers. Alt and an arrow key moves the focused card, or every selected card with it. Press N to add a touchpoint, P to add a note, Enter to rename, H to start a hand-off, Delete to remove.',
  'edge.a11yDescription.default': 'A hand-off between two touchpoints.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit to map',
  'controls.interactive.ariaLabel': 'Lock the map',
  'minimap.ariaLabel': 'Overview of the map',
  'handle.ariaLabel': 'Drag to another card to add a hand-off',
};

function systemClipboard(): TextClipboard | null {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function' || typeof clipboard.readText !== 'function') return null;
  return { writeText: (text) => clipboard.writeText(text), readText: () => clipboard.readText() };
}

function minimapColor(node: CanvasNode): string {
  if (node.type === 'note') return node.data.note.color;
  if (node.type === 'touchpoint') return node.data.siloColor ?? '#94a3b8';
  if (node.type === 'stageHeader' || node.type === 'siloHeader') return '#cbd5e1';
  if (node.type === 'grid') return '#f1f5f9';
  return 'transparent';
}

function minimapRect(node: CanvasNode): OverviewRect | null {
  if (node.hidden || node.width === undefined || node.height === undefined) return null;
  return { x: node.position.x, y: node.position.y, width: node.width, height: node.height };
}

/** The interactive journey map: stages as columns, silos as lanes, touchpoints as cards, hand-offs as arrows. */
export function JourneyCanvas() {
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

function CanvasView() {
  const documentStore = useDocumentStore();
  const viewStore = useViewStoreApi();
  const reactFlow = useReactFlow<CanvasNode, HandoffEdge>();
  const workshopView = useWorkshopViewApi();
  const container = useRef<HTMLElement>(null);

  const mapId = useDocument((state) => state.map.id);
  const readOnly = useDocument(selectReviewMode);
  const stages = useDocument((state) => state.map.stages);
  const silos = useDocument((state) => state.map.silos);
  const touchpoints = useDocument((state) => state.map.touchpoints);
  const handoffs = useDocument((state) => state.map.handoffs);
  const selection = useView((state) => state.selection);
  const focus = useView((state) => state.focus);
  const focusRequest = useView((state) => state.focusRequest);
  const announcement = useView((state) => state.announcement);
  const connectingFrom = useView((state) => state.connectingFrom);
  const drawingWholeMap = useView((state) => state.drawingWholeMap);
  const marks = useDiagnosisMarks();

  const [layoutOf] = useState(createLayoutMemo);
  const layout = useMemo(() => layoutOf({ stages, silos, touchpoints }), [layoutOf, stages, silos, touchpoints]);
  const previousProjection = useRef<IncrementalFlowProjection | null>(null);
  const projection = useMemo(() => {
    const map = { id: mapId, stages, silos, touchpoints, handoffs };
    const next = projectToFlowIncrementally(map, layout, marks, previousProjection.current);
    previousProjection.current = next;
    return next.projection;
  }, [mapId, stages, silos, touchpoints, handoffs, layout, marks]);

  const actions = useMemo(
    () => createCanvasActions({ documentStore, viewStore, layoutOf, clipboard: systemClipboard() }),
    [documentStore, viewStore, layoutOf],
  );
  const { ghostLayer, trackPositions, onNodeDragStart, onNodeDrag, onNodeDragStop } = useCanvasDrag(
    layout,
    actions,
    viewStore,
  );

  const tabStopNodeId = useMemo(() => {
    const item = focus && isOnGrid(layout, focus) ? focus : firstGridItem(layout);
    return item ? nodeIdOf(item) : null;
  }, [focus, layout]);
  const focusedCell = useMemo(
    () => (focus?.kind === 'cell' ? focusedCellNode({ stages, silos }, layout, focus) : null),
    [focus, layout, stages, silos],
  );
  const flaggedNodes = useMemo(
    () =>
      applyNodeFlags(focusedCell ? [...projection.nodes, focusedCell] : projection.nodes, {
        selectedNodeIds: selectedNodeIds(selection),
        tabStopNodeId,
      }),
    [projection.nodes, focusedCell, selection, tabStopNodeId],
  );
  const edges = useMemo(
    () => applyEdgeFlags(projection.edges, selectedEdgeIds(selection)),
    [projection.edges, selection],
  );

  // Selection of items that no longer exist (undo, delete, another file) is dropped.
  useEffect(() => {
    const view = viewStore.getState();
    view.select(pruneSelection(view.selection, { stages, silos, touchpoints, handoffs }));
    if (view.connectingFrom !== null && !touchpoints.some((tp) => tp.id === view.connectingFrom))
      view.setConnectingFrom(null);
  }, [viewStore, stages, silos, touchpoints, handoffs]);

  // Another document: show all of it. Until that fit is done, the level of detail follows the zoom the fit
  // will choose, so a big map is not first drawn in full detail only to be redrawn as blocks.
  const [fittedMapId, setFittedMapId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => {
      void reactFlow.fitView(FIT_VIEW_OPTIONS).then(() => {
        if (live) setFittedMapId(mapId);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [mapId, reactFlow]);
  const viewportFar = useStore((state) => state.transform[2] < FAR_ZOOM);
  const far =
    fittedMapId === mapId
      ? viewportFar
      : fitZoom(
          { width: layout.width, height: layout.height },
          { width: window.innerWidth, height: window.innerHeight },
          FIT_PADDING,
          MIN_ZOOM,
          FIT_MAX_ZOOM,
        ) < FAR_ZOOM;

  // The pane's size comes from React Flow's store: measuring the DOM here forced a layout in the middle
  // of every keyboard edit, before React Flow had even rendered it.
  const flowStore = useStoreApi();
  const ensureVisible = useCallback(
    (rect: Rect) => {
      const { transform, width, height } = flowStore.getState();
      const [x, y, zoom] = transform;
      const left = rect.x * zoom + x;
      const top = rect.y * zoom + y;
      const right = left + rect.width * zoom;
      const bottom = top + rect.height * zoom;
      if (left >= 0 && top >= 0 && right <= width && bottom <= height) return;
      void reactFlow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom, duration: 150 });
    },
    [flowStore, reactFlow],
  );

  // Keyboard navigation moves DOM focus to the focused item's element (once React Flow has rendered it).
  useEffect(() => {
    if (focusRequest === 0) return undefined;
    const item = viewStore.getState().focus;
    if (!item) return undefined;
    const nodeId = nodeIdOf(item);
    const node = reactFlow.getNode(nodeId);
    if (node)
      ensureVisible({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 });
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const editing = viewStore.getState().editing;
      if (editing || workshopView.getState().capture) return;
      const element = container.current?.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`,
      );
      if (element) {
        if (document.activeElement !== element) element.focus({ preventScroll: true });
      } else if (tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, viewStore, reactFlow, ensureVisible, workshopView]);

  const workshop = useWorkshopCanvas(layout, actions, viewStore, ensureVisible);
  // Auto-panning while a node is dragged only helps when part of the map is off screen; with all of it in
  // view it would only slide the map away under the pointer (and repaint all of it every frame).
  const mapWidth = workshop.workshopLayout.width;
  const mapHeight = workshop.workshopLayout.height;
  const wholeMapInView = useStore((state) => {
    const [x, y, zoom] = state.transform;
    return x >= 0 && y >= 0 && x + mapWidth * zoom <= state.width && y + mapHeight * zoom <= state.height;
  });
  const canvasNodes = useMemo<CanvasNode[]>(() => [...flaggedNodes, ...workshop.nodes], [flaggedNodes, workshop.nodes]);
  const { trackNotePositions, onNoteDrag, onNoteDragStop, onNodeFocus, onKeyDownCapture } = workshop;
  const onCanvasNodeDragStart = useCallback(
    (event: MouseEvent | TouchEvent, node: CanvasNode, dragged: CanvasNode[]) => {
      if (isFlowNode(node)) onNodeDragStart(event, node, dragged.filter(isFlowNode));
    },
    [onNodeDragStart],
  );
  const onCanvasNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent, node: CanvasNode) => {
      if (isWorkshopNode(node)) onNoteDrag(event);
      else onNodeDrag(event);
    },
    [onNodeDrag, onNoteDrag],
  );
  const onCanvasNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: CanvasNode) => {
      if (isWorkshopNode(node)) onNoteDragStop(event, node.id);
      else onNodeDragStop(event, node);
    },
    [onNodeDragStop, onNoteDragStop],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const moves = changes.filter((change): change is NodePositionChange => change.type === 'position');
      trackPositions(moves.filter((change) => noteIdOf(change.id) === null));
      trackNotePositions(moves);
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const view = viewStore.getState();
      const ids = selectedNodeIds(view.selection);
      for (const change of selects) {
        if (change.type !== 'select') continue;
        if (change.selected) ids.add(change.id);
        else ids.delete(change.id);
      }
      view.select(selectionFromFlow(ids, selectedEdgeIds(view.selection)));
    },
    [trackPositions, trackNotePositions, viewStore],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<HandoffEdge>[]) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const view = viewStore.getState();
      const ids = selectedEdgeIds(view.selection);
      for (const change of selects) {
        if (change.type !== 'select') continue;
        if (change.selected) ids.add(change.id);
        else ids.delete(change.id);
      }
      view.select(selectionFromFlow(selectedNodeIds(view.selection), ids));
    },
    [viewStore],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const from = gridItemOf(connection.source);
      const to = gridItemOf(connection.target);
      if (from?.kind === 'card' && to?.kind === 'card') actions.connect(from.touchpointId, to.touchpointId);
    },
    [actions],
  );

  // The card a hand-off is dragged from keeps its handles while the pointer is elsewhere.
  const onConnectStart = useCallback(
    (_event: MouseEvent | TouchEvent, params: OnConnectStartParams) => {
      const from = params.nodeId === null ? null : gridItemOf(params.nodeId);
      viewStore.getState().setHandleDragFrom(from?.kind === 'card' ? from.touchpointId : null);
    },
    [viewStore],
  );

  // Dropping a connection anywhere on a card (not only on its handle) also makes the hand-off.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      viewStore.getState().setHandleDragFrom(null);
      if (state.isValid || !state.fromNode) return;
      const from = gridItemOf(state.fromNode.id);
      const target = cardAt(layout, reactFlow.screenToFlowPosition(pointerOf(event)));
      if (from?.kind === 'card' && target && target !== from.touchpointId) actions.connect(from.touchpointId, target);
    },
    [actions, layout, reactFlow, viewStore],
  );

  // The card under the pointer mounts its handles (see useShowsHandles); not while something is dragged
  // over it, unless that is a new hand-off looking for its card.
  const onNodeMouseEnter = useCallback(
    (event: ReactMouseEvent, node: CanvasNode) => {
      const item = gridItemOf(node.id);
      const view = viewStore.getState();
      if (event.buttons !== 0 && view.handleDragFrom === null) return;
      if (item?.kind === 'card') view.setHoveredCard(item.touchpointId);
    },
    [viewStore],
  );
  const onNodeMouseLeave = useCallback(
    (_event: ReactMouseEvent, node: CanvasNode) => {
      const item = gridItemOf(node.id);
      const view = viewStore.getState();
      if (item?.kind === 'card' && view.hoveredCard === item.touchpointId) view.setHoveredCard(null);
    },
    [viewStore],
  );

  const isValidConnection = useCallback(
    (connection: Connection | HandoffEdge) => connection.source !== connection.target,
    [],
  );

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CanvasNode) => {
      const item = gridItemOf(node.id);
      const view = viewStore.getState();
      if (selectReviewMode(documentStore.getState())) return;
      const noteId = noteIdOf(node.id);
      if (noteId !== null) actions.editNote(noteId);
      if (item?.kind === 'card') view.startEditing({ kind: 'touchpoint', id: item.touchpointId });
      else if (item?.kind === 'stage') view.startEditing({ kind: 'stage', id: item.stageId });
      else if (item?.kind === 'silo' && item.siloId !== null) view.startEditing({ kind: 'silo', id: item.siloId });
    },
    [actions, documentStore, viewStore],
  );

  const onNodeClick = useCallback(
    (_event: ReactMouseEvent, node: CanvasNode) => {
      const view = viewStore.getState();
      const item = gridItemOf(node.id);
      if (view.connectingFrom !== null && item?.kind === 'card') {
        view.setFocus(item);
        actions.connectFromFocus();
      }
    },
    [actions, viewStore],
  );

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      const cell = cellAt(layout, reactFlow.screenToFlowPosition(pointerOf(event)));
      if (cell) viewStore.getState().setFocus({ kind: 'cell', ...cell }, true);
    },
    [layout, reactFlow, viewStore],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      if (selectReviewMode(documentStore.getState())) return;
      const point = reactFlow.screenToFlowPosition(pointerOf(event));
      const cell = cellAt(layout, point);
      if (cell) actions.addTouchpointAt(cell, insertionIndexAt(layout, cell, point));
    },
    [actions, documentStore, layout, reactFlow],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const element = event.target.closest('.react-flow__node');
      const id = element?.getAttribute('data-id');
      const item = id ? gridItemOf(id) : null;
      if (item) viewStore.getState().setFocus(item);
      else if (id) onNodeFocus(id);
    },
    [viewStore, onNodeFocus],
  );

  // React Flow copies handler props into its store: keep their identities fixed across edits. Each is
  // stable, so the first render's object of them serves for good (and as a dependency below).
  const [flowHandlers] = useState({
    onNodesChange: useStableHandler(onNodesChange),
    onEdgesChange: useStableHandler(onEdgesChange),
    onConnect: useStableHandler(onConnect),
    onConnectStart: useStableHandler(onConnectStart),
    onConnectEnd: useStableHandler(onConnectEnd),
    isValidConnection: useStableHandler(isValidConnection),
    onCanvasNodeDragStart: useStableHandler(onCanvasNodeDragStart),
    onCanvasNodeDrag: useStableHandler(onCanvasNodeDrag),
    onCanvasNodeDragStop: useStableHandler(onCanvasNodeDragStop),
    onNodeClick: useStableHandler(onNodeClick),
    onNodeDoubleClick: useStableHandler(onNodeDoubleClick),
    onPaneClick: useStableHandler(onPaneClick),
    onNodeMouseEnter: useStableHandler(onNodeMouseEnter),
    onNodeMouseLeave: useStableHandler(onNodeMouseLeave),
  });

  // The flow is re-rendered only when what it shows changes (not for an announcement or a focus request).
  const onlyRenderVisible = canvasNodes.length > VISIBLE_ONLY_THRESHOLD && !drawingWholeMap;
  const flow = useMemo(
    () => (
      <ReactFlow<CanvasNode, HandoffEdge>
        nodes={canvasNodes}
        edges={edges}
        nodeTypes={CANVAS_NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={flowHandlers.onNodesChange}
        onEdgesChange={flowHandlers.onEdgesChange}
        onConnect={flowHandlers.onConnect}
        onConnectStart={flowHandlers.onConnectStart}
        onConnectEnd={flowHandlers.onConnectEnd}
        isValidConnection={flowHandlers.isValidConnection}
        onNodeDragStart={flowHandlers.onCanvasNodeDragStart}
        onNodeDrag={flowHandlers.onCanvasNodeDrag}
        onNodeDragStop={flowHandlers.onCanvasNodeDragStop}
        onNodeClick={flowHandlers.onNodeClick}
        onNodeDoubleClick={flowHandlers.onNodeDoubleClick}
        onPaneClick={flowHandlers.onPaneClick}
        onNodeMouseEnter={flowHandlers.onNodeMouseEnter}
        onNodeMouseLeave={flowHandlers.onNodeMouseLeave}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionOnDrag={false}
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        edgesFocusable={false}
        edgesReconnectable={false}
        nodeDragThreshold={3}
        autoPanOnNodeDrag={!wholeMapInView}
        onlyRenderVisibleElements={onlyRenderVisible}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} />
        <DropIndicator />
        <DragGhostLayer layerRef={ghostLayer} />
        <Controls showInteractive={false} />
        <CanvasLegend />
        <OverviewMap nodes={canvasNodes} rectOf={minimapRect} colorOf={minimapColor} ariaLabel={ARIA_LABELS['minimap.ariaLabel']} />
      </ReactFlow>
    ),
    [canvasNodes, edges, flowHandlers, readOnly, wholeMapInView, onlyRenderVisible, ghostLayer],
  );

  const zoom = useMemo(
    () => ({
      zoomIn: () => void reactFlow.zoomIn({ duration: 150 }),
      zoomOut: () => void reactFlow.zoomOut({ duration: 150 }),
      fit: () => void reactFlow.fitView({ padding: FIT_PADDING, duration: 200 }),
    }),
    [reactFlow],
  );

  const [mac] = useState(() => isMacPlatform());
  const lastKeyCommand = useRef<{ command: AppCommand; at: number } | null>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented) return;
      // Buttons over the map (zoom, legend) keep Enter and Space for themselves.
      if (event.target instanceof Element && event.target.closest('.react-flow__panel')) return;
      if (handleCanvasKey(event, actions, viewStore, zoom, mac)) {
        event.preventDefault();
        event.stopPropagation();
        const key = event.key.toLowerCase();
        const command: AppCommand | null =
          key === 'c'
            ? 'copy'
            : key === 'x'
              ? 'cut'
              : key === 'v'
                ? 'paste'
                : key === 'd'
                  ? 'duplicate'
                  : key === 'a'
                    ? 'select-all'
                    : key === 'delete' || key === 'backspace'
                      ? 'delete'
                      : null;
        if (command && (event.ctrlKey || event.metaKey || command === 'delete')) {
          lastKeyCommand.current = { command, at: performance.now() };
        }
      }
    },
    [actions, viewStore, zoom, mac],
  );

  /** Runs a menu command unless the same shortcut was just handled from the keyboard; text fields keep their own editing. */
  const menuCommand = (command: AppCommand, run: () => void, textFieldCommand?: string) => () => {
    const last = lastKeyCommand.current;
    if (last && last.command === command && performance.now() - last.at < DUPLICATE_COMMAND_MS) return;
    const active = document.activeElement;
    if (isTextField(active)) {
      if (
        textFieldCommand === 'selectAll' &&
        (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
      ) {
        active.select();
      } else if (textFieldCommand) document.execCommand(textFieldCommand);
      return;
    }
    run();
  };
  useCommandHandler(
    'delete',
    menuCommand('delete', () => void actions.deleteSelection(), 'delete'),
  );
  useCommandHandler(
    'copy',
    menuCommand('copy', () => void actions.copy(), 'copy'),
  );
  useCommandHandler(
    'cut',
    menuCommand('cut', () => void actions.cut(), 'cut'),
  );
  useCommandHandler(
    'paste',
    menuCommand('paste', () => void actions.paste(), 'paste'),
  );
  useCommandHandler(
    'duplicate',
    menuCommand('duplicate', () => void actions.duplicate()),
  );
  useCommandHandler(
    'select-all',
    menuCommand('select-all', () => actions.selectAll(), 'selectAll'),
  );
  useCommandHandler('zoom-in', zoom.zoomIn);
  useCommandHandler('zoom-out', zoom.zoomOut);
  useCommandHandler('zoom-fit', zoom.fit);

  const onDragOver = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const kind = paletteKindOf([...event.dataTransfer.types]);
      if (!kind) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const point = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const view = viewStore.getState();
      if (kind === 'touchpoint') {
        const cell = cellAt(layout, point);
        const index = cell ? insertionIndexAt(layout, cell, point) : 0;
        view.setDrop(cell ? { kind: 'cell', cell, index, indicator: insertionIndicator(layout, cell, index) } : null);
      } else if (kind === 'stage') {
        const index = stageDropIndexAt(layout, point.x);
        view.setDrop({ kind: 'stage', index, indicator: stageDropIndicator(layout, index) });
      } else {
        const index = siloDropIndexAt(layout, point.y);
        view.setDrop({ kind: 'silo', index, indicator: siloDropIndicator(layout, index) });
      }
    },
    [layout, reactFlow, viewStore],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      const kind = paletteKindOf([...event.dataTransfer.types]);
      const drop = viewStore.getState().drop;
      viewStore.getState().setDrop(null);
      if (!kind) return;
      event.preventDefault();
      if (kind === 'touchpoint' && drop?.kind === 'cell') actions.addTouchpointAt(drop.cell, drop.index);
      else if (kind === 'stage') actions.addStageAt(drop?.kind === 'stage' ? drop.index : undefined);
      else if (kind === 'silo') actions.addSiloAt(drop?.kind === 'silo' ? drop.index : undefined);
    },
    [actions, viewStore],
  );

  const onDragLeave = useCallback(
    (event: DragEvent<HTMLElement>) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      viewStore.getState().setDrop(null);
    },
    [viewStore],
  );

  return (
    <section
      ref={container}
      className={`jm-canvas${connectingFrom !== null ? ' jm-canvas--connecting' : ''}`}
      aria-label="Journey map"
      aria-describedby="jm-canvas-help"
      onKeyDown={onKeyDown}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={onFocus}
      onDoubleClick={onDoubleClick}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={onDragLeave}
    >
      <p id="jm-canvas-help" className="jm-visually-hidden">
        Arrow keys move between stages, silos and cards. N adds a touchpoint, S a stage, L a silo, P a note in the
        parking lot. Enter or F2 renames. Fast capture: after N, type a title and press Enter to add the next one in the
        same cell, Tab to set channel, intent and feeling, Escape to stop. Pasting lines of text into a cell adds one
        touchpoint per line. Alt with an arrow key moves the focused card (with the other selected cards), stage or silo. H starts a hand-off from the
        focused card; press H or Enter on another card to finish it. Delete removes. Space selects.
      </p>
      {readOnly ? null : <CanvasPalette actions={actions} hasStages={stages.length > 0} />}
      <div className="jm-canvas__flow">
        <CanvasActionsContext.Provider value={actions}>
          <FarZoomContext.Provider value={far && !drawingWholeMap}>
          {flow}
          </FarZoomContext.Provider>
        </CanvasActionsContext.Provider>
      </div>
      <div className="jm-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
