import type { JourneyApi, LoadedDocument, OpenOutcome, SaveOutcome } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import type { Dialogs } from '../dialogs/DialogProvider';
import { createNewMap } from '../api/new-map';
import { savesToCopy } from '../review/review-mode';
import { selectEdited, type DocumentState, type DocumentStore } from '../store/document-store';

/** What the file flows work with; tests pass fakes. */
export interface DocumentFlowDeps {
  api: JourneyApi;
  store: DocumentStore;
  dialogs: Dialogs;
  /** Shows a short status message (read out politely by screen readers). */
  announce: (message: string) => void;
  now?: () => Date;
}

/** The file commands of the shell: save, open, new, and closing with unsaved changes. */
export interface DocumentFlows {
  /** Saves (or saves as); resolves true when the map is now saved. */
  save(mode: 'save' | 'save-as'): Promise<boolean>;
  /** Saves, then lets main close the window when that worked. */
  saveThenClose(): Promise<void>;
  open(mode: 'edit' | 'review'): Promise<void>;
  createNew(templateId: string | null): Promise<void>;
  /**
   * Opens `map` (made here, e.g. from a CSV import) as a new, untitled map with unsaved changes, never
   * losing the open map: in Electron in a new window (or in this one while it holds an untouched blank
   * map); in the browser, like New, in place of the tab's map once its unsaved changes are dealt with.
   * Resolves where it opened, or null when the user cancelled.
   */
  openAsNewMap(map: JourneyMap): Promise<'here' | 'new-window' | null>;
  /** Loads a document main pushed into this window. */
  receive(document: LoadedDocument): void;
}

type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** True for an untouched untitled map with nothing on it, which a new map may simply replace. */
export function isPristineBlank(state: DocumentState): boolean {
  const { map } = state;
  return (
    !selectEdited(state) &&
    state.info.fileName === null &&
    map.stages.length === 0 &&
    map.silos.length === 0 &&
    map.touchpoints.length === 0 &&
    map.notes.length === 0
  );
}

function warningsMessage(document: LoadedDocument): string | null {
  const count = document.warnings.length;
  if (count === 0) return null;
  return `${count === 1 ? 'One thing' : `${count} things`} in the file could not be used and were left out: ${document.warnings.join(' ')}`;
}

function loadedMessage(document: LoadedDocument, verb: string): string {
  const name = document.info.fileName ?? document.map.title;
  const review = document.info.readOnly ? ' for review (read-only)' : '';
  return [`${verb} ${name}${review}.`, warningsMessage(document)].filter(Boolean).join(' ');
}

/** Creates the file flows over the platform API, the document store and the dialogs. */
export function createDocumentFlows({ api, store, dialogs, announce, now = () => new Date() }: DocumentFlowDeps): DocumentFlows {
  let busy = false;

  /** Runs one flow at a time: a second Ctrl+S while a save dialog is open does nothing. */
  async function exclusive<T>(idle: T, flow: () => Promise<T>): Promise<T> {
    if (busy) return idle;
    busy = true;
    try {
      return await flow();
    } finally {
      busy = false;
    }
  }

  async function handleSaveOutcome(outcome: SaveOutcome, map: DocumentState['map']): Promise<boolean> {
    switch (outcome.status) {
      case 'saved':
        store.getState().markSaved(outcome.info, map);
        announce(api.platform === 'browser' ? `Downloaded ${outcome.info.fileName ?? 'the map'}.` : `Saved ${outcome.info.fileName ?? 'the map'}.`);
        return true;
      case 'cancelled':
        return false;
      case 'reloaded':
        store.getState().loadDocument(outcome.document);
        announce(loadedMessage(outcome.document, 'Reloaded'));
        return false;
      case 'failed': {
        const choice = await dialogs.ask<'save-as' | 'close'>({
          title: 'The map was not saved',
          message: `${outcome.message}\n\nThe map is still open with all your changes.`,
          choices: outcome.canSaveAs
            ? [
                { value: 'save-as', label: 'Save As…', primary: true },
                { value: 'close', label: 'Cancel' },
              ]
            : [{ value: 'close', label: 'OK', primary: true }],
          cancelValue: 'close',
        });
        return choice === 'save-as' ? saveNow('save-as') : false;
      }
    }
  }

  async function saveNow(requested: 'save' | 'save-as'): Promise<boolean> {
    const state = store.getState();
    const { map } = state;
    const mode = savesToCopy(state) ? 'save-as' : requested;
    let outcome: SaveOutcome;
    try {
      outcome = await (mode === 'save' ? api.saveDocument({ map }) : api.saveDocumentAs({ map }));
    } catch (error) {
      outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error), canSaveAs: mode === 'save' };
    }
    return handleSaveOutcome(outcome, map);
  }

  /** Asks what to do with unsaved changes; resolves true when the caller may replace the map. */
  async function resolveUnsavedChanges(): Promise<boolean> {
    const state = store.getState();
    if (!selectEdited(state)) return true;
    const choice = await dialogs.ask<UnsavedChoice>({
      title: `Do you want to save the changes to “${state.map.title}”?`,
      message: "Your changes will be lost if you don't save them.",
      choices: [
        { value: 'save', label: 'Save', primary: true },
        { value: 'discard', label: "Don't Save" },
        { value: 'cancel', label: 'Cancel' },
      ],
      cancelValue: 'cancel',
    });
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return saveNow('save');
  }

  async function handleOpenOutcome(outcome: OpenOutcome): Promise<void> {
    switch (outcome.status) {
      case 'opened':
        store.getState().loadDocument(outcome.document);
        announce(loadedMessage(outcome.document, 'Opened'));
        return;
      case 'opened-elsewhere':
      case 'cancelled':
        return;
      case 'failed':
        await dialogs.ask<'ok'>({
          title: 'This file could not be opened',
          message: outcome.message,
          choices: [{ value: 'ok', label: 'OK', primary: true }],
          cancelValue: 'ok',
        });
        return;
    }
  }

  return {
    save: (mode) => exclusive(false, () => saveNow(mode)),

    saveThenClose: () =>
      exclusive(undefined, async () => {
        if (await saveNow('save')) await api.confirmClose();
      }),

    open: (mode) =>
      exclusive(undefined, async () => {
        // In Electron main opens another window when this one holds a map; only the browser replaces it.
        if (api.platform === 'browser' && !(await resolveUnsavedChanges())) return;
        let outcome: OpenOutcome;
        try {
          outcome = await (mode === 'edit' ? api.openDocument() : api.openForReview());
        } catch (error) {
          outcome = { status: 'failed', code: 'io-error', message: error instanceof Error ? error.message : String(error) };
        }
        await handleOpenOutcome(outcome);
      }),

    createNew: (templateId) =>
      exclusive(undefined, async () => {
        if (api.platform === 'browser') {
          if (await resolveUnsavedChanges()) await api.newDocument({ templateId });
          return;
        }
        if (isPristineBlank(store.getState())) {
          store.getState().loadDocument({ map: createNewMap(templateId, now()), info: { fileName: null, readOnly: false } });
          return;
        }
        await api.newDocument({ templateId });
      }),

    openAsNewMap: (map) =>
      exclusive(null, async () => {
        if (api.platform === 'browser') {
          if (!(await resolveUnsavedChanges())) return null;
          await api.newDocument({ map });
          return 'here';
        }
        if (isPristineBlank(store.getState())) {
          store.getState().loadDocument({ map, info: { fileName: null, readOnly: false } }, { edited: true });
          return 'here';
        }
        await api.newDocument({ map });
        return 'new-window';
      }),

    receive: (document) => {
      store.getState().loadDocument(document, { edited: document.edited === true });
      announce(document.info.fileName === null ? `New map: ${document.map.title}.` : loadedMessage(document, 'Opened'));
    },
  };
}
