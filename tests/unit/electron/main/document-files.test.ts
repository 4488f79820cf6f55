import { mkdirSync, mkdtempSync, promises as fsp, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocumentFile, saveDocumentFile, sha256, type ConflictChoice, type FileFingerprint } from '../../../../electron/main/document-files';
import { serializeJourneyFile } from '../../../../shared/format';
import { LIMITS } from '../../../../shared/model/types';
import { generateJourneyMap } from '../../../support/map-generator';

let folder: string;
let filePath: string;
const map = generateJourneyMap({ touchpoints: 12, seed: 7 });

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'document-files-'));
  filePath = path.join(folder, 'Claims review.journeymap');
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

describe('readDocumentFile', () => {
  it('loads a valid file with its display name and a fingerprint of the bytes read', async () => {
    const text = serializeJourneyFile(map);
    writeFileSync(filePath, text);
    const result = await readDocumentFile(filePath);
    if (!result.ok) throw new Error(result.message);
    expect(result.document.map).toEqual(map);
    expect(result.document.info).toEqual({ fileName: 'Claims review.journeymap', readOnly: false });
    expect(result.fingerprint).toEqual({ size: Buffer.byteLength(text), mtimeMs: statSync(filePath).mtimeMs, sha256: sha256(Buffer.from(text)) });
  });

  it('opens a file for review as read-only even when it could be written', async () => {
    writeFileSync(filePath, serializeJourneyFile(map));
    const result = await readDocumentFile(filePath, { forReview: true });
    expect(result.ok && result.document.info.readOnly).toBe(true);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    writeFileSync(filePath, Buffer.alloc(LIMITS.maxFileBytes + 1, 0x20));
    const result = await readDocumentFile(filePath);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(result.ok ? '' : result.message).toMatch(/20 MB/);
  });

  it('passes on the format module error for a file that is not a journey map', async () => {
    writeFileSync(filePath, '{"hello": "world"}');
    const result = await readDocumentFile(filePath);
    expect(result).toMatchObject({ ok: false, code: 'not-a-journeymap' });
  });

  it('says a missing file could not be found', async () => {
    const result = await readDocumentFile(path.join(folder, 'gone.journeymap'));
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
    expect(result.ok ? '' : result.message).toMatch(/could not be found/);
  });

  it('says a folder is not a file', async () => {
    const result = await readDocumentFile(folder);
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
  });
});

describe('saveDocumentFile', () => {
  const neverAsked = vi.fn(async (): Promise<ConflictChoice> => {
    throw new Error('should not ask');
  });

  it('writes a new file chosen in Save As without asking anything', async () => {
    const result = await saveDocumentFile({ filePath, map, expected: null, askConflict: neverAsked });
    expect(result.status).toBe('saved');
    expect(readFileSync(filePath, 'utf8')).toBe(serializeJourneyFile(map));
    expect(neverAsked).not.toHaveBeenCalled();
  });

  it('saves over an unchanged file without asking and returns the new fingerprint', async () => {
    writeFileSync(filePath, serializeJourneyFile(map));
    const opened = await readDocumentFile(filePath);
    if (!opened.ok) throw new Error(opened.message);
    const edited = { ...map, title: 'Renamed in the workshop' };
    const result = await saveDocumentFile({ filePath, map: edited, expected: opened.fingerprint, askConflict: neverAsked });
    if (result.status !== 'saved') throw new Error(result.status);
    const reopened = await readDocumentFile(filePath);
    expect(reopened.ok && reopened.fingerprint).toEqual(result.fingerprint);
    expect(result.backupPath).toBe(`${filePath}.bak`);
    expect(neverAsked).not.toHaveBeenCalled();
  });

  it('reports a failed write with a plain message and offers Save As', async () => {
    const result = await saveDocumentFile({ filePath: path.join(folder, 'missing-folder', 'x.journeymap'), map, expected: null, askConflict: neverAsked });
    expect(result).toMatchObject({ status: 'failed', canSaveAs: true });
    expect(result.status === 'failed' && result.message).toMatch(/folder no longer exists/);
  });
});

describe('saveDocumentFile: the file on disk cannot be checked for changes', () => {
  const mine = { ...map, title: 'Edited in the workshop' };

  async function openSaved(): Promise<FileFingerprint> {
    writeFileSync(filePath, serializeJourneyFile(map));
    const opened = await readDocumentFile(filePath);
    if (!opened.ok) throw new Error(opened.message);
    return opened.fingerprint;
  }

  function systemError(code: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`${code}: simulated`), { code });
  }

  it('asks when the file was replaced by a folder (EISDIR), and Cancel leaves it as it is', async () => {
    const expected = await openSaved();
    unlinkSync(filePath);
    mkdirSync(filePath);
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'cancel');
    const result = await saveDocumentFile({ filePath, map: mine, expected, askConflict });
    expect(askConflict).toHaveBeenCalledExactlyOnceWith({ fileName: 'Claims review.journeymap', reason: 'unreadable', problem: 'That is a folder, not a file.' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(statSync(filePath).isDirectory()).toBe(true);
  });

  it('asks when the path became a symbolic link that loops (ELOOP)', async () => {
    const expected = await openSaved();
    unlinkSync(filePath);
    symlinkSync(path.basename(filePath), filePath);
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'save-as');
    const result = await saveDocumentFile({ filePath, map: mine, expected, askConflict });
    expect(askConflict).toHaveBeenCalledExactlyOnceWith({ fileName: 'Claims review.journeymap', reason: 'unreadable', problem: 'The file could not be read (ELOOP).' });
    expect(result).toEqual({ status: 'save-as' });
  });

  it.each([
    ['EACCES', "You don't have permission to open this file."],
    ['EIO', 'The file could not be read (EIO).'],
  ])('asks when reading it fails with %s; Cancel writes nothing, Overwrite writes only because the user chose it', async (code, problem) => {
    const expected = await openSaved();
    const before = readFileSync(filePath);
    // Root ignores file modes, so the read error is injected into the real fs at the one call that fingerprints the file.
    vi.spyOn(fsp, 'open').mockRejectedValueOnce(systemError(code));
    const cancel = vi.fn(async (): Promise<ConflictChoice> => 'cancel');
    expect(await saveDocumentFile({ filePath, map: mine, expected, askConflict: cancel })).toEqual({ status: 'cancelled' });
    expect(cancel).toHaveBeenCalledExactlyOnceWith({ fileName: 'Claims review.journeymap', reason: 'unreadable', problem });
    expect(readFileSync(filePath).equals(before)).toBe(true);

    vi.spyOn(fsp, 'open').mockRejectedValueOnce(systemError(code));
    const overwrite = vi.fn(async (): Promise<ConflictChoice> => 'overwrite');
    const result = await saveDocumentFile({ filePath, map: mine, expected, askConflict: overwrite });
    expect(overwrite).toHaveBeenCalledTimes(1);
    expect(result.status).toBe('saved');
    expect(readFileSync(filePath, 'utf8')).toBe(serializeJourneyFile(mine));
  });

  it('asks, as moved or deleted, when the file is gone (ENOENT); saving there again is then the user\'s choice', async () => {
    const expected = await openSaved();
    unlinkSync(filePath);
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'overwrite');
    const result = await saveDocumentFile({ filePath, map: mine, expected, askConflict });
    expect(askConflict).toHaveBeenCalledExactlyOnceWith({ fileName: 'Claims review.journeymap', reason: 'deleted' });
    expect(result.status).toBe('saved');
    expect(readFileSync(filePath, 'utf8')).toBe(serializeJourneyFile(mine));
  });

  it('says "changed" for a file that was readable and differs', async () => {
    const expected = await openSaved();
    writeFileSync(filePath, serializeJourneyFile({ ...map, title: 'Edited by a colleague' }));
    const askConflict = vi.fn(async (): Promise<ConflictChoice> => 'cancel');
    await saveDocumentFile({ filePath, map: mine, expected, askConflict });
    expect(askConflict).toHaveBeenCalledExactlyOnceWith({ fileName: 'Claims review.journeymap', reason: 'changed' });
  });
});
