/**
 * Every Electron security setting of the app in one place: the web preferences of our windows, the
 * navigation, new-window and webview guards, the permission and network policy of the session, and the
 * predicates that decide what counts as "our own page". The predicates are pure and unit-tested.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';

/** The web preferences of every window the app creates. */
export function secureWebPreferences(options: { preload: string | null; isDevelopment: boolean }): WebPreferences {
  return {
    ...(options.preload ? { preload: options.preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.isDevelopment,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own page: the same file as `appUrl` (any hash or query) for a packaged
 * app, or the same origin as the dev server in development.
 */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app || target.protocol !== app.protocol) return false;
  if (app.protocol === 'file:') return target.host === app.host && target.pathname === app.pathname;
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/** The parts of a `WebFrameMain` the sender check needs. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of a `BrowserWindow` the sender check needs. */
export interface WindowLike {
  readonly webContents: { readonly mainFrame: FrameLike };
}

/**
 * True when an IPC message comes from the top frame of one of our windows while it shows our own page.
 * Sub-frames, other pages and frames of unknown windows are not trusted.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, windows: readonly WindowLike[], appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  if (!isAllowedNavigation(frame.url, appUrl)) return false;
  return windows.some((window) => {
    const main = window.webContents.mainFrame;
    return main === frame || (main.processId === frame.processId && main.routingId === frame.routingId);
  });
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** The folder of the app's page (`/…/main_window/`, decoded), under which its own files live. */
function appFolderOf(appUrl: string): string | null {
  const app = parseUrl(appUrl);
  const pathname = app && app.protocol === 'file:' ? decodedPath(app) : null;
  return pathname === null ? null : pathname.slice(0, pathname.lastIndexOf('/') + 1);
}

/**
 * True for requests the renderer may make: the app's own files (nothing else on disk), inline data,
 * and in development the dev server (including its hot-reload websocket). The app never touches the
 * network otherwise.
 */
export function isAllowedRequest(url: string, options: { appUrl: string; devServerUrl: string | null }): boolean {
  const target = parseUrl(url);
  if (!target) return false;
  if (['data:', 'blob:', 'devtools:'].includes(target.protocol)) return true;
  if (target.protocol === 'file:') {
    // Compared decoded, so the install path's spaces or accents match however each side encoded them.
    const folder = appFolderOf(options.appUrl);
    const pathname = decodedPath(target);
    return folder !== null && pathname !== null && target.host === '' && pathname.startsWith(folder) && !pathname.slice(folder.length).split(/[\\/]/).includes('..');
  }
  if (!options.devServerUrl) return false;
  const dev = parseUrl(options.devServerUrl);
  if (!dev) return false;
  const sameHost = target.hostname === dev.hostname && target.port === dev.port;
  return sameHost && ['http:', 'https:', 'ws:', 'wss:'].includes(target.protocol);
}

export interface HardenWebContentsOptions {
  appUrl: string;
  /** Hands an https link to the browser (the only way a link leaves the app). */
  openLink: (url: string) => unknown;
  log?: (message: string) => void;
}

/** Blocks navigation away from the app, new windows, and webviews for one web contents. */
export function hardenWebContents(contents: WebContents, options: HardenWebContentsOptions): void {
  const log = options.log ?? (() => undefined);
  const guard = (event: { preventDefault(): void }, url: string, what: string) => {
    if (isAllowedNavigation(url, options.appUrl)) return;
    event.preventDefault();
    log(`blocked ${what} to ${url}`);
  };
  contents.on('will-navigate', (event, url) => guard(event, url, 'navigation'));
  contents.on('will-redirect', (event, url) => guard(event, url, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    options.openLink(url);
    return { action: 'deny' };
  });
}

/** Permissions the app's own page may use: reading and writing the clipboard for copy and paste of cards. */
const APP_PERMISSIONS = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** True only for a clipboard permission asked by the app's own page; every other permission is denied. */
export function isAllowedPermission(permission: string, requestingUrl: string, appUrl: string): boolean {
  return APP_PERMISSIONS.has(permission) && isAllowedNavigation(requestingUrl, appUrl);
}

export interface HardenSessionOptions {
  appUrl: string;
  devServerUrl: string | null;
  /** CSP hash sources of the inline scripts the dev server injects (React's preamble); unused without a dev server. */
  devInlineScriptHashes?: readonly string[];
  log?: (message: string) => void;
}

/** Denies every permission, blocks network and stray file requests, and sets the CSP header on dev-server responses. */
export function hardenSession(session: Session, options: HardenSessionOptions): void {
  const log = options.log ?? (() => undefined);
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const allowed = isAllowedPermission(permission, details?.requestingUrl ?? contents?.getURL() ?? '', options.appUrl);
    if (!allowed) log(`denied permission request: ${permission}`);
    callback(allowed);
  });
  // The check handler gets only an origin ("file://") as its third argument; judge the frame's full URL.
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isAllowedPermission(permission, details?.requestingUrl ?? contents?.getURL() ?? '', options.appUrl),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  // The same policy the renderer build writes into the page's meta tag (vite.renderer.config.ts).
  const policy = contentSecurityPolicy(options.devServerUrl !== null, options.devInlineScriptHashes);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!/^https?:/.test(details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

/** Hardens the default session and every web contents the app will ever create. Call before any window opens. */
export function installAppSecurity(app: App, session: Session, options: HardenWebContentsOptions & HardenSessionOptions): void {
  hardenSession(session, options);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
