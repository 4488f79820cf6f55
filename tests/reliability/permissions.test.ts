/**
 * Reliability row 3: a read-only file, a read-only folder and a file the user may not read. No crash, a
 * clear message, Save As offered, nothing lost. Root ignores file modes, so when the suite runs as root
 * the checks run in a child process as the unprivileged user `nobody`.
 * Reproduce: npx vitest run --project reliability tests/reliability/permissions.test.ts
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeJourneyFile } from '../../shared/format';
import { generateJourneyMap } from '../support/map-generator';
import { bundleWorkers } from './support/bundle-worker';

const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;
const original = serializeJourneyFile(generateJourneyMap({ touchpoints: 8, seed: 99 }));

let workerFolder: string;
let root: string;
let nodeBinary: string | null = null;
let skipReason: string | null = null;

/** A Node binary the unprivileged user may run (ours may live in root's home folder). */
function findNodeFor(user: typeof NOBODY | null): string | null {
  for (const candidate of [process.execPath, '/usr/bin/node', '/usr/local/bin/node']) {
    const result = spawnSync(candidate, ['-e', '0'], user ? { uid: user.uid, gid: user.gid } : {});
    if (result.status === 0) return candidate;
  }
  return null;
}

beforeAll(async () => {
  if (process.platform === 'win32') {
    skipReason = 'POSIX file modes are not available on Windows';
    return;
  }
  workerFolder = await bundleWorkers(['permission-check']);
  root = mkdtempSync(path.join(tmpdir(), 'permissions-'));
  chmodSync(root, 0o755);
  nodeBinary = findNodeFor(isRoot ? NOBODY : null);
  if (!nodeBinary) skipReason = 'no Node binary can be run as the unprivileged user "nobody"';
});

afterAll(() => {
  if (workerFolder) rmSync(workerFolder, { recursive: true, force: true });
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Makes a path belong to the user the checks run as (only needed when the suite runs as root). */
function giveToChecker(filePath: string): void {
  if (isRoot) chownSync(filePath, NOBODY.uid, NOBODY.gid);
}

type Outcome = { ok?: boolean; readOnly?: boolean; code?: string; status?: string; message?: string; canSaveAs?: boolean };

function runCheck(action: 'open' | 'save', filePath: string): { exitCode: number | null; outcome: Outcome; stderr: string } {
  if (!nodeBinary) throw new Error('no node binary');
  const result = spawnSync(nodeBinary, [path.join(workerFolder, 'permission-check.mjs'), action, filePath], {
    encoding: 'utf8',
    ...(isRoot ? { uid: NOBODY.uid, gid: NOBODY.gid } : {}),
  });
  let outcome: Outcome;
  try {
    outcome = JSON.parse(result.stdout) as Outcome;
  } catch {
    outcome = { message: `unparsable output: ${result.stdout}` };
  }
  return { exitCode: result.status, outcome, stderr: result.stderr };
}

function scenario(name: string, setup: (folder: string, file: string) => void): { folder: string; file: string } {
  const folder = path.join(root, name);
  mkdirSync(folder);
  const file = path.join(folder, 'workshop.journeymap');
  writeFileSync(file, original);
  setup(folder, file);
  return { folder, file };
}

const tally = { scenarios: 0, noCrash: 0, clearMessage: 0, saveAsOffered: 0, nothingLost: 0 };

describe('no permission to save (reliability row 3)', () => {
  it('a read-only file opens in review mode, and saving over it is refused plainly', (context) => {
    if (skipReason) return context.skip(skipReason);
    const { folder, file } = scenario('read-only-file', (folder, file) => {
      giveToChecker(folder);
      giveToChecker(file);
      chmodSync(file, 0o444);
    });
    const opened = runCheck('open', file);
    expect(opened.outcome).toEqual({ ok: true, readOnly: true });
    const saved = runCheck('save', file);
    record(saved, file);
    expect(saved.exitCode).toBe(0);
    expect(saved.outcome).toMatchObject({ status: 'failed', canSaveAs: true });
    expect(saved.outcome.message).toMatch(/read-only.*Save As/);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(folder)).toEqual(['workshop.journeymap']);
  });

  it('a writable file in a read-only folder opens in review mode, and saving is refused plainly', (context) => {
    if (skipReason) return context.skip(skipReason);
    const { folder, file } = scenario('read-only-folder', (folder, file) => {
      giveToChecker(file);
      chmodSync(folder, 0o555);
    });
    const opened = runCheck('open', file);
    expect(opened.outcome).toEqual({ ok: true, readOnly: true });
    const saved = runCheck('save', file);
    record(saved, file);
    expect(saved.exitCode).toBe(0);
    expect(saved.outcome).toMatchObject({ status: 'failed', canSaveAs: true });
    expect(saved.outcome.message).toMatch(/permission.*Save As/);
    expect(readFileSync(file, 'utf8')).toBe(original);
    chmodSync(folder, 0o755);
    expect(readdirSync(folder)).toEqual(['workshop.journeymap']);
  });

  it('a file the user may not read gives a clear message instead of a crash', (context) => {
    if (skipReason) return context.skip(skipReason);
    const { file } = scenario('no-permission', (folder, file) => {
      chmodSync(file, 0o600);
      if (!isRoot) chmodSync(file, 0o000);
      void folder;
    });
    const opened = runCheck('open', file);
    expect(opened.exitCode).toBe(0);
    expect(opened.outcome).toMatchObject({ ok: false, code: 'io-error' });
    expect(opened.outcome.message).toMatch(/permission to open/);
    const saved = runCheck('save', file);
    record(saved, file);
    expect(saved.outcome).toMatchObject({ status: 'failed', canSaveAs: true });
    chmodSync(file, 0o644);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('Save As into a folder without permission fails plainly and creates nothing', (context) => {
    if (skipReason) return context.skip(skipReason);
    const folder = path.join(root, 'locked-folder');
    mkdirSync(folder, { mode: 0o755 });
    if (!isRoot) chmodSync(folder, 0o555);
    const target = path.join(folder, 'copy.journeymap');
    const saved = runCheck('save', target);
    tally.scenarios += 1;
    if (saved.exitCode === 0) tally.noCrash += 1;
    if (/permission/.test(saved.outcome.message ?? '')) tally.clearMessage += 1;
    if (saved.outcome.canSaveAs) tally.saveAsOffered += 1;
    if (readdirSync(folder).length === 0) tally.nothingLost += 1;
    expect(saved.outcome).toMatchObject({ status: 'failed', canSaveAs: true });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports the figures', (context) => {
    if (skipReason) {
      console.log(`[reliability 3] SKIPPED: ${skipReason}`);
      return context.skip(skipReason);
    }
    console.log(
      `[reliability 3] ${tally.scenarios} save attempts without permission (as ${isRoot ? 'uid nobody' : 'this user'}): ` +
        `no crash ${tally.noCrash}/${tally.scenarios}, clear message ${tally.clearMessage}/${tally.scenarios}, ` +
        `Save As offered ${tally.saveAsOffered}/${tally.scenarios}, nothing lost ${tally.nothingLost}/${tally.scenarios}`,
    );
    expect(tally.scenarios).toBe(4);
    expect(tally.noCrash).toBe(tally.scenarios);
    expect(tally.clearMessage).toBe(tally.scenarios);
    expect(tally.saveAsOffered).toBe(tally.scenarios);
    expect(tally.nothingLost).toBe(tally.scenarios);
  });
});

function record(result: ReturnType<typeof runCheck>, file: string): void {
  tally.scenarios += 1;
  if (result.exitCode === 0 && result.stderr === '') tally.noCrash += 1;
  if (/read-only|permission/.test(result.outcome.message ?? '') && !/EACCES|EPERM|errno/.test(result.outcome.message ?? '')) tally.clearMessage += 1;
  if (result.outcome.canSaveAs) tally.saveAsOffered += 1;
  try {
    if (readFileSync(file, 'utf8') === original) tally.nothingLost += 1;
  } catch {
    // Unreadable to root? Never: root reads everything. Counted as lost.
  }
}
