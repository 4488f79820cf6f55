import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { devInlineScriptHashes } from './scripts/dev-csp';

/**
 * Main process bundle (CommonJS, dependencies bundled). Electron Forge merges its own settings over
 * these when it runs; `scripts/build.mjs` uses them as they are to build without the Electron binary.
 */
export default defineConfig({
  // Main sends the dev server's pages the same CSP as their meta tag, which admits React's preamble by hash.
  define: { __DEV_INLINE_SCRIPT_HASHES__: JSON.stringify(devInlineScriptHashes()) },
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: 'electron/main.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
    rollupOptions: {
      external: ['electron', 'electron/main', 'electron/common', ...builtinModules.flatMap((m) => [m, `node:${m}`])],
    },
  },
  resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
});
