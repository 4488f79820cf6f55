import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TEMP_FILE_PATTERN,
  backupPathFor,
  cleanupLeftoverTempFiles,
  nodeFileSystem,
  writeFileAtomic,
} from '../../../../electron/main/atomic-write';
import { UserFacingFileError } from '../../../../electron/main/file-errors';
import { diskFullFs, faultyFs, systemError } from '../../../reliability/support/faulty-fs';

let folder: string;
let target: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
  target = path.join(folder, 'workshop.journeymap');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const tempFiles = () => readdirSync(folder).filter((name) => TEMP_FILE_PATTERN.test(name));

async function expectWriteError(promise: Promise<unknown>): Promise<UserFacingFileError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserFacingFileError);
  return error as UserFacingFileError;
}

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the given bytes and no backup', async () => {
    const result = await writeFileAtomic(target, 'first version\n');
    expect(readFileSync(target, 'utf8')).toBe('first version\n');
    expect(result).toEqual({ bytesWritten: 14, backupPath: null });
    expect(readdirSync(folder)).toEqual(['workshop.journeymap']);
  });

  it('replaces an existing file and keeps the previous version as <name>.bak', async () => {
    writeFileSync(target, 'old');
    const result = await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(result.backupPath).toBe(backupPathFor(target));
    expect(readFileSync(backupPathFor(target), 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('replaces an older backup with the version just replaced', async () => {
    writeFileSync(target, 'v1');
    await writeFileAtomic(target, 'v2');
    await writeFileAtomic(target, 'v3');
    expect(readFileSync(backupPathFor(target), 'utf8')).toBe('v2');
  });

  it('keeps no backup when asked not to', async () => {
    writeFileSync(target, 'old');
    const result = await writeFileAtomic(target, 'new', { keepBackup: false });
    expect(result.backupPath).toBeNull();
    expect(readdirSync(folder)).toEqual(['workshop.journeymap']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to the real file', async () => {
    const real = path.join(folder, 'real.journeymap');
    writeFileSync(real, 'old');
    symlinkSync(real, target);
    await writeFileAtomic(target, 'new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(target).isFile()).toBe(true);
  });

  it('loops over short writes until every byte is on disk', async () => {
    const data = 'x'.repeat(10_000);
    const fs = diskFullFs({ capacityBytes: Number.MAX_SAFE_INTEGER, maxBytesPerWrite: 777 });
    await writeFileAtomic(target, data, { fs });
    expect(readFileSync(target, 'utf8')).toBe(data);
    expect(fs.writeCalls()).toBe(Math.ceil(10_000 / 777));
  });

  it('on a full disk leaves the previous file byte-identical, removes its temp file and says so plainly', async () => {
    writeFileSync(target, 'precious previous version');
    const fs = diskFullFs({ capacityBytes: 5, maxBytesPerWrite: 3 });
    const error = await expectWriteError(writeFileAtomic(target, 'a much longer new version', { fs }));
    expect(error.message).toMatch(/disk is full/i);
    expect(error.message).not.toMatch(/ENOSPC/);
    expect(error.canSaveAs).toBe(true);
    expect(error.code).toBe('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('precious previous version');
    expect(tempFiles()).toEqual([]);
  });

  it('gives up on a write that makes no progress instead of looping forever', async () => {
    writeFileSync(target, 'old');
    const error = await expectWriteError(writeFileAtomic(target, 'new content', { fs: faultyFs({ write: async () => 0 }) }));
    expect(error.code).toBe('SHORT_WRITE');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('leaves the target untouched when fsync fails', async () => {
    writeFileSync(target, 'old');
    await expectWriteError(writeFileAtomic(target, 'new', { fs: faultyFs({ fsync: async () => Promise.reject(systemError('EIO')) }) }));
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('refuses to rename a temp file whose size on disk is wrong', async () => {
    writeFileSync(target, 'old');
    const error = await expectWriteError(writeFileAtomic(target, 'new', { fs: faultyFs({ fstat: async () => ({ size: 1 }) }) }));
    expect(error.code).toBe('SIZE_MISMATCH');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('leaves the target untouched when the final rename fails', async () => {
    writeFileSync(target, 'old');
    const fs = faultyFs({
      rename: async (from, to) => (to === target ? Promise.reject(systemError('EXDEV')) : nodeFileSystem.rename(from, to)),
    });
    await expectWriteError(writeFileAtomic(target, 'new', { fs }));
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('copies the backup when the file system cannot make hard links', async () => {
    writeFileSync(target, 'old');
    const fs = faultyFs({ link: async () => Promise.reject(systemError('EPERM')) });
    const result = await writeFileAtomic(target, 'new', { fs });
    expect(readFileSync(backupPathFor(target), 'utf8')).toBe('old');
    expect(result.backupPath).toBe(backupPathFor(target));
  });

  it('still saves when no backup can be made at all', async () => {
    writeFileSync(target, 'old');
    const fs = faultyFs({
      link: async () => Promise.reject(systemError('EPERM')),
      copyFile: async () => Promise.reject(systemError('ENOSPC')),
    });
    const result = await writeFileAtomic(target, 'new', { fs });
    expect(result.backupPath).toBeNull();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(tempFiles()).toEqual([]);
  });

  it('refuses to replace a read-only file and says how to keep the work', async () => {
    writeFileSync(target, 'old');
    const fs = faultyFs({ access: async () => Promise.reject(systemError('EACCES')) });
    const error = await expectWriteError(writeFileAtomic(target, 'new', { fs }));
    expect(error.message).toMatch(/read-only/);
    expect(error.message).toMatch(/Save As/);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('maps a permission error on the folder to a plain message', async () => {
    const fs = faultyFs({ open: async () => Promise.reject(systemError('EACCES')) });
    const error = await expectWriteError(writeFileAtomic(target, 'new', { fs }));
    expect(error.message).toMatch(/permission/);
    expect(error.canSaveAs).toBe(true);
  });
});

describe('cleanupLeftoverTempFiles', () => {
  it('removes temp files of processes that are gone and leaves everything else', async () => {
    const dead = '.workshop.journeymap.tmp-999999-0123456789ab';
    const deadBackup = '.workshop.journeymap.bak.tmp-999998-0123456789ab';
    const alive = '.other.journeymap.tmp-12345-0123456789ab';
    for (const name of [dead, deadBackup, alive, 'workshop.journeymap', 'notes.tmp-1-2']) writeFileSync(path.join(folder, name), 'x');
    const removed = await cleanupLeftoverTempFiles(folder, { isAlive: (pid) => pid === 12345 });
    expect(removed.sort()).toEqual([deadBackup, dead].sort());
    expect(readdirSync(folder).sort()).toEqual([alive, 'notes.tmp-1-2', 'workshop.journeymap'].sort());
  });

  it('treats a missing folder as nothing to clean', async () => {
    await expect(cleanupLeftoverTempFiles(path.join(folder, 'missing'))).resolves.toEqual([]);
  });
});
