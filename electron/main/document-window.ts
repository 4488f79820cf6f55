/**
 * Creates a document window: secure web preferences, remembered bounds, our title (never the page's),
 * and the close events wired to the window manager. Returns it as a `ManagedWindow`.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { EventChannel, EventContract } from '../../shared/ipc/contract';
import { APP_NAME } from './document-session';
import type { PreferencesStore } from './preferences';
import { rendererUrl, type RendererEntry } from './renderer-entry';
import { secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, placeWindow } from './window-bounds';
import type { ManagedWindow } from './window-manager';

export interface DocumentWindowOptions {
  entry: RendererEntry;
  preloadPath: string;
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  preferences: Pick<PreferencesStore, 'windowBounds' | 'setWindowBounds'>;
  /** Lets the window close (true) or keeps it open while the user is asked about unsaved edits. */
  shouldClose(windowId: number): boolean;
  closed(windowId: number): void;
  /** The window's page process is gone (crashed, killed, out of memory). */
  rendererGone(windowId: number): void;
  log(message: string): void;
}

/** Opens and loads a new document window. */
export function openDocumentWindow(options: DocumentWindowOptions): ManagedWindow {
  const bounds = placeWindow(
    options.preferences.windowBounds(),
    screen.getAllDisplays().map((display) => display.workArea),
    BrowserWindow.getAllWindows().filter((window) => window.isVisible()).length,
  );
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: APP_NAME,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    webPreferences: secureWebPreferences({ preload: options.preloadPath, isDevelopment: options.isDevelopment }),
  });
  const id = window.id;
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', (event) => {
    options.preferences.setWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    if (!options.shouldClose(id)) event.preventDefault();
  });
  window.on('closed', () => options.closed(id));
  const send = <E extends EventChannel>(channel: E, payload: EventContract[E]) => {
    if (!window.isDestroyed()) window.webContents.send(channel, payload);
  };
  // Esc, F11 or the OS took the window out of full screen: presentation mode, if running, ends.
  window.on('leave-full-screen', () => send('window:left-full-screen', undefined));
  window.webContents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return;
    options.log(`the page of window ${id} is gone: ${details.reason} (exit code ${details.exitCode})`);
    options.rendererGone(id);
  });
  const load = () => window.loadURL(rendererUrl(options.entry)).catch((error: unknown) => options.log(`could not load the renderer: ${String(error)}`));
  void load();

  const isMac = options.platform === 'darwin';
  return {
    id,
    focus: () => {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
    isDestroyed: () => window.isDestroyed(),
    setTitle: (title) => window.setTitle(title),
    setDocumentEdited: (edited) => {
      if (isMac) window.setDocumentEdited(edited);
    },
    setRepresentedFilename: (filePath) => {
      if (isMac) window.setRepresentedFilename(filePath);
    },
    send,
    reload: () => {
      if (!window.isDestroyed()) void load();
    },
  };
}
