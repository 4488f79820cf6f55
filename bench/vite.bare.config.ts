import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The bare React Flow page the renderer's open-to-paint time is compared with (built by `npm run bench`). */
export default defineConfig({
  root: `${projectRoot}bench/bare-react-flow`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${projectRoot}bench-results/bare`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
