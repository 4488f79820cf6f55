/**
 * What the development Content-Security-Policy must admit, computed at config time: @vitejs/plugin-react
 * injects an inline `<script type="module">` (React Fast Refresh's preamble) into the dev server's
 * index.html, which `script-src 'self'` would block, leaving a blank window. Both the renderer config (meta
 * tag) and the main config (a build-time constant for the response header) take the hash from here, so
 * the two policies stay identical. Production builds have no inline script and admit none.
 */
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';

/** The base the dev server serves the renderer from: Vite resolves the config's `base: './'` to '/' there. */
export const DEV_SERVER_BASE = '/';

/** The exact text of the inline preamble the React plugin injects into the dev index.html. */
export function reactRefreshPreamble(base: string = DEV_SERVER_BASE): string {
  return react.preambleCode.replace('__BASE__', base);
}

/** The CSP hash source admitting exactly one inline script. */
export function scriptHashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The hash sources of every inline script the dev server injects: the React Fast Refresh preamble only. */
export function devInlineScriptHashes(): string[] {
  return [scriptHashSource(reactRefreshPreamble())];
}
