/**
 * Reading and saving `.journeymap` files for the main process. Every read is size-checked before the
 * file is loaded and parsed by the shared format module; every save first compares the file on disk with
 * what was opened and asks the user when it changed or cannot be checked, so nothing is ever overwritten
 * silently.
 */
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import type { DocumentInfo, FileErrorCode, LoadedDocument } from '../../shared/ipc/contract';
import { BYTES_PER_MB, LIMITS, type JourneyMap } from '../../shared/model/types';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { describeFileError, errorCode, toWriteError } from './file-errors';

/** What a file looked like when we last read or wrote it. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export type ReadDocumentResult =
  | { ok: true; document: LoadedDocument; fingerprint: FileFingerprint }
  | { ok: false; code: FileErrorCode; message: string };

/** SHA-256 of some bytes, hex encoded. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when two fingerprints describe the same file contents and modification time. */
export function sameFingerprint(a: FileFingerprint, b: FileFingerprint): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

/** The display name of a file ("auto-insurance.journeymap"). */
export function displayName(filePath: string): string {
  return path.basename(filePath);
}

/** True when this user cannot replace the file (the file or its folder is not writable). */
export async function isReadOnlyLocation(filePath: string): Promise<boolean> {
  try {
    await fsp.access(filePath, fsConstants.W_OK);
    await fsp.access(path.dirname(filePath), fsConstants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function tooLargeMessage(size: number): string {
  const megabytes = (size / BYTES_PER_MB).toFixed(1);
  const limit = LIMITS.maxFileBytes / BYTES_PER_MB;
  const shown = Number(megabytes) <= limit ? `just over ${limit}` : megabytes;
  return `This file is ${shown} MB; journey maps can be at most ${limit} MB. The file was not changed.`;
}

/** Reads and parses a journey-map file. Never throws: every failure is a coded, readable error. */
export async function readDocumentFile(filePath: string, options: { forReview?: boolean } = {}): Promise<ReadDocumentResult> {
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    const handle = await fsp.open(filePath, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) return { ok: false, code: 'io-error', message: describeFileError({ code: 'EISDIR' }, 'open') };
      if (stats.size > LIMITS.maxFileBytes) return { ok: false, code: 'too-large', message: tooLargeMessage(stats.size) };
      mtimeMs = stats.mtimeMs;
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, code: 'io-error', message: describeFileError(error, 'open') };
  }
  const parsed = parseJourneyFile(bytes);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, message: parsed.error.message };
  const readOnly = options.forReview === true || (await isReadOnlyLocation(filePath));
  return {
    ok: true,
    document: { map: parsed.map, info: { fileName: displayName(filePath), readOnly }, warnings: parsed.warnings },
    fingerprint: { size: bytes.length, mtimeMs, sha256: sha256(bytes) },
  };
}

/** The fingerprint of the file as it is on disk now, or null when it no longer exists. */
export async function fingerprintOnDisk(filePath: string): Promise<FileFingerprint | null> {
  try {
    const handle = await fsp.open(filePath, 'r');
    try {
      const stats = await handle.stat();
      const bytes = await handle.readFile();
      return { size: bytes.length, mtimeMs: stats.mtimeMs, sha256: sha256(bytes) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

export type ConflictChoice = 'overwrite' | 'save-as' | 'reload' | 'cancel';

/**
 * Why a save has to ask before writing. `changed`: the file differs from what was opened. `deleted`: it
 * was moved or deleted (nothing to reload). `unreadable`: it exists but cannot be read or examined now
 * (permissions changed, a disk error, a folder in its place), so whether it changed is unknown; `problem`
 * says why in plain words.
 */
export type ConflictQuestion =
  | { fileName: string; reason: 'changed' | 'deleted' }
  | { fileName: string; reason: 'unreadable'; problem: string };

export interface SaveDocumentRequest {
  filePath: string;
  map: JourneyMap;
  /** The fingerprint from when the file was opened or last saved; null for a path just chosen in Save As. */
  expected: FileFingerprint | null;
  /** Asks the user what to do because the file changed on disk. */
  askConflict: (question: ConflictQuestion) => Promise<ConflictChoice>;
  writeOptions?: AtomicWriteOptions;
}

export type SaveDocumentResult =
  | { status: 'saved'; fingerprint: FileFingerprint; info: DocumentInfo; backupPath: string | null }
  | { status: 'cancelled' }
  /** The user chose Save As… in the conflict prompt: the caller shows the save dialog. */
  | { status: 'save-as' }
  | { status: 'reloaded'; document: LoadedDocument; fingerprint: FileFingerprint }
  | { status: 'failed'; message: string; canSaveAs: boolean };

/**
 * Null only when the file on disk is provably the one that was opened or last saved. Everything else asks
 * (reliability row 9): a changed file, a missing one (ENOENT: the user may want it back where it was, or
 * elsewhere) and one that cannot be read or examined (EACCES, EIO, EISDIR…), since it may have changed.
 */
async function detectConflict(filePath: string, expected: FileFingerprint): Promise<ConflictQuestion | null> {
  const fileName = displayName(filePath);
  let current: FileFingerprint | null;
  try {
    current = await fingerprintOnDisk(filePath);
  } catch (error) {
    return { fileName, reason: 'unreadable', problem: describeFileError(error, 'open') };
  }
  if (current === null) return { fileName, reason: 'deleted' };
  return sameFingerprint(current, expected) ? null : { fileName, reason: 'changed' };
}

/**
 * Saves a map to `filePath` atomically. If the file changed on disk since `expected` was taken, was
 * deleted, or cannot be read to check, the user is always asked first (overwrite, save as, reload or
 * cancel); the answer decides what happens.
 */
export async function saveDocumentFile(request: SaveDocumentRequest): Promise<SaveDocumentResult> {
  const { filePath, map, expected } = request;
  if (expected) {
    const conflict = await detectConflict(filePath, expected);
    if (conflict) {
      const choice = await request.askConflict(conflict);
      if (choice === 'cancel') return { status: 'cancelled' };
      if (choice === 'save-as') return { status: 'save-as' };
      if (choice === 'reload') {
        const reloaded = await readDocumentFile(filePath);
        return reloaded.ok
          ? { status: 'reloaded', document: reloaded.document, fingerprint: reloaded.fingerprint }
          : { status: 'failed', message: reloaded.message, canSaveAs: true };
      }
    }
  }
  const bytes = new TextEncoder().encode(serializeJourneyFile(map));
  try {
    const { backupPath } = await writeFileAtomic(filePath, bytes, request.writeOptions);
    // If the new modification time cannot be read, NaN makes the next save ask rather than guess.
    const mtimeMs = await fsp.stat(filePath).then((stats) => stats.mtimeMs, () => Number.NaN);
    return {
      status: 'saved',
      fingerprint: { size: bytes.length, mtimeMs, sha256: sha256(bytes) },
      info: { fileName: displayName(filePath), readOnly: false },
      backupPath,
    };
  } catch (error) {
    const failure = toWriteError(error, 'save');
    return { status: 'failed', message: failure.message, canSaveAs: failure.canSaveAs };
  }
}
