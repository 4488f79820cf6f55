/** A file-system layer for the atomic writer that fails the way real disks do, on demand. */
import { nodeFileSystem, type AtomicFileSystem } from '../../../electron/main/atomic-write';

export function systemError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export interface DiskFullOptions {
  /** Bytes the disk accepts in total before every further write fails with ENOSPC. */
  capacityBytes: number;
  /** The most one write call accepts (a short write when the request is larger). */
  maxBytesPerWrite?: number;
}

/** The real file system, with individual calls replaced. */
export function faultyFs(overrides: Partial<AtomicFileSystem>): AtomicFileSystem {
  return { ...nodeFileSystem, ...overrides };
}

/** A disk that fills up: writes are short, then fail with ENOSPC once `capacityBytes` are used. */
export function diskFullFs(options: DiskFullOptions): AtomicFileSystem & { writeCalls: () => number } {
  let used = 0;
  let calls = 0;
  return {
    ...nodeFileSystem,
    write: async (fd, buffer, offset, length, position) => {
      calls += 1;
      const room = options.capacityBytes - used;
      if (room <= 0) throw systemError('ENOSPC', 'no space left on device');
      const accepted = Math.min(length, room, options.maxBytesPerWrite ?? length);
      const written = await nodeFileSystem.write(fd, buffer, offset, accepted, position);
      used += written;
      return written;
    },
    writeCalls: () => calls,
  };
}
