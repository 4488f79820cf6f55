/**
 * Bundles a TypeScript worker into one self-contained .mjs file, so child processes start in tens of
 * milliseconds with plain `node` (and can run as another user from a world-readable folder).
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const workersFolder = fileURLToPath(new URL('../workers/', import.meta.url));

/** Builds `tests/reliability/workers/<name>.ts` into `<folder>/<name>.mjs` and returns the folder. */
export async function bundleWorkers(names: readonly string[]): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'journeymap-workers-'));
  chmodSync(outDir, 0o755);
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: Object.fromEntries(names.map((name) => [name, path.join(workersFolder, `${name}.ts`)])),
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  for (const name of names) chmodSync(path.join(outDir, `${name}.mjs`), 0o644);
  return outDir;
}
