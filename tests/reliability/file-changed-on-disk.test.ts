/**
 * Reliability row 9: when the file changed on disk after it was opened, saving ALWAYS asks the user;
 * nothing is ever overwritten silently. Size-only, modification-time-only and content-only changes, and
 * random sequences of them, are each detected.
 * Reproduce: npx vitest run --project reliability tests/reliability/file-changed-on-disk.test.ts
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocumentFile, saveDocumentFile, type ConflictChoice, type FileFingerprint } from '../../electron/main/document-files';
import { serializeJourneyFile } from '../../shared/format';
import { generateJourneyMap } from '../support/map-generator';

let folder: string;
const opened = generateJourneyMap({ touchpoints: 15, seed: 21 });
const mine = { ...opened, title: 'My edits' };
/** A whole second, so restoring the modification time gives exactly the same `mtimeMs`. */
const OPENED_AT = new Date('2026-11-02T09:00:00Z');

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'changed-on-disk-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function openFresh(name: string): Promise<{ filePath: string; fingerprint: FileFingerprint }> {
  const filePath = path.join(folder, name);
  writeFileSync(filePath, serializeJourneyFile(opened));
  utimesSync(filePath, OPENED_AT, OPENED_AT);
  const result = await readDocumentFile(filePath);
  if (!result.ok) throw new Error(result.message);
  return { filePath, fingerprint: result.fingerprint };
}

type Change = 'size' | 'mtime' | 'content' | 'delete';

/** Changes the file in one way only: the other two signals are kept as they were. */
function change(filePath: string, kind: Change, seed: number): void {
  if (kind === 'delete') {
    unlinkSync(filePath);
    return;
  }
  if (kind === 'mtime') {
    const later = new Date(OPENED_AT.getTime() + 1000 * (1 + (seed % 1000)));
    utimesSync(filePath, later, later);
    return;
  }
  if (kind === 'size') appendFileSync(filePath, ' '.repeat(1 + (seed % 50)));
  if (kind === 'content') {
    const bytes = readFileSync(filePath);
    const index = bytes.indexOf('"title": "') + 10 + (seed % 3);
    // Cumulative: repeated changes of one byte step through the alphabet and never restore the original.
    bytes[index] = 0x41 + (((bytes[index] ?? 0x41) - 0x41 + 1 + 26) % 26);
    writeFileSync(filePath, bytes);
  }
  utimesSync(filePath, OPENED_AT, OPENED_AT);
}

describe('a file changed on disk after it was opened (reliability row 9)', () => {
  it.each<Change>(['size', 'mtime', 'content', 'delete'])('%s change: save asks, and Cancel leaves the disk as it is', async (kind) => {
    const { filePath, fingerprint } = await openFresh(`${kind}.journeymap`);
    change(filePath, kind, 7);
    if (kind === 'size' || kind === 'content') expect(statSync(filePath).mtimeMs).toBe(fingerprint.mtimeMs);
    if (kind === 'content') expect(statSync(filePath).size).toBe(fingerprint.size);
    const before = kind === 'delete' ? null : readFileSync(filePath);
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'cancel');
    const result = await saveDocumentFile({ filePath, map: mine, expected: fingerprint, askConflict });
    expect(askConflict).toHaveBeenCalledTimes(1);
    expect(askConflict).toHaveBeenCalledWith({ fileName: `${kind}.journeymap`, reason: kind === 'delete' ? 'deleted' : 'changed' });
    expect(result).toEqual({ status: 'cancelled' });
    if (before) expect(readFileSync(filePath).equals(before)).toBe(true);
  });

  it('does not ask when nothing changed', async () => {
    const { filePath, fingerprint } = await openFresh('unchanged.journeymap');
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'cancel');
    expect((await saveDocumentFile({ filePath, map: mine, expected: fingerprint, askConflict })).status).toBe('saved');
    expect(askConflict).not.toHaveBeenCalled();
  });

  it('asks in 100% of random change sequences and does exactly what the user chose', async () => {
    let runs = 0;
    let asked = 0;
    let silentOverwrites = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Change>('size', 'mtime', 'content'), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<ConflictChoice>('overwrite', 'save-as', 'reload', 'cancel'),
        fc.nat(),
        async (changes, choice, seed) => {
          runs += 1;
          const { filePath, fingerprint } = await openFresh(`random-${runs}.journeymap`);
          changes.forEach((kind, index) => change(filePath, kind, seed + index));
          const onDisk = readFileSync(filePath);
          const askConflict = vi.fn(async () => choice);
          const result = await saveDocumentFile({ filePath, map: mine, expected: fingerprint, askConflict });
          if (askConflict.mock.calls.length === 1) asked += 1;
          const nowOnDisk = readFileSync(filePath);
          if (askConflict.mock.calls.length === 0 && !nowOnDisk.equals(onDisk)) silentOverwrites += 1;
          expect(askConflict).toHaveBeenCalledTimes(1);
          if (choice === 'overwrite') expect(nowOnDisk.toString()).toBe(serializeJourneyFile(mine));
          else expect(nowOnDisk.equals(onDisk)).toBe(true);
          expect(result.status).toBe({ overwrite: 'saved', 'save-as': 'save-as', cancel: 'cancelled', reload: result.status === 'reloaded' ? 'reloaded' : 'failed' }[choice]);
        },
      ),
      { numRuns: 300 },
    );
    console.log(`[reliability 9] ${runs} saves after random changes on disk: asked ${asked}/${runs}, silent overwrites ${silentOverwrites}`);
    expect(asked).toBe(runs);
    expect(silentOverwrites).toBe(0);
  });
});
