import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosavePolicy } from '../../../../shared/autosave/autosave-policy';
import { createAutosaver, type Autosaver } from '../../../../shared/autosave/autosaver';

/** An autosaver on vitest's fake clock whose saves take `saveMs` and are logged by start time. */
function fakeAutosaver(options: { saveMs?: number; failFirst?: number } = {}) {
  const saveStarts: number[] = [];
  const saveEnds: number[] = [];
  const errors: unknown[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const autosaver: Autosaver = createAutosaver({
    policy: createAutosavePolicy(),
    now: () => Date.now(),
    setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimer: (handle) => clearTimeout(handle),
    save: async () => {
      saveStarts.push(Date.now());
      if ((options.saveMs ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, options.saveMs));
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('disk full');
      }
      saveEnds.push(Date.now());
    },
    onError: (error) => errors.push(error),
  });
  return { autosaver, saveStarts, saveEnds, errors };
}

describe('autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes nothing when nothing is edited', async () => {
    const { saveStarts } = fakeAutosaver();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveStarts).toEqual([]);
  });

  it('writes a draft one second after a single edit, and only once', async () => {
    const { autosaver, saveStarts } = fakeAutosaver();
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(999);
    expect(saveStarts).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveStarts).toEqual([1_000]);
    expect(autosaver.hasUnsavedEdits()).toBe(false);
  });

  it('keeps saving at least every five seconds while someone types every 200 ms for 20 s', async () => {
    const { autosaver, saveStarts } = fakeAutosaver({ saveMs: 150 });
    const edits: number[] = [];
    for (let time = 0; time < 20_000; time += 200) {
      autosaver.recordEdit();
      edits.push(Date.now());
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(10_000);

    const gaps = saveStarts.slice(1).map((start, i) => start - (saveStarts[i] ?? 0));
    expect(saveStarts[0]).toBeLessThanOrEqual(5_000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5_000);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
    expect(saveStarts.length).toBeLessThanOrEqual(20_000 / 5_000 + 1);
    for (const edit of edits) {
      const savedAt = saveStarts.find((start) => start >= edit) ?? Infinity;
      expect(savedAt - edit).toBeLessThanOrEqual(5_000);
    }
    expect(autosaver.hasUnsavedEdits()).toBe(false);
  });

  it('never overlaps saves: an edit during a save is saved by a follow-up save', async () => {
    const { autosaver, saveStarts, saveEnds } = fakeAutosaver({ saveMs: 3_000 });
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(autosaver.isSaving()).toBe(true);
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(saveStarts).toEqual([1_000, 4_000]);
    expect(saveEnds).toEqual([4_000, 7_000]);
    expect(autosaver.hasUnsavedEdits()).toBe(false);
  });

  it('flush() saves at once when something is unsaved', async () => {
    const { autosaver, saveStarts } = fakeAutosaver();
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(300);
    await expect(autosaver.flush()).resolves.toBe(true);
    expect(saveStarts).toEqual([300]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saveStarts).toEqual([300]);
  });

  it('flush() does nothing when everything is saved', async () => {
    const { autosaver, saveStarts } = fakeAutosaver();
    await expect(autosaver.flush()).resolves.toBe(true);
    expect(saveStarts).toEqual([]);
  });

  it('flush() waits for a save in flight, then saves the edits made during it', async () => {
    const { autosaver, saveStarts } = fakeAutosaver({ saveMs: 1_000 });
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(1_200);
    autosaver.recordEdit();
    const flushed = autosaver.flush();
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(flushed).resolves.toBe(true);
    expect(saveStarts).toEqual([1_000, 2_000]);
  });

  it('retries a failed save and reports the failure', async () => {
    const { autosaver, saveStarts, saveEnds, errors } = fakeAutosaver({ failFirst: 1 });
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(1);
    expect(autosaver.hasUnsavedEdits()).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saveStarts).toEqual([1_000, 6_000]);
    expect(saveEnds).toEqual([6_000]);
  });

  it('survives a save that throws synchronously', async () => {
    let calls = 0;
    const autosaver = createAutosaver({
      policy: createAutosavePolicy(),
      now: () => Date.now(),
      setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
      clearTimer: (handle) => clearTimeout(handle),
      save: () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
    });
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosaver.isSaving()).toBe(false);
    await expect(autosaver.flush()).resolves.toBe(true);
    expect(calls).toBe(2);
  });

  it('stops saving after dispose()', async () => {
    const { autosaver, saveStarts } = fakeAutosaver();
    autosaver.recordEdit();
    autosaver.dispose();
    autosaver.recordEdit();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveStarts).toEqual([]);
  });
});
