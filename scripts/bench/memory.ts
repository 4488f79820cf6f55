/** The renderer's JS heap with the 5,000-touchpoint map open, before and after 50 open/New cycles. */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { gotoApp, missingAppParts, newBlankMap, openMapAndSettle } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { formatCount, formatMegabytes, unavailableRow, type Row } from './report';

/** Growth beyond this share of the first reading counts as a leak. */
export const HEAP_GROWTH_TOLERANCE = 0.1;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Collects garbage (twice, so finalisers' garbage goes too) and reads the used JS heap, in bytes. */
async function usedHeapAfterGc(page: Page, cdp: CDPSession): Promise<number> {
  await sleep(300);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const precise = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  return precise !== null && precise > 0 ? Math.min(precise, usage.usedSize) : usage.usedSize;
}

/** The memory rows: the heap with the map open, and its growth over `cycles` open/New cycles. */
export async function measureMemory(browser: Browser, appUrl: string, map: JourneyMap, cycles: number, log: (line: string) => void): Promise<Row[]> {
  const size = `${formatCount(map.touchpoints.length)} tp`;
  const openFigure = 'JS heap, map open (after GC)';
  const growthFigure = `JS heap growth over ${cycles} open/New cycles`;
  const growthTarget = `no growth (≤ ${HEAP_GROWTH_TOLERANCE * 100}%)`;
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) return [unavailableRow(openFigure, size, 'print it', `not measured: ${missing}`), unavailableRow(growthFigure, size, growthTarget, `not measured: ${missing}`)];
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const file = benchFile(map, `bench-${map.touchpoints.length}.journeymap`);
    const blankHeap = await usedHeapAfterGc(page, cdp);
    await openMapAndSettle(page, file);
    const first = await usedHeapAfterGc(page, cdp);
    log(`  blank editor ${formatMegabytes(blankHeap)}, with the map open ${formatMegabytes(first)}`);
    const trend: string[] = [];
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await newBlankMap(page);
      await openMapAndSettle(page, file);
      if (cycle % 10 === 0 || cycle === cycles) {
        const reading = await usedHeapAfterGc(page, cdp);
        trend.push(`${cycle}: ${formatMegabytes(reading)}`);
        log(`  after ${cycle} cycles: ${formatMegabytes(reading)}`);
      }
    }
    const last = await usedHeapAfterGc(page, cdp);
    const growth = last - first;
    const share = growth / first;
    return [
      {
        figure: openFigure,
        size,
        median: formatMegabytes(first),
        p95: '',
        target: 'print it',
        verdict: '—',
        note: `usedJSHeapSize after two forced garbage collections (CDP HeapProfiler.collectGarbage); the blank editor used ${formatMegabytes(blankHeap)}.`,
      },
      {
        figure: growthFigure,
        size,
        median: `${growth >= 0 ? '+' : ''}${formatMegabytes(growth)} (${(share * 100).toFixed(1)}%)`,
        p95: '',
        target: growthTarget,
        verdict: share <= HEAP_GROWTH_TOLERANCE ? 'PASS' : 'MISS',
        note:
          `One cycle = New (a blank map) then Open of the same map through the toolbar and the file picker, waiting until ` +
          `the canvas settles. Heap after GC with the map open: first ${formatMegabytes(first)}, after ${cycles} cycles ` +
          `${formatMegabytes(last)}; along the way ${trend.join(', ')}.`,
      },
    ];
  } catch (error) {
    const reason = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return [unavailableRow(openFigure, size, 'print it', reason), unavailableRow(growthFigure, size, growthTarget, reason)];
  } finally {
    await context.close();
  }
}
