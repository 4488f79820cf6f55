/**
 * Our own atomic file writer. Libraries such as write-file-atomic ignore short writes and can rename a
 * truncated file over a good one when the disk fills up; this one never does:
 *
 * 1. write a temp file in the same folder, looping until every byte is written;
 * 2. fsync it and check its size on disk;
 * 3. keep the previous version as `<name>.bak` (hard link, or copy where links are not supported);
 * 4. rename the temp file over the target (atomic on one file system) and fsync the folder.
 *
 * On any failure before the rename, the temp file is removed and the target is left byte-identical.
 * A process killed mid-save leaves at most a temp file, which `cleanupLeftoverTempFiles` removes later.
 */
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserFacingFileError, errorCode, toWriteError } from './file-errors';

/** The file-system calls the writer needs; injectable so tests can simulate short writes and a full disk. */
export interface AtomicFileSystem {
  open(filePath: string, flags: string, mode?: number): Promise<number>;
  write(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  fstat(fd: number): Promise<{ size: number }>;
  close(fd: number): Promise<void>;
  stat(filePath: string): Promise<{ size: number; mode: number; isDirectory(): boolean }>;
  realpath(filePath: string): Promise<string>;
  access(filePath: string, mode: number): Promise<void>;
  link(existingPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  readdir(folder: string): Promise<string[]>;
}

function promised<T>(run: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    run((error, value) => (error ? reject(error) : resolve(value)));
  });
}

/** The real file system (Node's `fs`). */
export const nodeFileSystem: AtomicFileSystem = {
  open: (filePath, flags, mode) => promised<number>((done) => nodeFs.open(filePath, flags, mode, done)),
  write: (fd, buffer, offset, length, position) =>
    promised<number>((done) => nodeFs.write(fd, buffer, offset, length, position, (error, written) => done(error, written))),
  fsync: (fd) => promised<void>((done) => nodeFs.fsync(fd, (error) => done(error, undefined))),
  fstat: (fd) => promised<nodeFs.Stats>((done) => nodeFs.fstat(fd, done)),
  close: (fd) => promised<void>((done) => nodeFs.close(fd, (error) => done(error, undefined))),
  stat: (filePath) => nodeFs.promises.stat(filePath),
  realpath: (filePath) => nodeFs.promises.realpath(filePath),
  access: (filePath, mode) => nodeFs.promises.access(filePath, mode),
  link: (existingPath, newPath) => nodeFs.promises.link(existingPath, newPath),
  copyFile: (source, destination) => nodeFs.promises.copyFile(source, destination),
  rename: (from, to) => nodeFs.promises.rename(from, to),
  unlink: (filePath) => nodeFs.promises.unlink(filePath),
  readdir: (folder) => nodeFs.promises.readdir(folder),
};

/** Matches the temp files this writer creates: `.<name>.tmp-<pid>-<random hex>`. */
export const TEMP_FILE_PATTERN = /^\..+\.tmp-(\d+)-[0-9a-f]{12}$/;

/** The name of the backup kept beside a file: `<name>.bak`. */
export function backupPathFor(filePath: string): string {
  return `${filePath}.bak`;
}

/** Temp files this process is writing right now, so a cleanup running at the same time leaves them. */
const inFlightTempFiles = new Set<string>();

function tempPathFor(filePath: string, suffix = ''): string {
  const name = `.${path.basename(filePath)}${suffix}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  const tempPath = path.join(path.dirname(filePath), name);
  inFlightTempFiles.add(tempPath);
  return tempPath;
}

function codedError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export interface AtomicWriteOptions {
  fs?: AtomicFileSystem;
  /** Keep the previous version as `<name>.bak` (default true). */
  keepBackup?: boolean;
}

export interface AtomicWriteResult {
  /** Bytes now on disk at the target. */
  bytesWritten: number;
  /** The backup of the previous version, or null when there was none or it could not be made. */
  backupPath: string | null;
}

async function existingFileMode(fs: AtomicFileSystem, filePath: string): Promise<number | null> {
  try {
    const stats = await fs.stat(filePath);
    if (stats.isDirectory()) throw codedError('EISDIR', `${filePath} is a folder`);
    return stats.mode & 0o777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function resolveTarget(fs: AtomicFileSystem, filePath: string): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path.resolve(filePath);
    throw error;
  }
}

async function removeQuietly(fs: AtomicFileSystem, filePath: string): Promise<void> {
  try {
    await fs.unlink(filePath);
  } catch {
    // Already gone, or the folder is unwritable: cleanupLeftoverTempFiles gets another chance later.
  }
  inFlightTempFiles.delete(filePath);
}

async function writeAll(fs: AtomicFileSystem, fd: number, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const written = await fs.write(fd, bytes, offset, bytes.length - offset, offset);
    if (!Number.isInteger(written) || written <= 0) {
      throw codedError('SHORT_WRITE', `write made no progress at byte ${offset} of ${bytes.length}`);
    }
    offset += written;
  }
}

async function keepBackup(fs: AtomicFileSystem, target: string): Promise<string | null> {
  const backupPath = backupPathFor(target);
  const staging = tempPathFor(target, '.bak');
  try {
    try {
      await fs.link(target, staging);
    } catch {
      await fs.copyFile(target, staging);
    }
    await fs.rename(staging, backupPath);
    inFlightTempFiles.delete(staging);
    return backupPath;
  } catch {
    // A missing backup never blocks a save: the rename below is still atomic, so the target is safe.
    await removeQuietly(fs, staging);
    return null;
  }
}

async function fsyncFolder(fs: AtomicFileSystem, folder: string): Promise<void> {
  let fd: number | null = null;
  try {
    fd = await fs.open(folder, 'r');
    await fs.fsync(fd);
  } catch {
    // Windows and some network file systems cannot open or fsync a folder; the rename has still happened.
  } finally {
    if (fd !== null) await fs.close(fd).catch(() => undefined);
  }
}

/**
 * Writes `data` to `filePath` atomically (see the module comment). Throws a `UserFacingFileError` with a
 * plain message and `canSaveAs: true` on failure, after which the target is byte-identical to before.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const fs = options.fs ?? nodeFileSystem;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let tempPath: string | null = null;
  let fd: number | null = null;
  try {
    const target = await resolveTarget(fs, filePath);
    const mode = await existingFileMode(fs, target);
    if (mode !== null) {
      try {
        await fs.access(target, nodeFs.constants.W_OK);
      } catch (error) {
        throw new UserFacingFileError(
          'This file is read-only, so it was not changed. Use Save As… to save a copy somewhere else.',
          errorCode(error) ?? 'EACCES',
          true,
          { cause: error },
        );
      }
    }
    tempPath = tempPathFor(target);
    fd = await fs.open(tempPath, 'wx', mode ?? 0o666);
    await writeAll(fs, fd, bytes);
    await fs.fsync(fd);
    const { size } = await fs.fstat(fd);
    if (size !== bytes.length) throw codedError('SIZE_MISMATCH', `expected ${bytes.length} bytes on disk, found ${size}`);
    await fs.close(fd);
    fd = null;
    const backupPath = mode !== null && options.keepBackup !== false ? await keepBackup(fs, target) : null;
    await fs.rename(tempPath, target);
    inFlightTempFiles.delete(tempPath);
    tempPath = null;
    await fsyncFolder(fs, path.dirname(target));
    return { bytesWritten: bytes.length, backupPath };
  } catch (error) {
    throw toWriteError(error, 'save');
  } finally {
    if (fd !== null) await fs.close(fd).catch(() => undefined);
    if (tempPath !== null) await removeQuietly(fs, tempPath);
  }
}

/** True when a process with this id is running. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

export interface CleanupOptions {
  fs?: AtomicFileSystem;
  isAlive?: (pid: number) => boolean;
}

/**
 * Removes temp files left in `folder` by a save that was interrupted (crash, power loss, kill).
 * Files another running process may be writing, and this process's own writes in flight, are left
 * alone. Returns the names removed.
 */
export async function cleanupLeftoverTempFiles(folder: string, options: CleanupOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFileSystem;
  const isAlive = options.isAlive ?? isProcessAlive;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE_PATTERN.exec(name);
    if (!match?.[1]) continue;
    const pid = Number(match[1]);
    const fullPath = path.join(folder, name);
    if (pid === process.pid ? inFlightTempFiles.has(fullPath) : isAlive(pid)) continue;
    try {
      await fs.unlink(fullPath);
      removed.push(name);
    } catch {
      // Not ours to remove (permissions) or already gone.
    }
  }
  return removed;
}
