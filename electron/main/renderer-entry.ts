/**
 * Where the renderer is loaded from: the Vite dev server in development, otherwise the built
 * `../renderer/<name>/index.html` next to the main bundle. Also the "app URL" the security checks compare
 * navigation and IPC senders against.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type RendererEntry = { kind: 'dev-server'; url: string } | { kind: 'file'; filePath: string };

/** The renderer entry for a main bundle living in `mainDir` (`.vite/build`). */
export function rendererEntry(mainDir: string, devServerUrl: string | undefined, rendererName: string): RendererEntry {
  if (devServerUrl) return { kind: 'dev-server', url: devServerUrl };
  return { kind: 'file', filePath: path.join(mainDir, '..', 'renderer', rendererName, 'index.html') };
}

/** The renderer entry as Forge's build-time globals describe it. */
export function rendererEntryFromBuild(mainDir: string): RendererEntry {
  const devServerUrl = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  const name = typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
  return rendererEntry(mainDir, devServerUrl, name);
}

/** The URL of the renderer page, optionally with a hash route such as "/print". */
export function rendererUrl(entry: RendererEntry, hashRoute?: string): string {
  const base = entry.kind === 'dev-server' ? new URL(entry.url) : pathToFileURL(entry.filePath);
  if (hashRoute) base.hash = hashRoute;
  return base.toString();
}

/** The dev server URL, or null for a packaged or built app. */
export function devServerUrlOf(entry: RendererEntry): string | null {
  return entry.kind === 'dev-server' ? entry.url : null;
}
