/**
 * View state of one open map: selection, keyboard focus, inline editing, drag previews and the in-memory
 * clipboard. None of it is saved or part of the undo history. Each document store gets its own view store.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { CellRef, Rect } from '../../shared/layout/grid-layout';
import type { GridItem } from '../../shared/layout/grid-navigation';
import type { ClipboardPayload } from '../../shared/model/clipboard';
import { useDocumentStore, type DocumentStore } from './document-store';
import { createKeyedFlag, createKeyedMembership } from './keyed-flag';

export type SelectionKind = 'stage' | 'silo' | 'touchpoint' | 'handoff';

/** What is selected: one or more items of one kind. */
export interface Selection {
  kind: SelectionKind;
  ids: readonly string[];
}

/** What is being renamed inline on the canvas. */
export interface EditTarget {
  kind: 'stage' | 'silo' | 'touchpoint';
  id: string;
}

/** Where the item being dragged would land if dropped now. */
export type DropPreview =
  | { kind: 'cell'; cell: CellRef; index: number; indicator: Rect | null }
  | { kind: 'stage'; index: number; indicator: Rect | null }
  | { kind: 'silo'; index: number; indicator: Rect | null };

export interface ViewState {
  selection: Selection | null;
  /** The grid item holding the roving keyboard focus. */
  focus: GridItem | null;
  /** Bumped when focus should move to the DOM element of `focus` (keyboard navigation). */
  focusRequest: number;
  editing: EditTarget | null;
  drop: DropPreview | null;
  /** A hand-off being made with the keyboard: the touchpoint it starts from. */
  connectingFrom: string | null;
  /** The touchpoint card under the pointer. */
  hoveredCard: string | null;
  /** A hand-off being dragged from a card's handle: the touchpoint it starts from. */
  handleDragFrom: string | null;
  /** The in-memory clipboard, used when the system clipboard is not available. */
  clipboard: ClipboardPayload | null;
  /** The latest message for screen readers (what an action just did). */
  announcement: string;
  /**
   * True while a whole-map image is being made: the canvas then draws every node and edge in full detail,
   * including those off screen that a big map otherwise leaves out.
   */
  drawingWholeMap: boolean;
  select: (selection: Selection | null) => void;
  /** Moves the roving focus; with `moveDomFocus` the canvas also focuses the element. */
  setFocus: (item: GridItem | null, moveDomFocus?: boolean) => void;
  startEditing: (target: EditTarget) => void;
  stopEditing: () => void;
  setDrop: (drop: DropPreview | null) => void;
  setConnectingFrom: (touchpointId: string | null) => void;
  setHoveredCard: (touchpointId: string | null) => void;
  setHandleDragFrom: (touchpointId: string | null) => void;
  setClipboard: (payload: ClipboardPayload | null) => void;
  announce: (message: string) => void;
  setDrawingWholeMap: (on: boolean) => void;
}

export type ViewStore = StoreApi<ViewState>;

/** True when two selections hold the same ids of the same kind in the same order. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind || a.ids.length !== b.ids.length) return false;
  return a.ids.every((id, index) => b.ids[index] === id);
}

/** True when two grid items are the same item. */
export function sameGridItem(a: GridItem | null, b: GridItem | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameDrop(a: DropPreview | null, b: DropPreview | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Creates an empty view store. */
export function createViewStore(): ViewStore {
  return createStore<ViewState>()((set, get) => ({
    selection: null,
    focus: null,
    focusRequest: 0,
    editing: null,
    drop: null,
    connectingFrom: null,
    hoveredCard: null,
    handleDragFrom: null,
    clipboard: null,
    announcement: '',
    drawingWholeMap: false,
    select: (selection) => {
      const normalized = selection && selection.ids.length > 0 ? selection : null;
      if (!sameSelection(get().selection, normalized)) set({ selection: normalized });
    },
    setFocus: (item, moveDomFocus = false) => {
      const same = sameGridItem(get().focus, item);
      if (same && !moveDomFocus) return;
      set((state) => ({ focus: same ? state.focus : item, focusRequest: state.focusRequest + (moveDomFocus ? 1 : 0) }));
    },
    startEditing: (target) => set({ editing: target }),
    stopEditing: () => {
      if (get().editing !== null) set({ editing: null });
    },
    setDrop: (drop) => {
      if (!sameDrop(get().drop, drop)) set({ drop });
    },
    setConnectingFrom: (touchpointId) => {
      if (get().connectingFrom !== touchpointId) set({ connectingFrom: touchpointId });
    },
    setHoveredCard: (touchpointId) => {
      if (get().hoveredCard !== touchpointId) set({ hoveredCard: touchpointId });
    },
    setHandleDragFrom: (touchpointId) => {
      if (get().handleDragFrom !== touchpointId) set({ handleDragFrom: touchpointId });
    },
    setClipboard: (payload) => set({ clipboard: payload }),
    announce: (message) => set({ announcement: message }),
    setDrawingWholeMap: (on) => {
      if (get().drawingWholeMap !== on) set({ drawingWholeMap: on });
    },
  }));
}

const viewStores = new WeakMap<DocumentStore, ViewStore>();

/** The view store that belongs to a document store (created on first use). */
export function viewStoreFor(documentStore: DocumentStore): ViewStore {
  let store = viewStores.get(documentStore);
  if (!store) {
    store = createViewStore();
    viewStores.set(documentStore, store);
  }
  return store;
}

/** The raw view store of the current document, for event handlers. */
export function useViewStoreApi(): ViewStore {
  return viewStoreFor(useDocumentStore());
}

/** Subscribes to one narrow slice of the view state. */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useViewStoreApi(), selector);
}

/** True when the touchpoint is part of the selection. */
export function isSelected(selection: Selection | null, kind: SelectionKind, id: string): boolean {
  return selection !== null && selection.kind === kind && selection.ids.includes(id);
}

const editingFlag = createKeyedFlag<ViewState>((state) => (state.editing ? `${state.editing.kind}:${state.editing.id}` : null));
const connectingFlag = createKeyedFlag<ViewState>((state) => state.connectingFrom);

/** True while this item is being renamed inline; re-renders only when that changes for this item. */
export function useIsEditing(kind: EditTarget['kind'], id: string): boolean {
  return editingFlag(useViewStoreApi(), `${kind}:${id}`);
}

/** True while a keyboard hand-off starts from this touchpoint; re-renders only when that changes for it. */
export function useIsConnectingFrom(touchpointId: string): boolean {
  return connectingFlag(useViewStoreApi(), touchpointId);
}

const handlesFlag = createKeyedMembership<ViewState>((state) => [
  state.hoveredCard,
  state.handleDragFrom,
  state.connectingFrom,
  state.focus?.kind === 'card' ? state.focus.touchpointId : null,
]);

/**
 * True while this card needs its hand-off handles: under the pointer, focused, or the start of a hand-off
 * being made. Cards mount their handles only then (selected cards too, from their own props): two handles
 * on each of a thousand cards were half of React Flow's store subscriptions.
 */
export function useShowsHandles(touchpointId: string): boolean {
  return handlesFlag(useViewStoreApi(), touchpointId);
}
