/**
 * The renderer's initial JavaScript, gzipped: what the editor route (`index.html` without `#/print`)
 * loads before it starts. renderer/main.tsx loads each route lazily, so that is the entry script, the
 * chunks the entry imports dynamically for the editor (all but the print route's), and the static
 * imports of all of these, read from Vite's build manifest (`build.manifest` in vite.renderer.config.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript files an index.html loads before the app starts: module scripts with a `src` and
 * `<link rel="modulepreload">` targets, in document order, without duplicates. Lazily imported chunks are
 * not referenced by the HTML and so are not counted.
 */
export function initialScripts(html: string): string[] {
  const files: string[] = [];
  const add = (path: string | undefined) => {
    if (path && /\.m?js(\?|$)/.test(path) && !/^[a-z]+:\/\//i.test(path) && !files.includes(path)) files.push(path);
  };
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const isModulePreload = /\brel\s*=\s*["']?modulepreload\b/i.test(tag);
    if (isScript && /\bsrc\s*=/.test(tag)) add(/\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]);
    else if (!isScript && isModulePreload) add(/\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]);
  }
  return files;
}

/** One chunk of Vite's build manifest (`.vite/manifest.json`), as far as this file reads it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically. */
  imports?: string[];
  /** Manifest keys of the modules this one imports with `import()`. */
  dynamicImports?: string[];
}

export type BuildManifest = Record<string, ManifestChunk>;

/** Where Vite writes the manifest inside the build directory. */
export const MANIFEST_PATH = join('.vite', 'manifest.json');

/** The print route's module (relative to renderer/): main.tsx imports it only for `#/print`, so the editor never loads it. */
export const PRINT_ROUTE_MODULE = 'print/print-route.tsx';

/**
 * The files the editor route loads before it starts, from the build manifest: the HTML entry's chunk, the
 * chunks it imports dynamically except `PRINT_ROUTE_MODULE` (the editor's App and platform API, which
 * main.tsx imports at once), and every static import of these, transitively; each file once, entry
 * first. Chunks the editor itself imports lazily later are not counted.
 */
export function editorStartScripts(manifest: BuildManifest, entryKey = 'index.html'): string[] {
  const entry = manifest[entryKey];
  if (entry === undefined) throw new Error(`the build manifest has no entry "${entryKey}"`);
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build manifest has no chunk "${key}"`);
    if (/\.m?js$/.test(chunk.file)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  for (const lazy of entry.dynamicImports ?? []) if (lazy !== PRINT_ROUTE_MODULE) visit(lazy);
  return files;
}

export interface BundleSize {
  files: { path: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  /** What was counted, in words, for the report's note. */
  counted: string;
}

async function readManifest(directory: string): Promise<BuildManifest | null> {
  try {
    return JSON.parse(await readFile(join(directory, MANIFEST_PATH), 'utf8')) as BuildManifest;
  } catch {
    return null;
  }
}

/**
 * Sums the raw and gzipped (zlib default level) sizes of what the editor route loads before it starts
 * in the build in `directory` (`editorStartScripts`). A build without a manifest can only be counted
 * from its index.html (entry and modulepreload links), which misses lazily loaded route chunks; `counted`
 * says which it was.
 */
export async function measureInitialJavaScript(directory: string): Promise<BundleSize> {
  const manifest = await readManifest(directory);
  const paths =
    manifest === null
      ? initialScripts(await readFile(join(directory, 'index.html'), 'utf8')).map((path) => path.replace(/^\.?\//, '').replace(/\?.*$/, ''))
      : editorStartScripts(manifest);
  const files = await Promise.all(
    paths.map(async (path) => {
      const content = await readFile(join(directory, path));
      return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
    }),
  );
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    counted:
      manifest === null
        ? 'the entry script and its modulepreload links in index.html only (no build manifest: lazily loaded route chunks are missing)'
        : `the entry script, the editor route's lazily imported chunks (all but ${PRINT_ROUTE_MODULE}) and their static imports, from the build manifest`,
  };
}
