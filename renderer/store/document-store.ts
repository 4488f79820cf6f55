import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
import type { JourneyMap } from '../../shared/model/types';
import type { DocumentInfo, LoadedDocument } from '../../shared/ipc/contract';

/** Undo history is capped so a long workshop cannot exhaust memory. */
export const HISTORY_LIMIT = 200;

/** The document slice: the map (source of truth) and what we know about its file. */
export interface DocumentState {
  map: JourneyMap;
  info: DocumentInfo;
  /** The map as last opened or saved (null: never saved, e.g. a restored draft); edited when `map !== savedMap`. */
  savedMap: JourneyMap | null;
  /** Applies one user edit (one undo step). A no-op edit (same object back) records nothing. */
  applyEdit: (edit: (map: JourneyMap) => JourneyMap) => void;
  /** Replaces the document (open, reload, restore) and clears the undo history. */
  loadDocument: (document: Pick<LoadedDocument, 'map' | 'info'>, options?: { edited?: boolean }) => void;
  /** Records a successful save of `map`. */
  markSaved: (info: DocumentInfo, map: JourneyMap) => void;
}

/** The part of the state that undo/redo tracks: the map only, never view state or file info. */
type TrackedState = Pick<DocumentState, 'map'>;

export type DocumentStore = StoreApi<DocumentState> & {
  temporal: StoreApi<TemporalState<TrackedState>>;
};

/** Creates one document store (one per window/provider; there is no module-global store). */
export function createDocumentStore(initial: Pick<LoadedDocument, 'map' | 'info'>): DocumentStore {
  const store = createStore<DocumentState>()(
    temporal(
      (set, get) => ({
        map: initial.map,
        info: initial.info,
        savedMap: initial.map,
        applyEdit: (edit) => {
          const before = get().map;
          const after = edit(before);
          if (after === before) return;
          set({ map: { ...after, updatedAt: new Date().toISOString() } });
        },
        loadDocument: (document, options) => {
          store.temporal.getState().pause();
          set({ map: document.map, info: document.info, savedMap: options?.edited ? null : document.map });
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
