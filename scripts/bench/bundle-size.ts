/** The renderer's initial JavaScript: the entry script and its modulepreload imports, gzipped. */
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

export interface BundleSize {
  files: { path: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Reads the built index.html in `directory` and sums the raw and gzipped (zlib default level) sizes of its initial JavaScript. */
export async function measureInitialJavaScript(directory: string): Promise<BundleSize> {
  const html = await readFile(join(directory, 'index.html'), 'utf8');
  const files = await Promise.all(
    initialScripts(html).map(async (path) => {
      const content = await readFile(join(directory, path.replace(/^\.?\//, '').replace(/\?.*$/, '')));
      return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
    }),
  );
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}
