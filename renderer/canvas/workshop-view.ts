/**
 * View state of the workshop features on the canvas: which note is being edited or should take the
 * keyboard focus, where a dragged note would land, and the fast-capture form. Never saved, never undone.
 * Each document store gets its own workshop view store.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { NoteDropTarget } from '../../shared/layout/workshop-layout';
import { useDocumentStore, type DocumentStore } from '../store/document-store';

/** The fields of the fast-capture form, in Tab order. */
export const CAPTURE_FIELDS = ['title', 'channel', 'intent', 'emotion'] as const;
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

/**
 * The fast-capture form: typing the next touchpoint of a cell (`touchpointId` null), or the fields of a
 * card just added with N (`touchpointId` set), with the field that takes the focus when it opens.
 */
export interface CaptureDraft {
  stageId: string;
  siloId: string | null;
  touchpointId: string | null;
  field: CaptureField;
  /** Bumped each time the form opens or is reset, so it refocuses its first field. */
  serial: number;
}

/** What happens when the title editor of a card added with N closes. */
export interface PendingCapture {
  touchpointId: string;
  /** `next`: open the form for the next card of the cell; a field: open this card's fields there. */
  then: 'next' | CaptureField;
}

export interface WorkshopViewState {
  editingNoteId: string | null;
  /** A request to move DOM focus to a note (the request number changes each time). */
  noteFocus: { noteId: string; request: number } | null;
  /** The note holding the notes' roving tab stop. */
  noteTabStop: string | null;
  noteDrop: NoteDropTarget | null;
  capture: CaptureDraft | null;
  /** The card added with N whose title editor starts fast capture. */
  chainFrom: string | null;
  pendingCapture: PendingCapture | null;
  startEditingNote: (noteId: string) => void;
  stopEditingNote: () => void;
  focusNote: (noteId: string) => void;
  setNoteTabStop: (noteId: string | null) => void;
  setNoteDrop: (drop: NoteDropTarget | null) => void;
  openCapture: (draft: Omit<CaptureDraft, 'serial'>) => void;
  closeCapture: () => void;
  setChainFrom: (touchpointId: string | null) => void;
  setPendingCapture: (pending: PendingCapture | null) => void;
}

export type WorkshopViewStore = StoreApi<WorkshopViewState>;

function sameDrop(a: NoteDropTarget | null, b: NoteDropTarget | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Creates an empty workshop view store. */
export function createWorkshopViewStore(): WorkshopViewStore {
  let requests = 0;
  let serials = 0;
  return createStore<WorkshopViewState>()((set, get) => ({
    editingNoteId: null,
    noteFocus: null,
    noteTabStop: null,
    noteDrop: null,
    capture: null,
    chainFrom: null,
    pendingCapture: null,
    startEditingNote: (noteId) => set({ editingNoteId: noteId, noteTabStop: noteId }),
    stopEditingNote: () => {
      if (get().editingNoteId !== null) set({ editingNoteId: null });
    },
    focusNote: (noteId) => set({ noteFocus: { noteId, request: ++requests }, noteTabStop: noteId }),
    setNoteTabStop: (noteId) => {
      if (get().noteTabStop !== noteId) set({ noteTabStop: noteId });
    },
    setNoteDrop: (drop) => {
      if (!sameDrop(get().noteDrop, drop)) set({ noteDrop: drop });
    },
    openCapture: (draft) => set({ capture: { ...draft, serial: ++serials } }),
    closeCapture: () => {
      if (get().capture !== null) set({ capture: null });
    },
    setChainFrom: (touchpointId) => {
      if (get().chainFrom !== touchpointId) set({ chainFrom: touchpointId });
    },
    setPendingCapture: (pending) => set({ pendingCapture: pending }),
  }));
}

const stores = new WeakMap<DocumentStore, WorkshopViewStore>();

/** The workshop view store that belongs to a document store (created on first use). */
export function workshopViewFor(documentStore: DocumentStore): WorkshopViewStore {
  let store = stores.get(documentStore);
  if (!store) {
    store = createWorkshopViewStore();
    stores.set(documentStore, store);
  }
  return store;
}

/** The raw workshop view store of the current document, for event handlers. */
export function useWorkshopViewApi(): WorkshopViewStore {
  return workshopViewFor(useDocumentStore());
}

/** Subscribes to one narrow slice of the workshop view state. */
export function useWorkshopView<T>(selector: (state: WorkshopViewState) => T): T {
  return useStore(useWorkshopViewApi(), selector);
}
