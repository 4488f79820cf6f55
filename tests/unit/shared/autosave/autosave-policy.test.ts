import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAutosavePolicy } from '../../../../shared/autosave/autosave-policy';

describe('autosave policy', () => {
  it('has nothing due before the first edit', () => {
    const policy = createAutosavePolicy();
    expect(policy.nextDueAt()).toBeNull();
    expect(policy.isDue(1_000_000)).toBe(false);
    expect(policy.hasUnsavedEdits()).toBe(false);
  });

  it('saves one second after a single edit', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(10_000);
    expect(policy.nextDueAt()).toBe(11_000);
    expect(policy.isDue(10_999)).toBe(false);
    expect(policy.isDue(11_000)).toBe(true);
  });

  it('waits for a pause in typing, but never longer than five seconds after the first unsaved edit', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(0);
    policy.onEdit(800);
    expect(policy.nextDueAt()).toBe(1_800);
    policy.onEdit(3_900);
    expect(policy.nextDueAt()).toBe(4_900);
    policy.onEdit(4_500);
    expect(policy.nextDueAt()).toBe(5_000);
  });

  it('starts the max wait again after each save', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(0);
    policy.onSaveStarted(5_000);
    policy.onSaved(5_100);
    expect(policy.nextDueAt()).toBeNull();
    policy.onEdit(5_200);
    expect(policy.nextDueAt()).toBe(6_200);
  });

  it('is never due while a save is in flight, and edits made meanwhile are due once it ends', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(0);
    policy.onSaveStarted(1_000);
    expect(policy.isSaving()).toBe(true);
    expect(policy.hasUnsavedEdits()).toBe(false);
    policy.onEdit(1_100);
    expect(policy.nextDueAt()).toBeNull();
    expect(policy.isDue(9_999)).toBe(false);
    policy.onSaved(1_500);
    expect(policy.isSaving()).toBe(false);
    expect(policy.nextDueAt()).toBe(2_100);
  });

  it('retries a failed save no later than the max wait, keeping its edits unsaved', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(0);
    policy.onSaveStarted(1_000);
    policy.onSaveFailed(1_200);
    expect(policy.hasUnsavedEdits()).toBe(true);
    expect(policy.nextDueAt()).toBe(6_200);
    policy.onEdit(2_000);
    expect(policy.nextDueAt()).toBe(3_000);
  });

  it('treats a save made elsewhere (File › Save) as capturing every edit', () => {
    const policy = createAutosavePolicy();
    policy.onEdit(0);
    policy.onSaved(500);
    expect(policy.hasUnsavedEdits()).toBe(false);
    expect(policy.nextDueAt()).toBeNull();
  });

  it('takes other timings', () => {
    const policy = createAutosavePolicy({ debounceMs: 300, maxWaitMs: 2_000 });
    policy.onEdit(0);
    expect(policy.nextDueAt()).toBe(300);
    policy.onEdit(1_900);
    expect(policy.nextDueAt()).toBe(2_000);
  });

  it('refuses negative or non-finite timings', () => {
    expect(() => createAutosavePolicy({ debounceMs: -1 })).toThrow(RangeError);
    expect(() => createAutosavePolicy({ maxWaitMs: Number.NaN })).toThrow(RangeError);
  });

  it('for any pattern of edits, every edit is saved within five seconds and saves are at least a second apart', () => {
    const editGaps = fc.array(fc.integer({ min: 0, max: 7_000 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(editGaps, (gaps) => {
        const policy = createAutosavePolicy();
        const edits: number[] = [];
        const saves: number[] = [];
        const saveDueUpTo = (time: number): void => {
          for (let due = policy.nextDueAt(); due !== null && due <= time; due = policy.nextDueAt()) {
            saves.push(due);
            policy.onSaveStarted(due);
            policy.onSaved(due);
          }
        };
        let time = 0;
        for (const gap of gaps) {
          time += gap;
          saveDueUpTo(time);
          policy.onEdit(time);
          edits.push(time);
        }
        saveDueUpTo(Number.POSITIVE_INFINITY);

        for (const edit of edits) {
          const saved = saves.find((save) => save >= edit);
          expect(saved).toBeDefined();
          expect((saved ?? Infinity) - edit).toBeLessThanOrEqual(5_000);
        }
        for (let i = 1; i < saves.length; i++) {
          expect((saves[i] ?? 0) - (saves[i - 1] ?? 0)).toBeGreaterThanOrEqual(1_000);
        }
        expect(saves.at(-1)).toBeLessThanOrEqual((edits.at(-1) ?? 0) + 1_000);
      }),
      { numRuns: 500 },
    );
  });
});
