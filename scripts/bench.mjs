// `npm run bench`: runs the TypeScript benchmark runner (scripts/bench/run-bench.ts) through tsx, with
// `gc()` exposed so timed runs start from a collected heap. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`The benchmarks need Node 22.12 or newer; this is Node ${process.versions.node}.`);
  process.exit(1);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/run-bench.ts', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (result.error) console.error('The benchmark could not start:', result.error.message);
process.exit(result.status ?? 1);
