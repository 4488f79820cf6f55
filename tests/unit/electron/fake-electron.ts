/**
 * A small stand-in for the `electron` module, enough to start the real main process in Node: windows,
 * web contents with a main frame, ipcMain, app events, menu, dialogs, session and screen. Used only at
 * the edges (`vi.mock('electron', …)`); everything else is the app's real code on real temp folders.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = { url: '', parent: null, processId: 100 + this.id, routingId: 1 };
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript = vi.fn(async () => false);
  undo = vi.fn();
  redo = vi.fn();
  cut = vi.fn();
  copy = vi.fn();
  paste = vi.fn();
  delete = vi.fn();
  selectAll = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getAllWindows = () => FakeBrowserWindow.all.filter((window) => !window.destroyed);
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  static fromWebContents = (contents: unknown) => FakeBrowserWindow.all.find((window) => window.webContents === contents) ?? null;
  static fromId = (id: number) => FakeBrowserWindow.all.find((window) => window.id === id) ?? null;

  readonly id = nextId++;
  readonly webContents = new FakeWebContents();
  title = '';
  destroyed = false;
  visible = false;
  fullScreen = false;
  loadedUrl = '';

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    FakeBrowserWindow.focused = this;
    fakeApp.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    this.emit('ready-to-show');
  }
  show() {
    this.visible = true;
  }
  focus() {
    FakeBrowserWindow.focused = this;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return this.visible;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return this.fullScreen;
  }
  /** Like Electron: leaving full screen emits `leave-full-screen`. */
  setFullScreen(flag: boolean) {
    if (flag === this.fullScreen) return;
    this.fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }
  restore() {}
  maximize() {}
  setTitle(title: string) {
    this.title = title;
  }
  getTitle() {
    return this.title;
  }
  setDocumentEdited() {}
  setRepresentedFilename() {}
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
  /** Like Electron: emits `close`; unless a listener prevents it, the window is destroyed and `closed` follows. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths = new Map<string, string>();
  getPath = (name: string) => {
    const found = this.paths.get(name);
    if (!found) throw new Error(`no path ${name}`);
    return found;
  };
  setPath = (name: string, value: string) => void this.paths.set(name, value);
  whenReady = () => Promise.resolve();
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  addRecentDocument = vi.fn();
  clearRecentDocuments = vi.fn();
  setAboutPanelOptions = vi.fn();
  showAboutPanel = vi.fn();
  getVersion = () => '0.1.0';
  getAppPath = () => process.cwd();
  dock = undefined;
}

export const fakeApp = new FakeApp();

export const fakeIpcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: new Map<string, unknown>(),
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) {
    this.handlers.set(channel, listener);
  },
  /** electron-store registers one synchronous channel of its own here. */
  on(channel: string, listener: unknown) {
    this.listeners.set(channel, listener);
  },
};

export const fakeDialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};

export const fakeSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
};

export const fakeMenu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };

export const fakeNativeTheme = Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: false });

/** The module object `vi.mock('electron')` returns (also as `default`, which electron-store imports). */
export function fakeElectronModule() {
  const module = {
    app: fakeApp,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: fakeIpcMain,
    dialog: fakeDialog,
    Menu: fakeMenu,
    nativeTheme: fakeNativeTheme,
    session: { defaultSession: fakeSession },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    contextBridge: undefined,
  };
  return { ...module, default: module };
}

/** Calls an IPC handler the way Electron would for a message from `window`'s top frame. */
export async function invokeFrom(window: FakeBrowserWindow, channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = fakeIpcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, ...args);
}
