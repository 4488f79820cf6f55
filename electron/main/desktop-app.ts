/**
 * Wires the desktop app together once Electron is ready: preferences, drafts, the window manager, the
 * menu, the theme, every IPC handler (through the registrar) and the app lifecycle events.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, type IpcMainInvokeEvent } from 'electron';
import type { MenuCommand, ThemePreference } from '../../shared/ipc/contract';
import { findTemplate, TEMPLATES } from '../../shared/templates';
import { cleanupLeftoverTempFiles, writeFileAtomic } from './atomic-write';
import { askConflict, askRendererGone, askUnsavedChanges, chooseFileToOpen, chooseFileToSave, confirmReplace, JOURNEY_MAP_FILTERS, showOpenError } from './dialogs';
import { documentHandlers } from './document-handlers';
import { readDocumentFile } from './document-files';
import { APP_NAME } from './document-session';
import { openDocumentWindow } from './document-window';
import { draftHandlers } from './draft-handlers';
import { DraftStore } from './drafts';
import { dispatchMenuCommand } from './edit-commands';
import { exportHandlers } from './export-handlers';
import { openFormatDocumentation } from './help';
import { registerAllHandlers } from './ipc-registrar';
import { logWarning } from './log';
import { buildMenuTemplate, type MenuActions } from './menu';
import { PreferencesStore } from './preferences';
import { printJobHandlers, type PrintJobs } from './print-jobs';
import { printMapToPdf } from './print-to-pdf';
import { rendererUrl, type RendererEntry } from './renderer-entry';
import { isTrustedSender } from './security';
import { settingsHandlers } from './settings-handlers';
import { applyThemePreference, themeState } from './theme';
import { windowHandlers } from './window-handlers';
import { WindowManager } from './window-manager';

export interface DesktopAppOptions {
  entry: RendererEntry;
  preloadPath: string;
  isDevelopment: boolean;
  /** The jobs of the hidden print windows, fetched by their pages with `print:get-job`. */
  printJobs: PrintJobs;
}

/** What the entry point can ask of the running app (files from the OS, a second launch). */
export interface DesktopApp {
  openFile(filePath: string): Promise<void>;
  /** Brings a window forward, opening a blank one when none is open. */
  showSomeWindow(): void;
}

/** Starts the desktop app; `initialFiles` come from the command line of this launch. */
export function startDesktopApp(options: DesktopAppOptions, initialFiles: readonly string[]): DesktopApp {
  const platform = process.platform;
  const appUrl = rendererUrl(options.entry);
  const userData = app.getPath('userData');
  const preferences = new PreferencesStore({ cwd: userData });
  const drafts = new DraftStore(path.join(userData, 'drafts'));
  const focusedWindowId = () => BrowserWindow.getFocusedWindow()?.id ?? null;

  const broadcastTheme = () => {
    const state = themeState(nativeTheme);
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send('theme:changed', state);
  };
  applyThemePreference(nativeTheme, preferences.get().theme);
  nativeTheme.on('updated', broadcastTheme);

  const windows: WindowManager = new WindowManager({
    platform,
    openWindow: () =>
      openDocumentWindow({
        entry: options.entry,
        preloadPath: options.preloadPath,
        isDevelopment: options.isDevelopment,
        platform,
        preferences,
        shouldClose: (windowId) => windows.shouldClose(windowId),
        closed: (windowId) => {
          windows.forget(windowId);
          refreshMenu();
        },
        rendererGone: (windowId) => void windows.rendererGone(windowId),
        log: logWarning,
      }),
    focusedWindowId,
    // Every open into a window (File ▸ Open, Open Recent, double-click, command line, dock) reads here:
    // also remove temp files a killed save left beside the file, as start-up does for recent folders.
    readDocument: (filePath, readOptions) => {
      void cleanupLeftoverTempFiles(path.dirname(filePath));
      return readDocumentFile(filePath, readOptions);
    },
    askUnsavedChanges: (window, name) => askUnsavedChanges(window.id, name),
    askRendererGone: (window, name, edited) => askRendererGone(window.id, name, edited),
    showOpenError: (window, fileName, message) => showOpenError(window?.id ?? null, fileName, message),
    rememberRecentFile: (filePath) => {
      preferences.addRecentFile(filePath);
      app.addRecentDocument(filePath);
      refreshMenu();
    },
    discardDraft: (draftId) => drafts.discard(draftId),
    newDraftId: () => randomUUID(),
    quit: () => app.quit(),
  });

  const newWindow = () => {
    windows.createDocumentWindow();
    refreshMenu();
  };
  const openFile = async (filePath: string, forReview = false) => {
    await windows.openFromSystem(filePath, { forReview });
    refreshMenu();
  };
  const chooseAndOpen = async (title: string, forReview: boolean) => {
    const filePath = await chooseFileToOpen(focusedWindowId(), { title, filters: JOURNEY_MAP_FILTERS });
    if (filePath) await openFile(filePath, forReview);
  };
  const templateDocument = (templateId: string) => {
    const map = findTemplate(templateId)?.create(new Date().toISOString());
    return map ? { map, info: { fileName: null, readOnly: false }, warnings: [] } : null;
  };
  const setTheme = (theme: ThemePreference) => {
    preferences.update({ theme });
    applyThemePreference(nativeTheme, theme);
    broadcastTheme();
    refreshMenu();
  };

  const actions: MenuActions = {
    newDocument: (templateId) => {
      windows.newDocument(focusedWindowId(), templateId === null ? null : templateDocument(templateId));
      refreshMenu();
    },
    open: () => void chooseAndOpen('Open', false),
    openForReview: () => void chooseAndOpen('Open for Review', true),
    openRecent: (filePath) => void openFile(filePath),
    clearRecent: () => {
      preferences.clearRecentFiles();
      app.clearRecentDocuments();
      refreshMenu();
    },
    command: (command: MenuCommand) => {
      const window = BrowserWindow.getFocusedWindow();
      if (window) void dispatchMenuCommand(window.webContents, command);
    },
    closeWindow: () => BrowserWindow.getFocusedWindow()?.close(),
    setTheme,
    showAbout: () => app.showAboutPanel(),
    openFormatDocs: () => void openFormatDocumentation(focusedWindowId()),
  };

  function refreshMenu(): void {
    const template = buildMenuTemplate(
      {
        appName: APP_NAME,
        isDevelopment: options.isDevelopment,
        hasDocumentWindow: windows.allSessions().length > 0,
        recentFiles: preferences.recentFiles(),
        templates: TEMPLATES.map(({ id, name }) => ({ id, name })),
        theme: preferences.get().theme,
      },
      platform,
      actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const windowOf = (event: IpcMainInvokeEvent) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    return window && !window.isDestroyed() ? window : null;
  };
  const windowIdOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender)?.id ?? null;
  const folderOf = (windowId: number) => {
    const filePath = windows.session(windowId)?.filePath;
    return filePath ? path.dirname(filePath) : app.getPath('documents');
  };
  registerAllHandlers(
    ipcMain,
    {
      ...documentHandlers<IpcMainInvokeEvent>(
        {
          windows,
          discardDraft: (draftId) => drafts.discard(draftId),
          chooseFileToOpen: (windowId, title) => chooseFileToOpen(windowId, { title, filters: JOURNEY_MAP_FILTERS }),
          chooseSavePath: (windowId, defaultPath) => chooseFileToSave(windowId, { title: 'Save As', defaultPath, filters: JOURNEY_MAP_FILTERS.slice(0, 1) }),
          askConflict,
          confirmReplace,
          createFromTemplate: (templateId) => findTemplate(templateId)?.create(new Date().toISOString()) ?? null,
          defaultFolder: () => app.getPath('documents'),
          fileExists: existsSync,
          log: logWarning,
        },
        windowIdOf,
      ),
      ...exportHandlers<IpcMainInvokeEvent>(
        {
          chooseSavePath: (windowId, choice) => chooseFileToSave(windowId, choice),
          chooseOpenPath: (windowId, choice) => chooseFileToOpen(windowId, choice),
          printToPdf: (job) => printMapToPdf(job, options),
          writeFile: (filePath, content) => writeFileAtomic(filePath, content, { keepBackup: false }),
          defaultFolder: folderOf,
        },
        windowIdOf,
      ),
      ...settingsHandlers<IpcMainInvokeEvent>({
        preferences,
        themeChanged: (theme) => {
          applyThemePreference(nativeTheme, theme);
          broadcastTheme();
          refreshMenu();
        },
      }),
      ...draftHandlers<IpcMainInvokeEvent>({ drafts, windows }, windowIdOf),
      ...windowHandlers<IpcMainInvokeEvent>(windowOf),
      ...printJobHandlers<IpcMainInvokeEvent>(options.printJobs, (event) => event.sender.id),
    },
    {
      isTrustedEvent: (event) => isTrustedSender(event.senderFrame, BrowserWindow.getAllWindows(), appUrl),
      log: logWarning,
    },
  );

  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    credits: 'Customer-journey workshop maps that diagnose themselves. Works offline; your maps stay in your files.',
  });
  app.on('before-quit', () => windows.beginQuit());
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.allSessions().length === 0) newWindow();
  });

  // Temp files of saves interrupted by a crash, in the folders we know about (opening a file cleans its own).
  const folders = new Set([drafts.folder, ...preferences.recentFiles().map((filePath) => path.dirname(filePath))]);
  for (const folder of folders) void cleanupLeftoverTempFiles(folder);

  refreshMenu();
  void (async () => {
    for (const filePath of initialFiles) await openFile(filePath);
    if (windows.allSessions().length === 0) newWindow();
  })();

  return {
    openFile: (filePath) => openFile(filePath),
    showSomeWindow: () => {
      const [first] = windows.allSessions();
      if (first) windows.window(first.windowId)?.focus();
      else newWindow();
    },
  };
}
