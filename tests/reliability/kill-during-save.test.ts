/**
 * Reliability row 1: a process saving in a loop with the atomic writer is killed with SIGKILL at random
 * moments. After every kill the file must exist, parse, and be exactly one complete version no older than
 * the one seen before; leftover temp files must be removed by `cleanupLeftoverTempFiles`.
 *
 * Reproduce: KILLS=1000 npx vitest run --project reliability tests/reliability/kill-during-save.test.ts
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN, backupPathFor, cleanupLeftoverTempFiles } from '../../electron/main/atomic-write';
import { parseJourneyFile } from '../../shared/format';
import { bundleWorkers } from './support/bundle-worker';
import { sampleVersion, versionOf } from './support/save-sample';

const KILLS = Number(process.env.KILLS ?? 1000);
const LANES = 4;
const MAX_DELAY_MS = 30;

let workerFolder: string;
let root: string;

beforeAll(async () => {
  workerFolder = await bundleWorkers(['save-loop']);
  root = mkdtempSync(path.join(tmpdir(), 'kill-during-save-'));
});

afterAll(() => {
  rmSync(workerFolder, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

interface LaneTally {
  kills: number;
  corrupt: string[];
  missing: number;
  wentBack: number;
  leftoverTempFiles: number;
  versionsWritten: number;
  killedBeforeAnySave: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the worker, waits until it says it is saving, kills it after a random delay, waits for it to die. */
async function saveAndKill(target: string): Promise<void> {
  const child = spawn(process.execPath, [path.join(workerFolder, 'save-loop.mjs'), target], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)));
  });
  await sleep(Math.random() * MAX_DELAY_MS);
  child.kill('SIGKILL');
  await exited;
}

async function runLane(lane: number, kills: number): Promise<LaneTally> {
  const folder = path.join(root, `lane-${lane}`);
  const target = path.join(folder, 'workshop.journeymap');
  const tally: LaneTally = { kills: 0, corrupt: [], missing: 0, wentBack: 0, leftoverTempFiles: 0, versionsWritten: 0, killedBeforeAnySave: 0 };
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, sampleVersion(0));
  let lastVersion = 0;
  for (let kill = 0; kill < kills; kill += 1) {
    await saveAndKill(target);
    tally.kills += 1;
    let text: string;
    try {
      text = readFileSync(target, 'utf8');
    } catch {
      tally.missing += 1;
      continue;
    }
    const version = versionOf(text);
    if (version === null || text !== sampleVersion(version) || !parseJourneyFile(text).ok) {
      tally.corrupt.push(`kill ${kill}: ${text.length} bytes, starts ${JSON.stringify(text.slice(0, 40))}`);
      continue;
    }
    if (version < lastVersion) tally.wentBack += 1;
    if (version === lastVersion) tally.killedBeforeAnySave += 1;
    tally.versionsWritten += version - lastVersion;
    lastVersion = version;
    if (existsSync(backupPathFor(target))) {
      const backup = readFileSync(backupPathFor(target), 'utf8');
      const backupVersion = versionOf(backup);
      if (backupVersion === null || backup !== sampleVersion(backupVersion) || backupVersion > version) tally.corrupt.push(`kill ${kill}: backup damaged`);
    }
    tally.leftoverTempFiles += (await cleanupLeftoverTempFiles(folder)).length;
    const remaining = readdirSync(folder).filter((name) => TEMP_FILE_PATTERN.test(name));
    if (remaining.length > 0) tally.corrupt.push(`kill ${kill}: temp files not cleaned: ${remaining.join(', ')}`);
  }
  return tally;
}

describe('killing the saving process (reliability row 1)', () => {
  it(`survives ${KILLS} SIGKILLs mid-save with no corrupt or missing file`, async () => {
    const started = Date.now();
    const perLane = Array.from({ length: LANES }, (_, lane) => Math.floor(KILLS / LANES) + (lane < KILLS % LANES ? 1 : 0));
    const tallies = await Promise.all(perLane.map((kills, lane) => runLane(lane, kills)));
    const total = tallies.reduce(
      (sum, tally) => ({
        kills: sum.kills + tally.kills,
        corrupt: [...sum.corrupt, ...tally.corrupt],
        missing: sum.missing + tally.missing,
        wentBack: sum.wentBack + tally.wentBack,
        leftoverTempFiles: sum.leftoverTempFiles + tally.leftoverTempFiles,
        versionsWritten: sum.versionsWritten + tally.versionsWritten,
        killedBeforeAnySave: sum.killedBeforeAnySave + tally.killedBeforeAnySave,
      }),
      { kills: 0, corrupt: [] as string[], missing: 0, wentBack: 0, leftoverTempFiles: 0, versionsWritten: 0, killedBeforeAnySave: 0 },
    );
    console.log(
      `[reliability 1] ${total.kills} SIGKILLs during saves in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${total.corrupt.length} corrupt, ${total.missing} missing, ${total.wentBack} older than before; ` +
        `${total.versionsWritten} complete saves observed, ${total.killedBeforeAnySave} kills before a save finished, ` +
        `${total.leftoverTempFiles} leftover temp files removed by cleanupLeftoverTempFiles, 0 remaining`,
    );
    expect(total.kills).toBe(KILLS);
    expect(total.corrupt).toEqual([]);
    expect(total.missing).toBe(0);
    expect(total.wentBack).toBe(0);
    // Evidence that kills really landed mid-write (too few kills may by chance all land between saves).
    if (KILLS >= 200) expect(total.leftoverTempFiles).toBeGreaterThan(0);
  });
});
