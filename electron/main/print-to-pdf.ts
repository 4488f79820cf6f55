/**
 * Prints a map to PDF with Chromium, so text stays vector and fonts are embedded:
 *
 * 1. main holds the print job `{ map, options }` for a new hidden window (`PrintJobs`), which loads the
 *    renderer at `#/print`;
 * 2. the print view asks for its job with the preload's `getPrintJob()` (`print:get-job`): main answers
 *    that window only. IPC has no quota, whereas the page's sessionStorage (what the browser build uses)
 *    holds about 5.2M characters, less than a valid 20,000-touchpoint map needs;
 * 3. main polls until the page sets `document.documentElement.dataset.printReady = "true"` (or
 *    `data-print-error` with a message), then calls `printToPDF` with the page size of the chosen format.
 */
import { BrowserWindow, type WebContents } from 'electron';
import { pageSizeFor } from '../../shared/print/page-size';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PRINT_ROUTE, type PrintJob } from '../../shared/print/print-job';
import type { PrintJobs } from './print-jobs';
import { rendererUrl, type RendererEntry } from './renderer-entry';
import { secureWebPreferences } from './security';

export interface PrintEnvironment {
  entry: RendererEntry;
  preloadPath: string;
  isDevelopment: boolean;
  /** Where the job waits for the print window's page to ask for it (`print:get-job`). */
  printJobs: PrintJobs;
  /** How long the print view may take to lay out (default 60 s). */
  timeoutMs?: number;
}

const READINESS_PROBE = `(() => {
  const data = document.documentElement.dataset;
  if (data[${JSON.stringify(PRINT_READY_ATTRIBUTE)}] === 'true') return { state: 'ready' };
  const error = data[${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}];
  if (error) return { state: 'error', message: String(error) };
  return { state: 'waiting' };
})()`;

type Readiness = { state: 'ready' } | { state: 'waiting' } | { state: 'error'; message: string };

function isReadiness(value: unknown): value is Readiness {
  return typeof value === 'object' && value !== null && 'state' in value;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls the print view until it is laid out; throws with a readable message on error or timeout. */
export async function waitForPrintReady(probe: () => Promise<unknown>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await probe().catch(() => ({ state: 'waiting' }));
    if (isReadiness(result)) {
      if (result.state === 'ready') return;
      if (result.state === 'error') throw new Error(`The PDF could not be prepared: ${result.message}`);
    }
    await sleep(intervalMs);
  }
  throw new Error(`The PDF was not ready after ${Math.round(timeoutMs / 1000)} seconds.`);
}

/**
 * Resolves when the print view has loaded; rejects with a readable message when it fails to load, when its
 * renderer dies, or when neither happens within `timeoutMs` (so an export never hangs, CLI included).
 */
function waitForLoad(contents: WebContents, start: () => Promise<unknown> | void, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error: Error | null) => {
      clearTimeout(timer);
      contents.off('did-finish-load', onFinish);
      contents.off('did-fail-load', onFail);
      contents.off('render-process-gone', onGone);
      if (error) reject(error);
      else resolve();
    };
    const onFinish = () => settle(null);
    const onFail = (_event: unknown, code: number, description: string) =>
      settle(new Error(`The print view could not be loaded (${description || code}).`));
    const onGone = () => settle(new Error('The print view stopped working while it was loading.'));
    const timer = setTimeout(
      () => settle(new Error(`The print view did not load within ${Math.round(timeoutMs / 1000)} seconds.`)),
      timeoutMs,
    );
    contents.on('did-finish-load', onFinish);
    contents.on('did-fail-load', onFail);
    contents.on('render-process-gone', onGone);
    void Promise.resolve(start()).catch(() => undefined);
  });
}

/** Renders the map in a hidden window and returns the PDF bytes. */
export async function printMapToPdf(job: PrintJob, environment: PrintEnvironment): Promise<Uint8Array> {
  const size = pageSizeFor(job.options.format);
  const window = new BrowserWindow({
    show: false,
    width: Math.round(size.widthInches * 96),
    height: Math.round(size.heightInches * 96),
    webPreferences: secureWebPreferences({ preload: environment.preloadPath, isDevelopment: environment.isDevelopment }),
  });
  const contents = window.webContents;
  const release = environment.printJobs.hold(contents.id, job);
  try {
    const timeoutMs = environment.timeoutMs ?? 60_000;
    await waitForLoad(contents, () => contents.loadURL(rendererUrl(environment.entry, PRINT_ROUTE)), timeoutMs);
    await waitForPrintReady(() => contents.executeJavaScript(READINESS_PROBE), timeoutMs);
    const pdf = await contents.printToPDF({
      pageSize: { width: size.widthInches, height: size.heightInches },
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: true,
      generateTaggedPDF: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    release();
    window.destroy();
  }
}
