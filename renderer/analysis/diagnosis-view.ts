/**
 * Which diagnosis views are showing: the side panel's tab (inspector or findings) and what fills the
 * map area (the journey map or the org-chart matrix). View state only: never saved, never undone.
 * Each document store gets its own, like the canvas's view store.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { useCommandHandler } from '../shell/commands';
import { useDocumentStore, type DocumentStore } from '../store/document-store';

export type SidePanelTab = 'inspector' | 'findings';
export type MainView = 'map' | 'org-chart';

export interface DiagnosisViewState {
  sidePanel: SidePanelTab;
  mainView: MainView;
  showSidePanel: (tab: SidePanelTab) => void;
  /** Switches the side panel between the findings and the inspector. */
  toggleFindings: () => void;
  showMainView: (view: MainView) => void;
  /** Switches the map area between the journey map and the org chart. */
  toggleOrgChart: () => void;
}

export type DiagnosisViewStore = StoreApi<DiagnosisViewState>;

/** Creates the diagnosis view state: inspector tab, journey map showing. */
export function createDiagnosisViewStore(): DiagnosisViewStore {
  return createStore<DiagnosisViewState>()((set) => ({
    sidePanel: 'inspector',
    mainView: 'map',
    showSidePanel: (tab) => set({ sidePanel: tab }),
    toggleFindings: () => set((state) => ({ sidePanel: state.sidePanel === 'findings' ? 'inspector' : 'findings' })),
    showMainView: (view) => set({ mainView: view }),
    toggleOrgChart: () => set((state) => ({ mainView: state.mainView === 'org-chart' ? 'map' : 'org-chart' })),
  }));
}

const diagnosisViews = new WeakMap<DocumentStore, DiagnosisViewStore>();

/** The diagnosis view store that belongs to a document store (created on first use). */
export function diagnosisViewFor(documentStore: DocumentStore): DiagnosisViewStore {
  let store = diagnosisViews.get(documentStore);
  if (!store) {
    store = createDiagnosisViewStore();
    diagnosisViews.set(documentStore, store);
  }
  return store;
}

/** The raw diagnosis view store of the current document, for event handlers. */
export function useDiagnosisViewApi(): DiagnosisViewStore {
  return diagnosisViewFor(useDocumentStore());
}

/** Subscribes to one slice of the diagnosis view state. */
export function useDiagnosisView<T>(selector: (state: DiagnosisViewState) => T): T {
  return useStore(useDiagnosisViewApi(), selector);
}

/** Handles the `findings-toggle` and `org-chart` commands (menu, toolbar) while mounted. */
export function useDiagnosisCommands(): void {
  const store = useDiagnosisViewApi();
  useCommandHandler('findings-toggle', () => store.getState().toggleFindings());
  useCommandHandler('org-chart', () => store.getState().toggleOrgChart());
}
