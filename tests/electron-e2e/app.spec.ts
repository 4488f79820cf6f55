/**
 * End-to-end tests of the real Electron app (main + preload + renderer): open through a stubbed native
 * dialog, save, reopen, the changed-on-disk prompt, isolation of the page, and the headless PDF export.
 * They need the Electron binary and a build (`npm run build`); where either is missing the whole file is
 * skipped with the reason printed, never reported as passing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainBundle = path.join(projectRoot, '.vite', 'build', 'main.cjs');
const rendererIndex = path.join(projectRoot, '.vite', 'renderer', 'main_window', 'index.html');
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'auto-insurance.journeymap');

/** The executable inside an Electron dist folder on this platform. */
function executableIn(distFolder: string): string {
  if (process.platform === 'darwin') return path.join(distFolder, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return path.join(distFolder, process.platform === 'win32' ? 'electron.exe' : 'electron');
}

/** Finds the Electron binary without `require('electron')` (which would try to download it). */
function findElectron(): { executable: string } | { reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = executableIn(override);
    return existsSync(executable) ? { executable } : { reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executable} does not exist` };
  }
  const electronPackage = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron binary was not downloaded (node_modules/electron/path.txt is missing; installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?)' };
  const executable = path.join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { executable } : { reason: `node_modules/electron/path.txt names ${executable}, which does not exist` };
}

function skipReason(): string | null {
  const found = findElectron();
  if ('reason' in found) return found.reason;
  if (!existsSync(mainBundle) || !existsSync(rendererIndex)) return 'the app is not built (run `npm run build` first)';
  return null;
}

const reason = skipReason();
if (reason) console.log(`[electron-e2e] SKIPPED: ${reason}`);
test.skip(reason !== null, reason ?? '');

let workFolder: string;

test.beforeEach(() => {
  workFolder = mkdtempSync(path.join(tmpdir(), 'journeymap-e2e-'));
});

test.afterEach(() => {
  rmSync(workFolder, { recursive: true, force: true });
});

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const found = findElectron();
  if ('reason' in found) throw new Error(found.reason);
  const app = await electron.launch({
    executablePath: found.executable,
    args: [mainBundle],
    env: { ...process.env, JOURNEYMAP_USER_DATA_DIR: path.join(workFolder, 'user-data') } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await page.waitForFunction(() => window.journeyApi !== undefined);
  return { app, page };
}

async function stubOpenDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, filePath);
}

async function windowTitles(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.getTitle()));
}

test('the page has no Node and only the named bridge', async () => {
  const { app, page } = await launch();
  const exposed = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    platform: window.journeyApi?.platform,
    hasGenericInvoke: window.journeyApi !== undefined && 'invoke' in window.journeyApi,
  }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', platform: 'electron', hasGenericInvoke: false });
  await app.close();
});

test('open through the native dialog, save, and reopen', async () => {
  const file = path.join(workFolder, 'auto-insurance.journeymap');
  copyFileSync(fixture, file);
  const original = readFileSync(file, 'utf8');

  const first = await launch();
  await stubOpenDialog(first.app, file);
  const opened = await first.page.evaluate(() => window.journeyApi!.openDocument());
  expect(opened.status).toBe('opened');
  if (opened.status !== 'opened') throw new Error(opened.status);
  expect(opened.document.info).toEqual({ fileName: 'auto-insurance.journeymap', readOnly: false });
  expect(await windowTitles(first.app)).toContain('auto-insurance — Journey Map');

  const saved = await first.page.evaluate((map) => window.journeyApi!.saveDocument({ map: { ...map, title: 'Saved by the e2e test' } }), opened.document.map);
  expect(saved).toEqual({ status: 'saved', info: { fileName: 'auto-insurance.journeymap', readOnly: false } });
  expect(readFileSync(file, 'utf8')).toContain('"title": "Saved by the e2e test"');
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  await first.app.close();

  const second = await launch();
  await stubOpenDialog(second.app, file);
  const reopened = await second.page.evaluate(() => window.journeyApi!.openDocument());
  expect(reopened.status === 'opened' && reopened.document.map.title).toBe('Saved by the e2e test');
  await second.app.close();
});

test('a file changed on disk is never overwritten without asking', async () => {
  const file = path.join(workFolder, 'shared.journeymap');
  copyFileSync(fixture, file);
  const { app, page } = await launch();
  await stubOpenDialog(app, file);
  const opened = await page.evaluate(() => window.journeyApi!.openDocument());
  if (opened.status !== 'opened') throw new Error(opened.status);
  const theirs = readFileSync(file, 'utf8').replace('"title": "', '"title": "Colleague: ');
  writeFileSync(file, theirs);
  await app.evaluate(({ dialog }) => {
    const asked: string[] = [];
    (globalThis as { askedMessages?: string[] }).askedMessages = asked;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; cancelId?: number };
      asked.push(options.message);
      return { response: options.cancelId ?? 0, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  const outcome = await page.evaluate((map) => window.journeyApi!.saveDocument({ map }), opened.document.map);
  expect(outcome).toEqual({ status: 'cancelled' });
  expect(await app.evaluate(() => (globalThis as { askedMessages?: string[] }).askedMessages)).toEqual([expect.stringContaining('was changed')]);
  expect(readFileSync(file, 'utf8')).toBe(theirs);
  await app.close();
});

test('journeymap --export-pdf writes a PDF without showing a window', () => {
  test.setTimeout(120_000);
  const found = findElectron();
  if ('reason' in found) throw new Error(found.reason);
  const output = path.join(workFolder, 'deck.pdf');
  const result = spawnSync(found.executable, [mainBundle, '--export-pdf', fixture, '--out', output, '--format', 'a4'], {
    encoding: 'utf8',
    timeout: 100_000,
    env: { ...process.env, JOURNEYMAP_USER_DATA_DIR: path.join(workFolder, 'user-data') },
  });
  expect(result.status, result.stderr).toBe(0);
  expect(readFileSync(output).subarray(0, 5).toString()).toBe('%PDF-');
  const bad = spawnSync(found.executable, [mainBundle, '--export-pdf', path.join(workFolder, 'missing.journeymap'), '--out', output], { encoding: 'utf8', timeout: 60_000 });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('could not be found');
});
