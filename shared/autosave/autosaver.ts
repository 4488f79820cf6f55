import type { AutosavePolicy } from './autosave-policy';

/** What the autosaver needs from its host; the renderer passes `Date.now`, `setTimeout` and `clearTimeout`, tests pass fakes. */
export interface AutosaverOptions<TimerHandle> {
  policy: AutosavePolicy;
  now: () => number;
  setTimer: (callback: () => void, delayMs: number) => TimerHandle;
  clearTimer: (handle: TimerHandle) => void;
  /** Writes the draft of the document as it is when called. */
  save: () => Promise<void> | void;
  /** Told about a failed save; the edits stay unsaved and are retried. */
  onError?: (error: unknown) => void;
}

/** Drives the autosave policy with real (or fake) timers. */
export interface Autosaver {
  /** Call after every change to the document. */
  recordEdit(): void;
  /** Saves now if anything is unsaved (after any save in flight); resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** Stops scheduling saves; a save in flight still finishes. */
  dispose(): void;
  hasUnsavedEdits(): boolean;
  isSaving(): boolean;
}

/** Wires an autosave policy to injected timers and a save function; saves never overlap. */
export function createAutosaver<TimerHandle>(options: AutosaverOptions<TimerHandle>): Autosaver {
  const { policy, now, setTimer, clearTimer, save, onError } = options;
  let timer: { handle: TimerHandle } | null = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const cancelTimer = (): void => {
    if (timer !== null) clearTimer(timer.handle);
    timer = null;
  };

  const schedule = (): void => {
    cancelTimer();
    if (disposed) return;
    const due = policy.nextDueAt();
    if (due !== null) timer = { handle: setTimer(onTimer, Math.max(0, due - now())) };
  };

  const runSave = async (): Promise<void> => {
    try {
      await save();
      policy.onSaved(now());
    } catch (error) {
      policy.onSaveFailed(now());
      onError?.(error);
    }
  };

  const startSave = (): Promise<void> => {
    cancelTimer();
    policy.onSaveStarted(now());
    const saving = runSave().finally(() => {
      inFlight = null;
      if (!disposed && policy.isDue(now())) void startSave();
      else schedule();
    });
    inFlight = saving;
    return saving;
  };

  function onTimer(): void {
    timer = null;
    if (disposed || inFlight !== null) return;
    if (policy.isDue(now())) void startSave();
    else schedule();
  }

  return {
    recordEdit() {
      if (disposed) return;
      policy.onEdit(now());
      if (inFlight === null) schedule();
    },
    async flush() {
      while (inFlight !== null) await inFlight;
      if (policy.hasUnsavedEdits()) await startSave();
      return !policy.hasUnsavedEdits();
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
    hasUnsavedEdits: () => policy.hasUnsavedEdits(),
    isSaving: () => inFlight !== null,
  };
}
