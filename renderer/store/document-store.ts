import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
import type { JourneyMap } from '../../shared/model/types';
import type { DocumentInfo, LoadedDocument } from '../../shared/ipc/contract';
import { changesOnlyComments } from '../review/comment-only-change';

/** Undo history is capped so a long workshop cannot exhaust memory. */
export const HISTORY_LIMIT = 200;

/** The document slice: the map (source of truth) and what we know about its file. */
export interface DocumentState {
  map: JourneyMap;
  info: DocumentInfo;
  /** The map as last opened or saved (null: never saved, e.g. a restored draft); edited when `map !== savedMap`. */
  savedMap: JourneyMap | null;
  /**
   * Review mode: the map is read-only except for its comments. On when the document was opened read-only
   * (`info.readOnly`); the review toggle changes it. Read it with `selectReviewMode`.
   */
  reviewMode: boolean;
  /**
   * Applies one user edit (one undo step). A no-op edit (same object back) records nothing; in review
   * mode an edit that changes anything but the comments is refused.
   */
  applyEdit: (edit: (map: JourneyMap) => JourneyMap) => void;
  /** Turns review mode on or off; not an edit, so never in the undo history. */
  setReviewMode: (on: boolean) => void;
  /** Replaces the document (open, reload, restore), clears the undo history and enters review mode when it is read-only. */
  loadDocument: (document: Pick<LoadedDocument, 'map' | 'info'>, options?: { edited?: boolean }) => void;
  /** Records a successful save of `map`. */
  markSaved: (info: DocumentInfo, map: JourneyMap) => void;
}

/** The part of the state that undo/redo tracks: the map only, never view state or file info. */
type TrackedState = Pick<DocumentState, 'map'>;

/** In review mode, undo and redo may only step to a map that differs from the current one in its comments. */
function historyStepAllowed(state: DocumentState, history: readonly Partial<TrackedState>[], steps: number): boolean {
  if (!state.reviewMode) return true;
  const target = history[history.length - steps]?.map;
  return target !== undefined && changesOnlyComments(state.map, target);
}

export type DocumentStore = StoreApi<DocumentState> & {
  temporal: StoreApi<TemporalState<TrackedState>>;
};

/**
 * Creates one document store (one per window/provider; there is no module-global store). A document
 * marked `edited` (never saved, e.g. made from a CSV import) starts with unsaved changes.
 */
export function createDocumentStore(initial: Pick<LoadedDocument, 'map' | 'info' | 'edited'>): DocumentStore {
  const store = createStore<DocumentState>()(
    temporal(
      (set, get) => ({
        map: initial.map,
        info: initial.info,
        savedMap: initial.edited === true ? null : initial.map,
        reviewMode: initial.info.readOnly,
        applyEdit: (edit) => {
          const { map: before, reviewMode } = get();
          const after = edit(before);
          if (after === before) return;
          if (reviewMode && !changesOnlyComments(before, after)) return;
          set({ map: { ...after, updatedAt: new Date().toISOString() } });
        },
        setReviewMode: (on) => {
          if (get().reviewMode !== on) set({ reviewMode: on });
        },
        loadDocument: (document, options) => {
          store.temporal.getState().pause();
          set({
            map: document.map,
            info: document.info,
            savedMap: options?.edited ? null : document.map,
            reviewMode: document.info.readOnly,
          });
          store.temporal.getState().resume();
          store.temporal.getState().clear();
        },
        markSaved: (info, map) => {
          store.temporal.getState().pause();
          set({ info, savedMap: map });
          store.temporal.getState().resume();
        },
      }),
      {
        limit: HISTORY_LIMIT,
        partialize: (state): TrackedState => ({ map: state.map }),
        equality: (a, b) => a.map === b.map,
        wrapTemporal: (initializer) => (set, get, api) => {
          const history = initializer(set, get, api);
          return {
            ...history,
            undo: (steps = 1) => {
              if (historyStepAllowed(store.getState(), get().pastStates, steps)) history.undo(steps);
            },
            redo: (steps = 1) => {
              if (historyStepAllowed(store.getState(), get().futureStates, steps)) history.redo(steps);
            },
          };
        },
      },
    ),
  ) as DocumentStore;
  return store;
}

const DocumentStoreContext = createContext<DocumentStore | null>(null);

/** Provides a document store to the tree below. */
export function DocumentStoreProvider({ store, children }: { store: DocumentStore; children: ReactNode }) {
  const [value] = useState(store);
  return createElement(DocumentStoreContext.Provider, { value }, children);
}

/** The raw store, for event handlers that read state without subscribing. */
export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore must be used inside <DocumentStoreProvider>');
  return store;
}

/** Subscribes to one narrow slice of the document state. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useDocumentStore(), selector);
}

/** Subscribes to the undo history (e.g. to enable the Undo button). */
export function useHistory<T>(selector: (state: TemporalState<TrackedState>) => T): T {
  return useStore(useDocumentStore().temporal, selector);
}

/** True when the map differs from the last opened or saved version. */
export function selectEdited(state: DocumentState): boolean {
  return state.map !== state.savedMap;
}

/** True in review mode: every control that would change the map (not its comments) is hidden or disabled. */
export function selectReviewMode(state: DocumentState): boolean {
  return state.reviewMode;
}
