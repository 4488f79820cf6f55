import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/** Preload bundle: one CommonJS file, sandbox-compatible (only `electron` is required at run time). */
export default defineConfig({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    minify: false,
    rollupOptions: {
      input: 'electron/preload.ts',
      external: ['electron', 'electron/renderer', ...builtinModules.flatMap((m) => [m, `node:${m}`])],
      output: { format: 'cjs', codeSplitting: false, entryFileNames: 'preload.cjs', chunkFileNames: '[name].cjs' },
    },
  },
});
