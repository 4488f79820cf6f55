import { describe, expect, it, vi } from 'vitest';
import { handleSquirrelStartup, spawnDetached, squirrelEventOf, type SquirrelStartupDeps } from '../../../../electron/main/squirrel-startup';

const EXE = 'C:\\Users\\dana\\AppData\\Local\\journeymap\\app-0.1.0\\journeymap.exe';
const UPDATE_EXE = 'C:\\Users\\dana\\AppData\\Local\\journeymap\\Update.exe';

function deps(argv: string[], platform: NodeJS.Platform = 'win32') {
  const runs: { program: string; args: string[]; done: () => void }[] = [];
  const quit = vi.fn();
  const value: SquirrelStartupDeps = {
    platform,
    argv,
    execPath: EXE,
    run: (program, args, done) => void runs.push({ program, args, done }),
    quit,
  };
  return { deps: value, runs, quit };
}

describe('squirrelEventOf', () => {
  it('reads the four Squirrel events from the first argument on Windows only', () => {
    expect(squirrelEventOf([EXE, '--squirrel-install', '0.1.0'], 'win32')).toBe('install');
    expect(squirrelEventOf([EXE, '--squirrel-updated', '0.1.1'], 'win32')).toBe('updated');
    expect(squirrelEventOf([EXE, '--squirrel-uninstall', '0.1.0'], 'win32')).toBe('uninstall');
    expect(squirrelEventOf([EXE, '--squirrel-obsolete', '0.1.0'], 'win32')).toBe('obsolete');
    expect(squirrelEventOf([EXE, '--squirrel-install'], 'linux')).toBeNull();
    expect(squirrelEventOf([EXE, '--squirrel-install'], 'darwin')).toBeNull();
  });

  it('treats the first run after installing, files and other arguments as an ordinary launch', () => {
    expect(squirrelEventOf([EXE, '--squirrel-firstrun'], 'win32')).toBeNull();
    expect(squirrelEventOf([EXE, 'claims.journeymap'], 'win32')).toBeNull();
    expect(squirrelEventOf([EXE, 'claims.journeymap', '--squirrel-install'], 'win32')).toBeNull();
    expect(squirrelEventOf([EXE, 'toString'], 'win32')).toBeNull();
    expect(squirrelEventOf([EXE], 'win32')).toBeNull();
  });
});

describe('handleSquirrelStartup', () => {
  it.each([
    ['--squirrel-install', '--createShortcut=journeymap.exe'],
    ['--squirrel-updated', '--createShortcut=journeymap.exe'],
    ['--squirrel-uninstall', '--removeShortcut=journeymap.exe'],
  ])('%s runs Update.exe next to the app folder with %s, then quits', (flag, shortcut) => {
    const { deps: startup, runs, quit } = deps([EXE, flag, '0.1.0']);
    expect(handleSquirrelStartup(startup)).toBe(true);
    expect(runs.map(({ program, args }) => [program, args])).toEqual([[UPDATE_EXE, [shortcut]]]);
    expect(quit).not.toHaveBeenCalled();
    runs[0]?.done();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('--squirrel-obsolete only quits', () => {
    const { deps: startup, runs, quit } = deps([EXE, '--squirrel-obsolete', '0.1.0']);
    expect(handleSquirrelStartup(startup)).toBe(true);
    expect(runs).toEqual([]);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('leaves ordinary launches and other platforms alone', () => {
    for (const { deps: startup, runs, quit } of [deps([EXE, '--squirrel-firstrun']), deps([EXE]), deps([EXE, '--squirrel-install'], 'linux')]) {
      expect(handleSquirrelStartup(startup)).toBe(false);
      expect(runs).toEqual([]);
      expect(quit).not.toHaveBeenCalled();
    }
  });
});

describe('spawnDetached', () => {
  it('calls back once when the program exits', async () => {
    const done = vi.fn();
    spawnDetached(process.execPath, ['-e', 'setTimeout(() => undefined, 50)'], done);
    expect(done).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toHaveBeenCalledOnce();
  });

  it('calls back once when the program cannot be started, so the app still quits', async () => {
    const done = vi.fn();
    spawnDetached('/nonexistent/Update.exe', ['--createShortcut=journeymap.exe'], done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toHaveBeenCalledOnce();
  });
});
