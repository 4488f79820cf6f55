// Builds main, preload and the renderer with Vite, exactly as Electron Forge would, but without needing
// the Electron binary (which cannot be downloaded on every machine). Output lands in `.vite/`.
import { build } from 'vite';

const define = {
  MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined',
  MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window'),
};

await build({ configFile: 'vite.main.config.ts', define, mode: 'production', logLevel: 'warn' });
await build({ configFile: 'vite.preload.config.ts', mode: 'production', logLevel: 'warn' });
await build({ configFile: 'vite.renderer.config.ts', mode: 'production', logLevel: 'warn' });
console.log('Built .vite/build/main.cjs, .vite/build/preload.cjs and .vite/renderer/main_window/');
