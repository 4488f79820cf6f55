/**
 * The development CSP admits React Fast Refresh's inline preamble and nothing else, and the renderer
 * (meta tag) and main (response header) send the very same policy. The last test serves index.html
 * through the real Vite dev server pipeline (without listening) and checks every inline script it emits.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';
import { hardenSession } from '../../../electron/main/security';
import { devInlineScriptHashes, reactRefreshPreamble, scriptHashSource } from '../../../scripts/dev-csp';
import { contentSecurityPolicy } from '../../../shared/security/csp';

function scriptSources(policy: string): string[] {
  const directive = policy.split('; ').find((entry) => entry.startsWith('script-src '));
  return directive ? directive.split(' ').slice(1) : [];
}

function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

type HeadersListener = (details: { url: string; responseHeaders: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void;

/** The CSP header main adds to a dev-server response. */
function headerPolicy(hashes: readonly string[]): string {
  const listeners: HeadersListener[] = [];
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: (listener: HeadersListener) => listeners.push(listener) },
  };
  hardenSession(session as never, { appUrl: 'http://localhost:5173/', devServerUrl: 'http://localhost:5173/', devInlineScriptHashes: hashes });
  let policy = '';
  for (const listener of listeners) {
    listener({ url: 'http://localhost:5173/', responseHeaders: {} }, (response) => (policy = response.responseHeaders['Content-Security-Policy']?.[0] ?? ''));
  }
  return policy;
}

describe('the development CSP', () => {
  it("admits exactly the React plugin's Fast Refresh preamble, by its hash", () => {
    const preamble = react.preambleCode.replace('__BASE__', '/');
    expect(reactRefreshPreamble()).toBe(preamble);
    expect(devInlineScriptHashes()).toEqual([sha256Source(preamble)]);
    const sources = scriptSources(contentSecurityPolicy(true, devInlineScriptHashes()));
    expect(sources).toEqual(["'self'", sha256Source(preamble)]);
    expect(sources).not.toContain(scriptHashSource(`${preamble}\nalert(1);`));
    expect(sources.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('keeps production free of any inline script', () => {
    expect(scriptSources(contentSecurityPolicy(false, devInlineScriptHashes()))).toEqual(["'self'"]);
  });

  it("is sent by main as a header identical to the page's meta tag, from the hash the main build defines", async () => {
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, 'vite.main.config.ts', undefined, 'silent');
    const defined = JSON.parse(String(loaded?.config.define?.__DEV_INLINE_SCRIPT_HASHES__)) as string[];
    expect(defined).toEqual(devInlineScriptHashes());
    expect(headerPolicy(defined)).toBe(contentSecurityPolicy(true, devInlineScriptHashes()));
  });

  it('lets every inline script of the dev server page run under both the meta tag and the header', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'dev-csp-'));
    const server = await createServer({
      configFile: 'vite.renderer.config.ts',
      logLevel: 'silent',
      cacheDir,
      // Nothing listens: no port, no websocket; Fast Refresh stays on as in `npm start`.
      server: { middlewareMode: true, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const html = await server.transformIndexHtml('/index.html', readFileSync('renderer/index.html', 'utf8'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(meta).toBe(contentSecurityPolicy(true, devInlineScriptHashes()));
      expect(meta).toBe(headerPolicy(devInlineScriptHashes()));
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
      expect(inline).toEqual([reactRefreshPreamble()]);
      for (const code of inline) expect(scriptSources(meta)).toContain(sha256Source(code));
    } finally {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
