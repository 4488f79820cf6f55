/**
 * File opened → map fully painted, in the renderer and in a bare React Flow page with the same number of
 * default nodes at the same positions, measured alternately in one browser.
 */
import type { Browser } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { expectedFlowNodes, gotoApp, missingAppParts, openMap } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { waitPainted, type ProbedWindow } from './probes';
import { formatCount, formatMs, unavailableRow, verdictAtMost, type Row } from './report';
import { median, summarize } from './stats';

/** The renderer may take at most this many times as long as the bare page. */
export const OPEN_RATIO_TARGET = 1.5;
const PAINT_TIMEOUT_MS = 60_000;

async function appRun(browser: Browser, appUrl: string, file: ReturnType<typeof benchFile>, expected: number): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) throw new Error(missing);
    const painted = waitPainted(page, expected, PAINT_TIMEOUT_MS);
    await openMap(page, file);
    const timing = await painted;
    return timing.end - timing.start;
  } finally {
    await context.close();
  }
}

async function bareRun(browser: Browser, bareUrl: string, positions: { x: number; y: number }[]): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${bareUrl}/index.html`);
    await page.waitForFunction(() => typeof (window as unknown as ProbedWindow).benchRender === 'function');
    const painted = waitPainted(page, positions.length, PAINT_TIMEOUT_MS);
    await page.evaluate((list) => (window as unknown as ProbedWindow).benchRender?.(list), positions);
    const timing = await painted;
    return timing.end - timing.start;
  } finally {
    await context.close();
  }
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
  const target = `≤ ${OPEN_RATIO_TARGET} × bare`;
  let expected: Awaited<ReturnType<typeof expectedFlowNodes>>;
  try {
    expected = await expectedFlowNodes(map);
  } catch (error) {
    return [unavailableRow(figure, size, target, `the canvas projection (renderer/canvas/project-to-flow.ts) could not be loaded: ${String(error)}`)];
  }
  const file = benchFile(map, `bench-${map.touchpoints.length}.journeymap`);
  const appSamples: number[] = [];
  const bareSamples: number[] = [];
  let appProblem: string | null = null;
  let bareProblem: string | null = urls.bare === null ? 'the bare React Flow page could not be built' : null;
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) {
      try {
        if (which === 'app' && appProblem === null) appSamples.push(await appRun(browser, urls.app, file, expected.count));
        if (which === 'bare' && bareProblem === null && urls.bare !== null) bareSamples.push(await bareRun(browser, urls.bare, expected.positions));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
        if (which === 'app') appProblem = reason;
        else bareProblem = reason;
      }
    }
    log(`  run ${run + 1}/${runs}: renderer ${formatMs(appSamples.at(-1) ?? Number.NaN)}, bare ${formatMs(bareSamples.at(-1) ?? Number.NaN)}`);
  }

  const nodes = `${formatCount(expected.count)} nodes`;
  const rows: Row[] = [];
  if (appProblem !== null || appSamples.length === 0) {
    rows.push(unavailableRow(figure, `${size}, ${nodes}`, target, `not measured: ${appProblem ?? 'no run finished'}`));
  } else {
    const app = summarize(appSamples);
    rows.push({
      figure,
      size: `${size}, ${nodes} (${app.runs} runs)`,
      median: formatMs(app.median),
      p95: formatMs(app.p95),
      target,
      verdict: '—',
      note:
        'From the file input receiving the file (its change event) until every expected React Flow node is in the DOM and ' +
        'measured (not visibility:hidden), plus two animation frames. Expected = the nodes of the canvas projection ' +
        '(cells, stage and silo headers, cards), all inside the fitted view.',
    });
  }
  if (bareProblem !== null || bareSamples.length === 0) {
    rows.push(unavailableRow('bare React Flow: nodes set → painted', nodes, '—', `not measured: ${bareProblem ?? 'no run finished'}`));
  } else {
    const bare = summarize(bareSamples);
    rows.push({
      figure: 'bare React Flow: nodes set → painted',
      size: `${nodes}, default type (${bare.runs} runs)`,
      median: formatMs(bare.median),
      p95: formatMs(bare.p95),
      target: '—',
      verdict: '—',
    });
  }
  if (appSamples.length > 0 && bareSamples.length > 0 && appProblem === null && bareProblem === null) {
    const ratio = median(appSamples) / median(bareSamples);
    rows.push({ figure: 'ratio renderer / bare React Flow', size, median: `${ratio.toFixed(2)} ×`, p95: '', target, verdict: verdictAtMost(ratio, OPEN_RATIO_TARGET) });
  } else {
    rows.push(unavailableRow('ratio renderer / bare React Flow', size, target, 'needs both the renderer and the bare page figures'));
  }
  return rows;
}
