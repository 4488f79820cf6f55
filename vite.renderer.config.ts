import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { DEV_SERVER_BASE, devInlineScriptHashes } from './scripts/dev-csp';
import { contentSecurityPolicy } from './shared/security/csp';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the policy into the page's meta tag. On the dev server it admits, by hash, the React plugin's
 * inline Fast Refresh preamble; main sends the same policy as a header (`vite.main.config.ts`).
 */
function cspPlugin(): Plugin {
  let policy = contentSecurityPolicy(false);
  return {
    name: 'journeymap:csp',
    configResolved(config) {
      if (config.command !== 'serve') return;
      // The preamble's text, and so its hash, contains the base the page is served from.
      if (config.base !== DEV_SERVER_BASE) throw new Error(`The dev server must serve the renderer from "${DEV_SERVER_BASE}" (got "${config.base}"): the CSP hash of React's preamble assumes it.`);
      policy = contentSecurityPolicy(true, devInlineScriptHashes());
    },
    transformIndexHtml(html) {
      return html.replace('%CONTENT_SECURITY_POLICY%', policy);
    },
  };
}

/** The renderer: one build used by Electron and, unchanged, by the browser end-to-end tests. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspPlugin()],
  build: {
    outDir: `${projectRoot}.vite/renderer/main_window`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // Which chunks each route loads (scripts/bench/bundle-size.ts counts the editor's from it).
    manifest: true,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
