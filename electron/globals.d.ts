/** Set by Electron Forge's Vite plugin (and scripts/build.mjs): the dev server URL in development. */
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
/** Set by Electron Forge's Vite plugin: the renderer's name, its folder under `.vite/renderer/`. */
declare const MAIN_WINDOW_VITE_NAME: string;
