/**
 * Whether the stage-alignment view fills the map area, and the group's agreement in progress (the
 * ordered agreed stages, the agreed customer). View state only: never saved, never undone; the answers
 * themselves live in the map's `alignment`. Each document store gets its own.
 */
import { useCallback, useEffect, useLayoutEffect } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Customer, JourneyMap } from '../../shared/model/types';
import { useDiagnosisViewApi } from '../analysis/diagnosis-view';
import { useCommandHandler } from '../shell/commands';
import { useDocument, useDocumentStore, type DocumentStore } from '../store/document-store';
import { appendAgreedNames, type AgreedStage } from './agreed-list';
import { questionTopic } from './alignment-question';

/** The agreement being built for one map. */
export interface AlignmentDraft {
  /** The map this draft belongs to: opening another map starts a fresh draft. */
  mapId: string;
  stages: AgreedStage[];
  customer: Customer;
}

export interface AlignmentViewState {
  open: boolean;
  draft: AlignmentDraft | null;
  openView: () => void;
  closeView: () => void;
  toggleView: () => void;
  setDraft: (draft: AlignmentDraft) => void;
  /** A fresh key for an agreed stage. */
  makeId: () => string;
}

export type AlignmentViewStore = StoreApi<AlignmentViewState>;

/** Creates the alignment view state: closed, no agreement drafted yet. */
export function createAlignmentViewStore(): AlignmentViewStore {
  let counter = 0;
  return createStore<AlignmentViewState>()((set) => ({
    open: false,
    draft: null,
    openView: () => set({ open: true }),
    closeView: () => set({ open: false }),
    toggleView: () => set((state) => ({ open: !state.open })),
    setDraft: (draft) => set({ draft }),
    makeId: () => `agreed-${++counter}`,
  }));
}

const alignmentViews = new WeakMap<DocumentStore, AlignmentViewStore>();

/** The alignment view store that belongs to a document store (created on first use). */
export function alignmentViewFor(documentStore: DocumentStore): AlignmentViewStore {
  let store = alignmentViews.get(documentStore);
  if (!store) {
    store = createAlignmentViewStore();
    alignmentViews.set(documentStore, store);
  }
  return store;
}

/** The raw alignment view store of the current document, for event handlers. */
export function useAlignmentViewApi(): AlignmentViewStore {
  return alignmentViewFor(useDocumentStore());
}

/** Subscribes to one slice of the alignment view state. */
export function useAlignmentView<T>(selector: (state: AlignmentViewState) => T): T {
  return useStore(useAlignmentViewApi(), selector);
}

/**
 * The draft to start from for `map`: once the group has agreed on stages, the map's stages are the
 * agreed list; the agreed customer starts as the map's customer.
 */
export function initialDraft(map: JourneyMap, makeId: () => string): AlignmentDraft {
  const agreedStages = map.alignment !== null && map.alignment.agreedAt !== null && questionTopic(map.alignment.question) === 'stages';
  return {
    mapId: map.id,
    stages: agreedStages ? appendAgreedNames([], map.stages.map((stage) => stage.name), makeId) : [],
    customer: { ...map.customer },
  };
}

/**
 * The current map's draft (null only until the first layout effect creates it) and a setter. A draft
 * left from another map (after opening a file) is replaced by a fresh one.
 */
export function useAlignmentDraft(): [AlignmentDraft | null, (change: (draft: AlignmentDraft) => AlignmentDraft) => void] {
  const documentStore = useDocumentStore();
  const viewStore = useAlignmentViewApi();
  const mapId = useDocument((state) => state.map.id);
  const stored = useStore(viewStore, (state) => state.draft);

  const freshDraft = useCallback((): AlignmentDraft => {
    const { draft, makeId } = viewStore.getState();
    const map = documentStore.getState().map;
    return draft !== null && draft.mapId === map.id ? draft : initialDraft(map, makeId);
  }, [documentStore, viewStore]);

  useLayoutEffect(() => {
    const { draft, setDraft } = viewStore.getState();
    if (draft === null || draft.mapId !== mapId) setDraft(freshDraft());
  }, [mapId, viewStore, freshDraft]);

  const update = useCallback(
    (change: (draft: AlignmentDraft) => AlignmentDraft) => viewStore.getState().setDraft(change(freshDraft())),
    [viewStore, freshDraft],
  );
  return [stored !== null && stored.mapId === mapId ? stored : null, update];
}

/**
 * Handles the `alignment` command (menu, toolbar) while mounted, and gives the map area back to the
 * org chart or the map whenever the user switches between those.
 */
export function useAlignmentCommands(): void {
  const viewStore = useAlignmentViewApi();
  const diagnosisView = useDiagnosisViewApi();
  useCommandHandler('alignment', () => viewStore.getState().toggleView());
  useEffect(
    () =>
      diagnosisView.subscribe((state, previous) => {
        if (state.mainView !== previous.mainView) viewStore.getState().closeView();
      }),
    [diagnosisView, viewStore],
  );
}
