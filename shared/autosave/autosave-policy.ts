/** Timing of the autosave: wait for a pause in editing, but never longer than the max wait. */
export interface AutosavePolicyOptions {
  /** A draft is written this long after the last edit. Default 1,000 ms. */
  debounceMs?: number;
  /** …and at least this often while edits keep coming, measured from the first unsaved edit. Default 5,000 ms. */
  maxWaitMs?: number;
}

/**
 * A pure autosave scheduler driven by explicit timestamps (no timers inside). A debounce alone never
 * fires while people keep typing, so the save is due at whichever comes first: `debounceMs` after the
 * last edit, or `maxWaitMs` after the first edit not yet captured by a save. Saves never overlap: while
 * one is in flight nothing is due, and edits made meanwhile are due once it ends.
 */
export interface AutosavePolicy {
  readonly debounceMs: number;
  readonly maxWaitMs: number;
  /** Records an edit made at `now`. */
  onEdit(now: number): void;
  /** When the next save is due (possibly in the past), or null when nothing is unsaved or a save is in flight. */
  nextDueAt(): number | null;
  /** True when a save should start at `now`. */
  isDue(now: number): boolean;
  /** True when some edit has not been captured by a save yet. */
  hasUnsavedEdits(): boolean;
  /** True between `onSaveStarted` and `onSaved`/`onSaveFailed`. */
  isSaving(): boolean;
  /** A save started at `now` and captures every edit made so far. */
  onSaveStarted(now: number): void;
  /** The save in flight finished; without one, a save made elsewhere (e.g. File › Save) captured every edit so far. */
  onSaved(now: number): void;
  /** The save in flight failed: its edits are unsaved again and retried no later than `maxWaitMs` from `now`. */
  onSaveFailed(now: number): void;
}

function checkDuration(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number of milliseconds ≥ 0, got ${value}`);
  return value;
}

/** Creates the autosave timing policy: 1 s after the last edit, at least every 5 s of continuous editing. */
export function createAutosavePolicy(options: AutosavePolicyOptions = {}): AutosavePolicy {
  const debounceMs = checkDuration('debounceMs', options.debounceMs ?? 1000);
  const maxWaitMs = checkDuration('maxWaitMs', options.maxWaitMs ?? 5000);
  let firstUnsavedAt: number | null = null;
  let lastEditAt: number | null = null;
  let saving = false;

  const clearUnsaved = (): void => {
    firstUnsavedAt = null;
    lastEditAt = null;
  };

  const dueAt = (): number | null => {
    if (firstUnsavedAt === null) return null;
    const maxWaitDue = firstUnsavedAt + maxWaitMs;
    return lastEditAt === null ? maxWaitDue : Math.min(lastEditAt + debounceMs, maxWaitDue);
  };

  return {
    debounceMs,
    maxWaitMs,
    onEdit(now) {
      if (firstUnsavedAt === null) firstUnsavedAt = now;
      lastEditAt = lastEditAt === null ? now : Math.max(lastEditAt, now);
    },
    nextDueAt() {
      return saving ? null : dueAt();
    },
    isDue(now) {
      const due = saving ? null : dueAt();
      return due !== null && now >= due;
    },
    hasUnsavedEdits() {
      return firstUnsavedAt !== null;
    },
    isSaving() {
      return saving;
    },
    onSaveStarted() {
      saving = true;
      clearUnsaved();
    },
    onSaved() {
      if (saving) saving = false;
      else clearUnsaved();
    },
    onSaveFailed(now) {
      saving = false;
      if (firstUnsavedAt === null) firstUnsavedAt = now;
    },
  };
}
