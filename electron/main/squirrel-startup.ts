/**
 * Squirrel.Windows starts the app with an event as its first argument while installing, updating or
 * uninstalling it, and waits for it to exit. The app must then only create or remove its shortcuts and
 * quit, never open a window. Handled as electron-squirrel-startup does: by running Squirrel's own
 * `Update.exe`, which sits one folder above the app's executable. Nothing touches the network.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export type SquirrelEvent = 'install' | 'updated' | 'uninstall' | 'obsolete';

const EVENTS: Readonly<Record<string, SquirrelEvent>> = {
  '--squirrel-install': 'install',
  '--squirrel-updated': 'updated',
  '--squirrel-uninstall': 'uninstall',
  '--squirrel-obsolete': 'obsolete',
};

/**
 * The Squirrel event this launch is for, or null for an ordinary launch (including `--squirrel-firstrun`,
 * the first start after installing, which should open the app). Windows only.
 */
export function squirrelEventOf(argv: readonly string[], platform: NodeJS.Platform): SquirrelEvent | null {
  if (platform !== 'win32') return null;
  const flag = argv[1];
  return flag !== undefined && Object.hasOwn(EVENTS, flag) ? (EVENTS[flag] ?? null) : null;
}

export interface SquirrelStartupDeps {
  platform: NodeJS.Platform;
  /** `process.argv`: the event, when there is one, comes right after the executable. */
  argv: readonly string[];
  /** The app's executable, `…\journeymap\app-1.2.3\journeymap.exe`. */
  execPath: string;
  /** Runs a program without waiting for it and calls `done` once when it has exited or could not start. */
  run(program: string, args: string[], done: () => void): void;
  quit(): void;
}

/**
 * Handles a Squirrel event: install and update (re)create the Start menu and desktop shortcuts,
 * uninstall removes them, obsolete (an old version after an update) just quits. Returns true when this
 * launch was such an event, in which case the caller must start nothing else.
 */
export function handleSquirrelStartup(deps: SquirrelStartupDeps): boolean {
  const event = squirrelEventOf(deps.argv, deps.platform);
  if (event === null) return false;
  if (event === 'obsolete') {
    deps.quit();
    return true;
  }
  const updateExe = path.win32.resolve(path.win32.dirname(deps.execPath), '..', 'Update.exe');
  const shortcut = event === 'uninstall' ? '--removeShortcut' : '--createShortcut';
  deps.run(updateExe, [`${shortcut}=${path.win32.basename(deps.execPath)}`], () => deps.quit());
  return true;
}

/** Starts `program` detached and calls `done` exactly once, when it exits or fails to start. */
export function spawnDetached(program: string, args: string[], done: () => void): void {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  try {
    const child = spawn(program, args, { detached: true, stdio: 'ignore' });
    child.once('error', finish);
    child.once('close', finish);
  } catch {
    finish();
  }
}
