/** The leadership-deck PDF of a 12-stage, 300-touchpoint map, printed by Chromium from the print view. */
import type { Browser } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { freshPage } from './chromium';
import { formatCount, formatMs, unavailableRow, verdictAtMost, type Row } from './report';
import { summarize } from './stats';

export const PDF_TARGET_MS = 3_000;
/** The key the print view reads its job from (renderer/api/print-job.ts). */
const PRINT_JOB_KEY = 'journeymap:print-job';
const READY_TIMEOUT_MS = 30_000;

/** Every section, on 16:9 slide pages. */
export function printJob(map: JourneyMap): string {
  return JSON.stringify({
    map,
    options: { format: 'slide', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } },
  });
}

/** One PDF: from navigating to `#/print` to `page.pdf()` returning; also the time until the view was laid out. */
async function printOnce(browser: Browser, appUrl: string, job: string): Promise<{ totalMs: number; readyMs: number; bytes: number }> {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [PRINT_JOB_KEY, job] as const);
    const start = performance.now();
    await page.goto(`${appUrl}/index.html#/print`);
    const handle = await page.waitForFunction(() => document.documentElement.dataset.printReady, undefined, { timeout: READY_TIMEOUT_MS });
    const state = await handle.jsonValue();
    if (state !== 'true') throw new Error(`the print view reported data-print-ready="${String(state)}"`);
    const readyMs = performance.now() - start;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { totalMs: performance.now() - start, readyMs, bytes: pdf.length };
  } finally {
    await context.close();
  }
}

/** The PDF row: median over the runs. */
export async function measurePdf(browser: Browser, appUrl: string, map: JourneyMap, runs: number, log: (line: string) => void): Promise<Row> {
  const size = `${map.stages.length} stages, ${formatCount(map.touchpoints.length)} tp`;
  const figure = 'PDF printed in Chromium';
  const target = `≤ ${PDF_TARGET_MS / 1000} s`;
  const job = printJob(map);
  const totals: number[] = [];
  const ready: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = await printOnce(browser, appUrl, job);
      totals.push(result.totalMs);
      ready.push(result.readyMs);
      log(`  pdf ${run + 1}/${runs}: ${formatMs(result.totalMs)} (laid out after ${formatMs(result.readyMs)}, ${(result.bytes / 1024).toFixed(0)} KiB)`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return unavailableRow(figure, size, target, `not measured: the print view (#/print) did not get ready: ${reason}`);
  }
  const summary = summarize(totals);
  const laidOut = summarize(ready);
  return {
    figure,
    size: `${size} (${summary.runs} runs)`,
    median: formatMs(summary.median),
    p95: formatMs(summary.p95),
    target,
    verdict: verdictAtMost(summary.median, PDF_TARGET_MS),
    note:
      'From page.goto("#/print") with the print job (slide format, every section) in sessionStorage to page.pdf() ' +
      `returning the bytes; of which navigation until data-print-ready="true": median ${formatMs(laidOut.median)}.`,
  };
}
