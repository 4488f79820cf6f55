import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  secureWebPreferences,
} from '../../../../electron/main/security';
import { APP_URL, foreignFrames, frame, ourWindows } from '../../../reliability/support/fake-ipc';

describe('secureWebPreferences', () => {
  it('isolates the page: context isolation, sandbox, no Node, no webview, spellcheck off', () => {
    expect(secureWebPreferences({ preload: '/app/preload.cjs', isDevelopment: false })).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows DevTools only in development', () => {
    expect(secureWebPreferences({ preload: null, isDevelopment: true }).devTools).toBe(true);
  });
});

describe('isAllowedNavigation', () => {
  it('allows our own index.html with any hash or query', () => {
    expect(isAllowedNavigation(`${APP_URL}#/print`, APP_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_URL}?x=1`, APP_URL)).toBe(true);
  });

  it('blocks other files, other schemes and the web', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Journey%20Map/resources/app.asar/.vite/renderer/main_window/other.html',
      'https://example.com/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, APP_URL), url).toBe(false);
    }
  });

  it('in development allows the dev server origin only', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/print', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the top frame of one of our windows showing our page', () => {
    const { windows, topFrame } = ourWindows();
    expect(isTrustedSender(topFrame, windows, APP_URL)).toBe(true);
    expect(isTrustedSender(frame(APP_URL, { processId: 5, routingId: 1 }), windows, APP_URL)).toBe(true);
  });

  it('trusts no sub-frame, foreign page, unknown window or missing frame', () => {
    const { windows, topFrame } = ourWindows();
    for (const candidate of foreignFrames(topFrame)) {
      expect(isTrustedSender(candidate, windows, APP_URL), candidate?.url ?? 'null').toBe(false);
    }
  });
});

describe('isAllowedRequest', () => {
  const packaged = { appUrl: APP_URL, devServerUrl: null };
  const development = { appUrl: 'http://localhost:5173/', devServerUrl: 'http://localhost:5173/' };

  it('lets the packaged app load its own files and inline data only', () => {
    expect(isAllowedRequest(APP_URL, packaged)).toBe(true);
    expect(isAllowedRequest(APP_URL.replace('index.html', 'assets/index-abc.js'), packaged)).toBe(true);
    expect(isAllowedRequest('data:font/woff2;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('file:///opt/Journey Map/resources/app.asar/.vite/renderer/main_window/assets/caf%C3%A9.woff2', packaged)).toBe(true);
  });

  it('blocks other files on disk, the network and the dev server in a packaged app', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///home/dana/maps/secret.journeymap',
      APP_URL.replace('main_window/index.html', 'main_window/../../../secret'),
      APP_URL.replace('main_window/index.html', 'main_window/%2e%2e/x'),
      APP_URL.replace('main_window/index.html', 'main_window/..%2F..%2Fsecret'),
      'file://evil-host/share/x',
      'https://fonts.example.com/inter.woff2',
      'http://localhost:5173/',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
  });

  it('lets development reach the dev server and its hot-reload socket, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', development)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', development)).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', development)).toBe(false);
    expect(isAllowedRequest('https://example.com/', development)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', development)).toBe(false);
  });
});

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      windowOpenHandler = handler;
    },
    emit: (name: string, ...args: unknown[]) => listeners.get(name)?.(...args),
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('prevents navigation and redirects away from the app, and allows our own page', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, { appUrl: APP_URL, openLink: vi.fn() });
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      contents.emit(name, away, 'https://example.com/');
      expect(away.preventDefault).toHaveBeenCalled();
      const home = { preventDefault: vi.fn() };
      contents.emit(name, home, `${APP_URL}#/`);
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('prevents webviews', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, { appUrl: APP_URL, openLink: vi.fn() });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and hands the link to the external-link helper', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, { appUrl: APP_URL, openLink: openExternal });
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/'], ['javascript:alert(1)']]);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    return {
      handlers,
      setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: never) => (handlers.device = handler),
      webRequest: {
        onBeforeRequest: (handler: never) => (handlers.beforeRequest = handler),
        onHeadersReceived: (handler: never) => (handlers.headers = handler),
      },
    };
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    hardenSession(session as never, { appUrl: APP_URL, devServerUrl: null });
    const callback = vi.fn();
    (session.handlers.request as (...args: unknown[]) => void)(null, 'media', callback, { requestingUrl: APP_URL });
    expect(callback).toHaveBeenCalledWith(false);
    (session.handlers.request as (...args: unknown[]) => void)(null, 'clipboard-read', callback, { requestingUrl: APP_URL });
    expect(callback).toHaveBeenLastCalledWith(true);
    (session.handlers.request as (...args: unknown[]) => void)(null, 'clipboard-read', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback).toHaveBeenLastCalledWith(false);
    const check = session.handlers.check as (...args: unknown[]) => boolean;
    expect(check(null, 'geolocation', 'file://', { requestingUrl: APP_URL })).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'file://', { requestingUrl: APP_URL })).toBe(true);
    expect(check(null, 'clipboard-read', 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false);
    expect((session.handlers.device as () => boolean)()).toBe(false);
  });

  it('cancels network requests and adds the CSP header to dev-server responses', () => {
    const session = fakeSession();
    hardenSession(session as never, { appUrl: 'http://localhost:5173/', devServerUrl: 'http://localhost:5173/' });
    const cancel = vi.fn();
    (session.handlers.beforeRequest as (...args: unknown[]) => void)({ url: 'https://tracker.example/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
    const headers = vi.fn();
    (session.handlers.headers as (...args: unknown[]) => void)({ url: 'http://localhost:5173/', responseHeaders: { 'X-A': ['1'] } }, headers);
    const response = headers.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> };
    expect(response.responseHeaders['X-A']).toEqual(['1']);
    expect(response.responseHeaders['Content-Security-Policy']?.[0]).toMatch(/^default-src 'none'; script-src 'self'/);
  });
});
