import { createAutosavePolicy, createAutosaver, type AutosavePolicyOptions } from '../../shared/autosave';
import type { JourneyApi } from '../../shared/ipc/contract';
import { selectEdited, type DocumentStore } from '../store/document-store';

/** What the autosave last did, for the quiet note in the status bar. */
export type DraftStatus = { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

export interface DraftAutosaveOptions {
  api: Pick<JourneyApi, 'writeDraft' | 'discardOwnDraft'>;
  store: DocumentStore;
  onStatus?: (status: DraftStatus) => void;
  /** Defaults: a draft 1 s after the last edit, and at least every 5 s while edits keep coming. */
  timing?: AutosavePolicyOptions;
}

/** The running autosave of one window's map. */
export interface DraftAutosave {
  /** Writes the draft now if the map has edits no draft holds yet; resolves true when none are left. */
  flush(): Promise<boolean>;
  /** Stops watching the map; a draft write in flight still finishes. */
  dispose(): void;
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * Writes a draft of the map through `api.writeDraft` while it differs from the saved version, on the
 * autosave policy's timing, and removes the draft (`api.discardOwnDraft`) as soon as the map is no longer
 * edited (saved, or undone back to the saved version), so a crash does not offer a stale draft. Draft
 * writes and the removal go through one autosaver, so they never overlap and land in order. Never throws
 * and never blocks editing: failures go to `onStatus` and are retried. Timers and the clock are looked up
 * when used, so tests can fake them.
 */
export function startDraftAutosave({ api, store, onStatus = () => undefined, timing }: DraftAutosaveOptions): DraftAutosave {
  // Set before a write starts: a write that failed on the way back may still have reached the disk.
  let draftMayExist = false;
  const autosaver = createAutosaver<ReturnType<typeof setTimeout>>({
    policy: createAutosavePolicy(timing),
    now: () => Date.now(),
    setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimer: (handle) => clearTimeout(handle),
    save: async () => {
      const state = store.getState();
      // Review mode is drafted too: its comments are work the reviewer must not lose.
      if (selectEdited(state)) {
        draftMayExist = true;
        await api.writeDraft({ map: state.map });
        onStatus({ kind: 'saved', at: new Date(Date.now()) });
        return;
      }
      // Saved (or undone back to the saved version) since the edit: the draft holds nothing to keep.
      if (!draftMayExist) return;
      await api.discardOwnDraft();
      draftMayExist = false;
    },
    onError: (error) => onStatus({ kind: 'failed', message: errorMessage(error) }),
  });

  const unsubscribe = store.subscribe((state, previous) => {
    const edited = selectEdited(state);
    if (state.map !== previous.map && edited) autosaver.recordEdit();
    if (!edited && selectEdited(previous)) {
      onStatus({ kind: 'idle' });
      // Removed at once, after any write in flight (the autosaver runs one save at a time).
      if (draftMayExist) {
        autosaver.recordEdit();
        void autosaver.flush();
      }
    }
  });

  return {
    flush: () => autosaver.flush(),
    dispose: () => {
      unsubscribe();
      autosaver.dispose();
    },
  };
}
