import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocumentFile, saveDocumentFile, sha256, type ConflictChoice } from '../../../../electron/main/document-files';
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
