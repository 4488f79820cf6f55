/**
 * Starts the real main process entry in Node with `electron` replaced by a small fake, to check the
 * wiring end to end where no Electron binary can run: handlers, windows, security, files, close prompts,
 * the single-instance lock and the headless export.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as squirrelStartup from '../../../electron/main/squirrel-startup';
import { INVOKE_CHANNELS, type LoadedDocument, type SaveOutcome } from '../../../shared/ipc/contract';
import {
  FakeBrowserWindow,
  fakeApp,
  fakeDialog,
  fakeElectronModule,
  fakeIpcMain,
  fakeMenu,
  fakeSession,
  invokeFrom,
} from './fake-electron';

vi.mock('electron', () => fakeElectronModule());

/** Programs the Squirrel startup asked to run (Update.exe); nothing is spawned. */
const squirrelRuns = vi.hoisted(() => [] as { program: string; args: string[]; done: () => void }[]);
vi.mock('../../../electron/main/squirrel-startup', async (importOriginal) => ({
  ...(await importOriginal<typeof squirrelStartup>()),
  spawnDetached: (program: string, args: string[], done: () => void) => void squirrelRuns.push({ program, args, done }),
}));

const fixture = path.resolve('tests/fixtures/auto-insurance.journeymap');
let work: string;
const originalArgv = process.argv;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'main-entry-'));
  fakeApp.removeAllListeners();
  fakeApp.paths.clear();
  fakeApp.paths.set('documents', path.join(work, 'Documents'));
  fakeIpcMain.handlers.clear();
  FakeBrowserWindow.all.length = 0;
  FakeBrowserWindow.focused = null;
  vi.clearAllMocks();
  vi.stubEnv('JOURNEYMAP_USER_DATA_DIR', path.join(work, 'user-data'));
  vi.resetModules();
});

afterEach(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

async function startMain(args: string[]): Promise<void> {
  process.argv = [process.execPath, 'main.cjs', ...args];
  await import('../../../electron/main');
}

function onlyWindow(): FakeBrowserWindow {
  const [window] = FakeBrowserWindow.getAllWindows();
  if (!window) throw new Error('no window');
  return window;
}

describe('electron/main.ts (desktop app)', () => {
  it('opens a file from the command line in a secure window with every handler registered', async () => {
    const file = path.join(work, 'auto-insurance.journeymap');
    copyFileSync(fixture, file);
    await startMain([file]);
    await vi.waitFor(() => expect(onlyWindow().title).toBe('auto-insurance — Journey Map'));

    const window = onlyWindow();
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(window.loadedUrl).toMatch(/^file:\/\/.*\/renderer\/main_window\/index\.html$/);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(fakeApp.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fakeSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fakeSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fakeMenu.setApplicationMenu).toHaveBeenCalled();
    expect(fakeApp.addRecentDocument).toHaveBeenCalledWith(file);
    expect(fakeApp.getPath('userData')).toBe(path.join(work, 'user-data'));

    const initial = (await invokeFrom(window, 'document:get-initial')) as LoadedDocument;
    expect(initial.info).toEqual({ fileName: 'auto-insurance.journeymap', readOnly: false });
  });

  it('refuses IPC from a frame that is not our page', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const window = onlyWindow();
    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(invokeFrom(window, 'prefs:get')).rejects.toThrow('Request refused');
  });

  it('blocks navigation away from the app in every window', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    onlyWindow().webContents.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onlyWindow().webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('saves an untitled map through Save As, keeps a draft only until then, and prompts on close when edited', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const window = onlyWindow();
    const map = (JSON.parse(readFileSync(fixture, 'utf8')) as { map: LoadedDocument['map'] }).map;

    await invokeFrom(window, 'document:set-edited', { edited: true, title: map.title });
    expect(window.title).toBe(`● ${map.title} — Journey Map`);
    await invokeFrom(window, 'drafts:write', { map });
    const draftsFolder = path.join(work, 'user-data', 'drafts');
    expect(readdirSync(draftsFolder)).toHaveLength(1);
    expect(await invokeFrom(window, 'drafts:list')).toEqual([]);

    // Undone back to the saved version: the page removes its draft, whose id only main knows.
    await invokeFrom(window, 'drafts:discard-own');
    expect(readdirSync(draftsFolder)).toEqual([]);
    await invokeFrom(window, 'drafts:write', { map });

    const target = path.join(work, 'saved.journeymap');
    fakeDialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = (await invokeFrom(window, 'document:save', { map })) as SaveOutcome;
    expect(saved).toEqual({ status: 'saved', info: { fileName: 'saved.journeymap', readOnly: false } });
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(draftsFolder)).toEqual([]);
    expect(window.title).toBe('saved — Journey Map');

    await invokeFrom(window, 'document:set-edited', { edited: true, title: map.title });
    fakeDialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false });
    window.close();
    await vi.waitFor(() => expect(fakeDialog.showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(window.destroyed).toBe(false);

    fakeDialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('keeps the draft of a window whose page crashed: Reload Window offers it at once, Close Window closes without asking', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const window = onlyWindow();
    const map = (JSON.parse(readFileSync(fixture, 'utf8')) as { map: LoadedDocument['map'] }).map;
    await invokeFrom(window, 'document:set-edited', { edited: true, title: map.title });
    await invokeFrom(window, 'drafts:write', { map });
    const draftsFolder = path.join(work, 'user-data', 'drafts');
    const crashedDraft = readdirSync(draftsFolder);
    expect(crashedDraft).toHaveLength(1);

    const loads = vi.spyOn(window, 'loadURL');
    fakeDialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(loads).toHaveBeenCalledTimes(1));
    expect(fakeDialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Reload Window', 'Close Window'] });
    // The fresh page starts blank and finds the crashed page's draft left over, ready to restore.
    expect(await invokeFrom(window, 'document:get-initial')).toBeNull();
    expect(await invokeFrom(window, 'drafts:list')).toMatchObject([{ title: map.title }]);

    await invokeFrom(window, 'document:set-edited', { edited: true, title: 'Edited after the reload' });
    fakeDialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(fakeDialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(readdirSync(draftsFolder)).toEqual(crashedDraft);
  });

  it('puts the sender window in full screen for a presentation and tells the page when the user leaves it', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const window = onlyWindow();

    await invokeFrom(window, 'window:set-full-screen', { fullScreen: true });
    expect(window.fullScreen).toBe(true);
    await expect(invokeFrom(window, 'window:set-full-screen', { fullScreen: 'yes' })).rejects.toThrow('Request refused');

    // The user pressed Esc or F11: the page hears it and ends the presentation.
    window.setFullScreen(false);
    expect(window.webContents.sent.filter((message) => message.channel === 'window:left-full-screen')).toHaveLength(1);

    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(invokeFrom(window, 'window:set-full-screen', { fullScreen: true })).rejects.toThrow('Request refused');
    expect(window.fullScreen).toBe(false);
  });

  it('hands files from a second launch to the running app', async () => {
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    const file = path.join(work, 'second.journeymap');
    copyFileSync(fixture, file);
    fakeApp.emit('second-instance', {}, [process.execPath, 'second.journeymap'], work);
    await vi.waitFor(() => expect(onlyWindow().title).toBe('second — Journey Map'));
  });

  it('removes temp files a killed save left beside a file when that file is opened, from the system or from File ▸ Open', async () => {
    // The id of a process that has already exited: its temp files are leftovers, not a save in progress.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const folderWith = (name: string, file: string): { folder: string; filePath: string } => {
      const folder = path.join(work, name);
      mkdirSync(folder);
      const filePath = path.join(folder, file);
      copyFileSync(fixture, filePath);
      writeFileSync(path.join(folder, `.${file}.tmp-${deadPid}-0123456789ab`), 'half a save');
      writeFileSync(path.join(folder, 'notes.txt'), 'not ours');
      return { folder, filePath };
    };
    await startMain([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));

    const system = folderWith('from-system', 'second.journeymap');
    fakeApp.emit('second-instance', {}, [process.execPath, 'second.journeymap'], system.folder);
    await vi.waitFor(() => expect(onlyWindow().title).toBe('second — Journey Map'));
    await vi.waitFor(() => expect(readdirSync(system.folder).sort()).toEqual(['notes.txt', 'second.journeymap']));

    const picked = folderWith('from-dialog', 'picked.journeymap');
    fakeDialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked.filePath] });
    expect(await invokeFrom(onlyWindow(), 'document:open')).toEqual({ status: 'opened-elsewhere' });
    await vi.waitFor(() => expect(readdirSync(picked.folder).sort()).toEqual(['notes.txt', 'picked.journeymap']));
  });

  it('quits at once when another instance already runs', async () => {
    fakeApp.requestSingleInstanceLock.mockReturnValueOnce(false);
    await startMain([]);
    expect(fakeApp.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});

describe('electron/main.ts (headless export)', () => {
  it('exits 1 with a plain message for a map that does not exist, without the single-instance lock', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await startMain(['--export-pdf', path.join(work, 'missing.journeymap'), '--out', path.join(work, 'out.pdf')]);
    await vi.waitFor(() => expect(fakeApp.exit).toHaveBeenCalledWith(1));
    expect(String(stderr.mock.calls[0]?.[0])).toContain('Could not open missing.journeymap: The file could not be found');
    expect(fakeApp.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    stderr.mockRestore();
  });

  it('exits 1 with a plain message when start-up fails outside the export itself', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    fakeSession.setPermissionRequestHandler.mockImplementationOnce(() => {
      throw new Error('The session is not available');
    });
    const map = path.join(work, 'auto-insurance.journeymap');
    copyFileSync(fixture, map);
    await startMain(['--export-pdf', map, '--out', path.join(work, 'out.pdf')]);
    await vi.waitFor(() => expect(fakeApp.exit).toHaveBeenCalledWith(1));
    expect(stderr.mock.calls.map((call) => String(call[0]))).toContain('Could not export the PDF: The session is not available\n');
    expect(existsSync(path.join(work, 'out.pdf'))).toBe(false);
    stderr.mockRestore();
  });

  it('registers only the print-job channel, which the hidden print window uses to fetch its job', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await startMain(['--export-pdf', path.join(work, 'missing.journeymap'), '--out', path.join(work, 'out.pdf')]);
    await vi.waitFor(() => expect(fakeApp.exit).toHaveBeenCalledWith(1));
    expect([...fakeIpcMain.handlers.keys()]).toEqual(['print:get-job']);
    stderr.mockRestore();
  });

  it('exits 2 with the usage for a bad format', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await startMain(['--export-pdf', 'x.journeymap', '--format', 'huge']);
    await vi.waitFor(() => expect(fakeApp.exit).toHaveBeenCalledWith(2));
    expect(String(stderr.mock.calls[0]?.[0])).toContain('Usage: journeymap --export-pdf');
    stderr.mockRestore();
  });
});

describe('electron/main.ts (Windows installer events)', () => {
  /** Starts main as the packaged Windows app, which Squirrel runs as `journeymap.exe --squirrel-… <version>`. */
  async function startOnWindows(args: string[]): Promise<void> {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'win32', configurable: true });
    try {
      process.argv = [process.execPath, ...args];
      await import('../../../electron/main');
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  }

  beforeEach(() => {
    squirrelRuns.length = 0;
  });

  it.each([
    ['--squirrel-install', '--createShortcut'],
    ['--squirrel-updated', '--createShortcut'],
    ['--squirrel-uninstall', '--removeShortcut'],
  ])('%s makes Update.exe %s and quits, with no window and no single-instance lock', async (flag, shortcut) => {
    await startOnWindows([flag, '0.1.0']);
    const updateExe = path.win32.resolve(path.win32.dirname(process.execPath), '..', 'Update.exe');
    expect(squirrelRuns.map(({ program, args }) => [program, args])).toEqual([[updateExe, [`${shortcut}=${path.win32.basename(process.execPath)}`]]]);
    expect(fakeApp.quit).not.toHaveBeenCalled();
    squirrelRuns[0]?.done();
    expect(fakeApp.quit).toHaveBeenCalledOnce();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(fakeApp.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(fakeIpcMain.handlers.size).toBe(0);
  });

  it('--squirrel-obsolete quits at once; --squirrel-firstrun starts the app as usual', async () => {
    await startOnWindows(['--squirrel-obsolete', '0.1.0']);
    expect(fakeApp.quit).toHaveBeenCalledOnce();
    expect(squirrelRuns).toEqual([]);
    expect(fakeApp.requestSingleInstanceLock).not.toHaveBeenCalled();

    vi.resetModules();
    fakeApp.quit.mockClear();
    await startOnWindows(['--squirrel-firstrun']);
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    expect(fakeApp.quit).not.toHaveBeenCalled();
    expect(squirrelRuns).toEqual([]);
  });
});
