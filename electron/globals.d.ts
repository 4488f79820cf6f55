/** Set by Electron Forge's Vite plugin (and scripts/build.mjs): the dev server URL in development. */
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
/** Set by Electron Forge's Vite plugin: the renderer's name, its folder under `.vite/renderer/`. */
declare const MAIN_WINDOW_VITE_NAME: string;
/** Set by vite.main.config.ts: CSP hash sources of the inline scripts the dev server injects (scripts/dev-csp.ts). */
declare const __DEV_INLINE_SCRIPT_HASHES__: readonly string[] | undefined;
