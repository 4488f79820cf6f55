import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The strict Content-Security-Policy, set as a meta tag so it applies to file:// in production and to the
 * dev server alike. Development only adds the dev server's websocket for hot reload.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // React Flow and React set element styles at run time; no inline <script> is ever allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws://localhost:* http://localhost:*" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}

function cspPlugin(): Plugin {
  let dev = false;
  return {
    name: 'journeymap:csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%CONTENT_SECURITY_POLICY%', contentSecurityPolicy(dev));
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
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
