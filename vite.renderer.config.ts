import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './shared/security/csp';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

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
