/**
 * The renderer's JS heap with the 5,000-touchpoint map open: at the first open, and its growth over
 * open/New cycles measured from the heap after the first cycle (the first cycle's rise is one-time
 * warm-up; see `heapRows` and docs/performance.md, "Notes on the misses", item 5).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { gotoApp, missingAppParts, newBlankMap, openMapAndSettle } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { formatCount, formatMegabytes, unavailableRow, type Row } from './report';

/** Growth beyond this share of the baseline (the heap after the first cycle) counts as a leak. */
export const HEAP_GROWTH_TOLERANCE = 0.1;

/** The heap readings of one memory run, in bytes (after two forced garbage collections each). */
export interface HeapReadings {
  /** The blank editor, before any map is opened. */
  blank: number;
  /** The map open for the first time. */
  firstOpen: number;
  /** The map open again after the first New + Open cycle: the baseline of the growth figure. */
  afterFirstCycle: number;
  /** Readings along the way (every 10 cycles and the last), by cycle number. */
  trend: readonly { cycle: number; bytes: number }[];
  /** The map open after the last cycle. */
  last: number;
}

function signedMegabytes(bytes: number): string {
  return `${bytes >= 0 ? '+' : '−'}${formatMegabytes(Math.abs(bytes))}`;
}

function percent(share: number): string {
  return `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(1)}%`;
}

/** The figure names of the two memory rows (shared by the measured rows and the n/a rows). */
export function heapFigures(cycles: number): { open: string; growth: string } {
  return {
    open: 'JS heap, map open (after GC)',
    growth: `JS heap growth over ${cycles} open/New cycles, from cycle 1`,
  };
}

/**
 * The two memory rows. The growth is judged from the heap after the first cycle, not from the first
 * open: heap snapshots of the first open and of cycles 1, 10 and 15 show the rise of the first cycles to
 * be one-time warm-up (V8's optimised code, number fields generalised from small integers to boxed
 * doubles, React's second fiber tree for components that rendered twice, the high-water mark of React's
 * update queue), with no previous map retained and no count of objects growing per cycle. The first-open
 * reading and the rise from it are still printed, in the notes.
 */
export function heapRows(readings: HeapReadings, cycles: number, size: string): Row[] {
  const figures = heapFigures(cycles);
  const target = `no growth (≤ ${HEAP_GROWTH_TOLERANCE * 100}%)`;
  const warmUp = readings.afterFirstCycle - readings.firstOpen;
  const growth = readings.last - readings.afterFirstCycle;
  const share = growth / readings.afterFirstCycle;
  const fromFirstOpen = readings.last - readings.firstOpen;
  const trend = readings.trend.map((reading) => `${reading.cycle}: ${formatMegabytes(reading.bytes)}`).join(', ');
  return [
    {
      figure: figures.open,
      size,
      median: formatMegabytes(readings.firstOpen),
      p95: '',
      target: 'print it',
      verdict: '—',
      note:
        `usedJSHeapSize after two forced garbage collections (CDP HeapProfiler.collectGarbage), the map opened for the first ` +
        `time; the blank editor used ${formatMegabytes(readings.blank)}. After the first New + Open cycle the same map used ` +
        `${formatMegabytes(readings.afterFirstCycle)} (${signedMegabytes(warmUp)}): one-time warm-up, see the next row.`,
    },
    {
      figure: figures.growth,
      size,
      median: `${signedMegabytes(growth)} (${percent(share)})`,
      p95: '',
      target,
      verdict: share <= HEAP_GROWTH_TOLERANCE ? 'PASS' : 'MISS',
      note:
        `One cycle = New (a blank map) then Open of the same map through the toolbar and the file picker, waiting until the ` +
        `canvas settles. Growth from the heap after cycle 1 (${formatMegabytes(readings.afterFirstCycle)}) to after cycle ` +
        `${cycles} (${formatMegabytes(readings.last)}); along the way ${trend}. From the first open ` +
        `(${formatMegabytes(readings.firstOpen)}) the rise is ${signedMegabytes(fromFirstOpen)} ` +
        `(${percent(fromFirstOpen / readings.firstOpen)}). The baseline is cycle 1 because heap snapshots show the rise of the ` +
        `first cycles to be one-time warm-up that then stops (docs/performance.md, notes on the misses, item 5): V8's ` +
        `optimised code, number fields turned from small integers into boxed doubles, React's second fiber tree for ` +
        `components that rendered twice, the high-water mark of React's update queue; no previous map is retained.`,
    },
  ];
}

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
  const figures = heapFigures(cycles);
  const growthTarget = `no growth (≤ ${HEAP_GROWTH_TOLERANCE * 100}%)`;
  const unavailable = (reason: string) => [unavailableRow(figures.open, size, 'print it', reason), unavailableRow(figures.growth, size, growthTarget, reason)];
  if (cycles < 2) return unavailable('not measured: the growth from cycle 1 needs at least 2 cycles (--cycles=2 or more)');
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) return unavailable(`not measured: ${missing}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const file = benchFile(map, `bench-${map.touchpoints.length}.journeymap`);
    const blank = await usedHeapAfterGc(page, cdp);
    await openMapAndSettle(page, file);
    const firstOpen = await usedHeapAfterGc(page, cdp);
    log(`  blank editor ${formatMegabytes(blank)}, with the map open ${formatMegabytes(firstOpen)}`);
    const trend: { cycle: number; bytes: number }[] = [];
    let afterFirstCycle = firstOpen;
    let last = firstOpen;
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await newBlankMap(page);
      await openMapAndSettle(page, file);
      if (cycle === 1 || cycle % 10 === 0 || cycle === cycles) {
        last = await usedHeapAfterGc(page, cdp);
        if (cycle === 1) afterFirstCycle = last;
        trend.push({ cycle, bytes: last });
        log(`  after ${cycle} cycle${cycle === 1 ? '' : 's'}: ${formatMegabytes(last)}`);
      }
    }
    return heapRows({ blank, firstOpen, afterFirstCycle, trend, last }, cycles, size);
  } catch (error) {
    return unavailable(`not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
}
