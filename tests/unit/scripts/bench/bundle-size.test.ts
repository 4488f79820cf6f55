import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { type BuildManifest, MANIFEST_PATH, PRINT_ROUTE_MODULE, editorStartScripts, initialScripts, measureInitialJavaScript } from '../../../../scripts/bench/bundle-size';

/** A manifest shaped like the renderer's: the entry loads the print route or the editor (App and the API) lazily. */
const MANIFEST: BuildManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, dynamicImports: [PRINT_ROUTE_MODULE, 'App.tsx', 'api/journey-api.ts'] },
  [PRINT_ROUTE_MODULE]: { file: 'assets/print-route-2.js', isDynamicEntry: true, imports: ['index.html', '_print-plan-3.js', '_validate-4.js'] },
  'App.tsx': { file: 'assets/App-5.js', isDynamicEntry: true, imports: ['index.html', '_print-plan-3.js', '_names-6.js'], dynamicImports: ['export/Heavy.tsx'] },
  'api/journey-api.ts': { file: 'assets/journey-api-7.js', isDynamicEntry: true, imports: ['_validate-4.js', '_names-6.js'] },
  'export/Heavy.tsx': { file: 'assets/Heavy-8.js', isDynamicEntry: true, imports: ['_names-6.js'] },
  '_print-plan-3.js': { file: 'assets/print-plan-3.js', imports: ['index.html'] },
  '_validate-4.js': { file: 'assets/validate-4.js' },
  '_names-6.js': { file: 'assets/names-6.js' },
  'fonts/inter.woff2': { file: 'assets/inter-9.woff2' },
};

describe("the renderer's initial JavaScript", () => {
  it('is the entry module script and its modulepreload links, in order, without CSS or duplicates', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-123.css">
      <link rel="modulepreload" href="./assets/vendor-def.js">
      </head><body><div id="root"></div></body></html>`;
    expect(initialScripts(html)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
  });

  it('ignores inline scripts, preloads of other kinds and scripts from other origins', () => {
    const html = `<script>window.x = 1</script>
      <link rel="preload" as="font" href="./assets/inter.woff2">
      <script src="https://example.com/tracker.js"></script>`;
    expect(initialScripts(html)).toEqual([]);
  });
});

describe('what the editor route loads before it starts', () => {
  it('is the entry, the editor chunks the entry imports lazily and all their static imports, once each', () => {
    expect(editorStartScripts(MANIFEST)).toEqual([
      'assets/index-1.js',
      'assets/App-5.js',
      'assets/print-plan-3.js',
      'assets/names-6.js',
      'assets/journey-api-7.js',
      'assets/validate-4.js',
    ]);
  });

  it('leaves out the print route and what the editor only imports lazily later', () => {
    const files = editorStartScripts(MANIFEST);
    expect(files).not.toContain('assets/print-route-2.js');
    expect(files).not.toContain('assets/Heavy-8.js');
  });

  it('refuses a manifest without the entry or with a dangling import', () => {
    expect(() => editorStartScripts({})).toThrow(/no entry "index.html"/);
    expect(() => editorStartScripts({ 'index.html': { file: 'a.js', imports: ['_gone.js'] } })).toThrow(/no chunk "_gone.js"/);
  });
});

describe('measureInitialJavaScript', () => {
  let directory: string | null = null;
  afterEach(async () => {
    if (directory !== null) await rm(directory, { recursive: true, force: true });
    directory = null;
  });

  async function build(manifest: BuildManifest | null): Promise<string> {
    directory = await mkdtemp(join(tmpdir(), 'bundle-size-'));
    await mkdir(join(directory, 'assets'));
    await mkdir(join(directory, '.vite'));
    await writeFile(join(directory, 'index.html'), '<script type="module" src="./assets/index-1.js"></script>');
    for (const chunk of Object.values(MANIFEST)) await writeFile(join(directory, chunk.file), `export const file = ${JSON.stringify(chunk.file.repeat(40))};`);
    if (manifest !== null) await writeFile(join(directory, MANIFEST_PATH), JSON.stringify(manifest));
    return directory;
  }

  it('sums the raw and gzipped sizes of the files the manifest says the editor needs', async () => {
    const dir = await build(MANIFEST);
    const size = await measureInitialJavaScript(dir);
    const expected = editorStartScripts(MANIFEST);
    expect(size.files.map((file) => file.path)).toEqual(expected);
    const content = (file: string) => Buffer.from(`export const file = ${JSON.stringify(file.repeat(40))};`);
    expect(size.bytes).toBe(expected.reduce((sum, file) => sum + content(file).length, 0));
    expect(size.gzipBytes).toBe(expected.reduce((sum, file) => sum + gzipSync(content(file)).length, 0));
    expect(size.counted).toMatch(/build manifest/);
  });

  it('falls back to index.html without a manifest, and says so', async () => {
    const size = await measureInitialJavaScript(await build(null));
    expect(size.files.map((file) => file.path)).toEqual(['assets/index-1.js']);
    expect(size.counted).toMatch(/no build manifest/);
  });
});
