/**
 * The Electron main process entry: lets a Windows installer event make its shortcuts and quit, decides
 * between the headless PDF export and the desktop app, holds the single-instance lock, and queues files
 * the OS asks us to open until the app is ready.
 */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { writeFileAtomic } from './main/atomic-write';
import { runCliExport } from './main/cli-export';
import { filesFromArgs, parseCommandLine } from './main/command-line';
import { startDesktopApp, type DesktopApp } from './main/desktop-app';
import { readDocumentFile } from './main/document-files';
import { openExternalSafely } from './main/external-links';
import { FileOpenQueue } from './main/file-open-queue';
import { runHeadlessLaunch } from './main/headless-launch';
import { registerInvokeHandler } from './main/ipc-registrar';
import { logWarning } from './main/log';
import { printJobHandlers, PrintJobs } from './main/print-jobs';
import { printMapToPdf } from './main/print-to-pdf';
import { devServerUrlOf, rendererEntryFromBuild, rendererUrl } from './main/renderer-entry';
import { installAppSecurity, isTrustedSender } from './main/security';
import { handleSquirrelStartup, spawnDetached } from './main/squirrel-startup';

// First of all: the Squirrel installer, updater or uninstaller started us only to create or remove the
// shortcuts (Windows). Nothing else may run, no window, no single-instance lock; the app quits after.
const squirrelEvent = handleSquirrelStartup({
  platform: process.platform,
  argv: process.argv,
  execPath: process.execPath,
  run: spawnDetached,
  quit: () => app.quit(),
});

const isDevelopment = !app.isPackaged;
const entry = rendererEntryFromBuild(__dirname);
const environment = { entry, preloadPath: path.join(__dirname, 'preload.cjs'), isDevelopment, printJobs: new PrintJobs() };
const launch = parseCommandLine(process.argv.slice(1), process.cwd());
// Defined by vite.main.config.ts; absent when this module runs unbundled (unit tests).
const devInlineScriptHashes = typeof __DEV_INLINE_SCRIPT_HASHES__ === 'undefined' ? [] : __DEV_INLINE_SCRIPT_HASHES__;

// Tests give each run a fresh data folder; a packaged app always uses the standard one.
const userDataOverride = process.env.JOURNEYMAP_USER_DATA_DIR;
if (isDevelopment && userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

function secureApp(): void {
  installAppSecurity(app, session.defaultSession, {
    appUrl: rendererUrl(entry),
    devServerUrl: devServerUrlOf(entry),
    devInlineScriptHashes,
    openLink: openExternalSafely,
    log: logWarning,
  });
}

if (squirrelEvent) {
  // Waiting for Update.exe; handleSquirrelStartup quits when it is done.
} else if (launch.kind !== 'app') {
  app.dock?.hide();
  app.on('window-all-closed', () => undefined);
  const stderr = (text: string) => void process.stderr.write(text);
  void runHeadlessLaunch(
    {
      whenReady: () => app.whenReady(),
      prepare: () => {
        secureApp();
        // The only channel a headless export needs: the hidden print window's page asks for its job.
        registerInvokeHandler<'print:get-job', IpcMainInvokeEvent>(
          ipcMain,
          'print:get-job',
          printJobHandlers<IpcMainInvokeEvent>(environment.printJobs, (event) => event.sender.id)['print:get-job'],
          { isTrustedEvent: (event) => isTrustedSender(event.senderFrame, BrowserWindow.getAllWindows(), rendererUrl(entry)), log: logWarning },
        );
      },
      run: () =>
        runCliExport(launch, {
          readDocument: (filePath) => readDocumentFile(filePath),
          printToPdf: (job) => printMapToPdf(job, environment),
          writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes, { keepBackup: false }),
          stdout: (text) => process.stdout.write(text),
          stderr,
        }),
      stderr,
      exit: (code) => app.exit(code),
    },
    process,
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const queue = new FileOpenQueue();
  let desktop: DesktopApp | null = null;
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    queue.push(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgs(argv.slice(1), workingDirectory);
    for (const filePath of files) queue.push(filePath);
    if (files.length === 0) desktop?.showSomeWindow();
  });
  void app.whenReady().then(() => {
    secureApp();
    const started = startDesktopApp(environment, launch.files);
    desktop = started;
    queue.start((filePath) => void started.openFile(filePath));
  });
}
