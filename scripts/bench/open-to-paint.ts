/**
 * File opened → map fully painted, in the renderer and in a bare React Flow page with the same number of
 * default nodes at the same positions, measured alternately in one browser.
 */
import type { Browser } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { gotoApp, missingAppParts, openMap, paintRequirements } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { nodePositions, waitPainted, type ProbedWindow } from './probes';
import { formatCount, formatMs, unavailableRow, verdictAtMost, type Row } from './report';
import { median, summarize } from './stats';

/** The renderer may take at most this many times as long as the bare page. */
export const OPEN_RATIO_TARGET = 1.5;
const PAINT_TIMEOUT_MS = 60_000;

type Position = { x: number; y: number };

/** One open in a fresh page: the time from the file input's change event to the painted map, and where its nodes are. */
async function appRun(browser: Browser, appUrl: string, map: JourneyMap, file: ReturnType<typeof benchFile>): Promise<{ ms: number; positions: Position[] }> {
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) throw new Error(missing);
    const painted = waitPainted(page, paintRequirements(map), PAINT_TIMEOUT_MS);
    await openMap(page, file);
    const timing = await painted;
    return { ms: timing.end - timing.start, positions: await nodePositions(page) };
  } finally {
    await context.close();
  }
}

/** One render in a fresh bare page: from `benchRender` receiving the positions to the painted nodes. */
async function bareRun(browser: Browser, bareUrl: string, positions: Position[]): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${bareUrl}/index.html`);
    await page.waitForFunction(() => typeof (window as unknown as ProbedWindow).benchRender === 'function');
    const painted = waitPainted(page, [{ selector: '.react-flow__node', count: positions.length }], PAINT_TIMEOUT_MS);
    await page.evaluate((list) => (window as unknown as ProbedWindow).benchRender?.(list), positions);
    const timing = await painted;
    return timing.end - timing.start;
  } finally {
    await context.close();
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
}

/** The open-to-paint rows: the renderer, the bare page and their ratio (the target). */
export async function measureOpenToPaint(
  browser: Browser,
  urls: { app: string; bare: string | null },
  map: JourneyMap,
  runs: number,
  log: (line: string) => void,
): Promise<Row[]> {
  const size = `${formatCount(map.touchpoints.length)} tp`;
  const figure = 'renderer: file opened → map painted';
  const bareFigure = 'bare React Flow: nodes set → painted';
  const ratioFigure = 'ratio renderer / bare React Flow';
  const target = `≤ ${OPEN_RATIO_TARGET} × bare`;
  const file = benchFile(map, `bench-${map.touchpoints.length}.journeymap`);
  const appSamples: number[] = [];
  const bareSamples: number[] = [];
  let positions: Position[] | null = null;
  let appProblem: string | null = null;
  let bareProblem: string | null = urls.bare === null ? 'the bare React Flow page could not be built' : null;
  for (let run = 0; run < runs && appProblem === null; run++) {
    // The first run opens the map in the renderer first: the bare page needs its node positions.
    const order = run % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) {
      if (which === 'app' && appProblem === null) {
        try {
          const result = await appRun(browser, urls.app, map, file);
          appSamples.push(result.ms);
          positions ??= result.positions;
        } catch (error) {
          appProblem = reasonOf(error);
        }
      }
      if (which === 'bare' && bareProblem === null && urls.bare !== null && positions !== null) {
        try {
          bareSamples.push(await bareRun(browser, urls.bare, positions));
        } catch (error) {
          bareProblem = reasonOf(error);
        }
      }
    }
    log(`  run ${run + 1}/${runs}: renderer ${formatMs(appSamples.at(-1) ?? Number.NaN)}, bare ${formatMs(bareSamples.at(-1) ?? Number.NaN)}`);
  }

  const nodes = positions === null ? 'nodes unknown' : `${formatCount(positions.length)} nodes`;
  const rows: Row[] = [];
  if (appProblem !== null || appSamples.length === 0) {
    const reason = `not measured: ${appProblem ?? 'no run finished'}`;
    return [unavailableRow(figure, size, target, reason), unavailableRow(bareFigure, nodes, '—', 'needs the renderer figure'), unavailableRow(ratioFigure, size, target, reason)];
  }
  const app = summarize(appSamples);
  rows.push({
    figure,
    size: `${size}, ${nodes} (${app.runs} runs)`,
    median: formatMs(app.median),
    p95: formatMs(app.p95),
    target,
    verdict: '—',
    note:
      'From the file input receiving the file (its change event) to two animation frames after the canvas first shows ' +
      'every touchpoint card and stage header with all React Flow nodes measured (none visibility:hidden), a state it ' +
      'then keeps for 30 frames. Fresh page per run; the bare page renders default nodes at the positions the ' +
      'renderer drew its nodes at, measured from setNodes to the same state.',
  });
  if (bareProblem !== null || bareSamples.length === 0) {
    rows.push(unavailableRow(bareFigure, nodes, '—', `not measured: ${bareProblem ?? 'no run finished'}`));
    rows.push(unavailableRow(ratioFigure, size, target, 'needs both the renderer and the bare page figures'));
    return rows;
  }
  const bare = summarize(bareSamples);
  rows.push({ figure: bareFigure, size: `${nodes}, default type (${bare.runs} runs)`, median: formatMs(bare.median), p95: formatMs(bare.p95), target: '—', verdict: '—' });
  const ratio = median(appSamples) / median(bareSamples);
  rows.push({ figure: ratioFigure, size, median: `${ratio.toFixed(2)} ×`, p95: '', target, verdict: verdictAtMost(ratio, OPEN_RATIO_TARGET) });
  return rows;
}
