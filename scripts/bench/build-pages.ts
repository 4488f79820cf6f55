/** Builds what the Chromium figures load: the renderer (as shipped) and the bare React Flow page. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** Where the bench builds and writes (gitignored). */
export function benchResultsDir(projectRoot: string): string {
  return join(projectRoot, 'bench-results');
}

/**
 * The renderer to measure. By default a fresh production build of the current sources into
 * `bench-results/app` with the renderer's own Vite config (so a running `.vite/` build is left alone).
 * With `reuse`, the existing `.vite/renderer/main_window/`, built with `scripts/build.mjs` if missing.
 */
export async function buildRenderer(projectRoot: string, reuse: boolean): Promise<string> {
  if (reuse) {
    const directory = join(projectRoot, '.vite', 'renderer', 'main_window');
    if (!existsSync(join(directory, 'index.html'))) {
      const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`node scripts/build.mjs failed with exit code ${String(result.status)}`);
    }
    return directory;
  }
  const outDir = join(benchResultsDir(projectRoot), 'app');
  await build({
    configFile: join(projectRoot, 'vite.renderer.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** The bare React Flow comparison page (`bench/bare-react-flow/`), built into `bench-results/bare`. */
export async function buildBarePage(projectRoot: string): Promise<string> {
  await build({ configFile: join(projectRoot, 'bench', 'vite.bare.config.ts'), mode: 'production', logLevel: 'warn' });
  return join(benchResultsDir(projectRoot), 'bare');
}
