/** Frame times while a card is dragged for 2 s across the 1,000-touchpoint map, fitted to the view. */
import type { Browser, Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { paintRequirements, gotoApp, missingAppParts, openMap } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { cardNearCentre, isDragging, startFrames, stopFrames, waitPainted } from './probes';
import { formatCount, formatMs, unavailableRow, verdictAtMost, type Row } from './report';
import { deltas, median, percentile } from './stats';

/** 60 frames per second. */
export const FRAME_BUDGET_MS = 16.7;
const DRAG_MS = 2_000;
/** Pointer events arrive at 125 Hz, like a common USB mouse. */
const POINTER_INTERVAL_MS = 8;
const SETTLE_MS = 800;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface DragRun {
  frameTimes: number[];
  dragged: boolean;
}

/** One 2-second drag of the card nearest the centre, to the right (or left) across 60% of the canvas. */
async function dragOnce(page: Page, towardsRight: boolean): Promise<DragRun> {
  const card = await cardNearCentre(page);
  if (card === null) throw new Error('no touchpoint card on the canvas');
  const distance = card.pane.width * 0.6 * (towardsRight ? 1 : -1);
  const from = { x: card.x, y: card.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Past React Flow's drag threshold before the clock starts (its drag begins one pointer step late).
  for (let step = 1; step <= 3; step++) await page.mouse.move(from.x + step * 2 * Math.sign(distance), from.y + step);
  await startFrames(page);
  const started = performance.now();
  let dragged = false;
  let checkedMidway = false;
  for (let elapsed = 0; elapsed < DRAG_MS; elapsed = performance.now() - started) {
    const progress = elapsed / DRAG_MS;
    await page.mouse.move(from.x + 6 * Math.sign(distance) + distance * progress, from.y + 3 + Math.sin(progress * Math.PI) * 40);
    if (!checkedMidway && elapsed > DRAG_MS / 2) {
      checkedMidway = true;
      dragged = await isDragging(page);
    }
    const next = started + Math.ceil((performance.now() - started + 0.01) / POINTER_INTERVAL_MS) * POINTER_INTERVAL_MS;
    await sleep(Math.max(0, next - performance.now()));
  }
  const stamps = await stopFrames(page);
  await page.mouse.up();
  await sleep(SETTLE_MS);
  return { frameTimes: deltas(stamps), dragged };
}

/** The drag row: medians over the runs of each run's p50 and p95 frame time. */
export async function measureDragFrames(
  browser: Browser,
  appUrl: string,
  map: JourneyMap,
  runs: number,
  log: (line: string) => void,
): Promise<Row> {
  const size = `${formatCount(map.touchpoints.length)} tp`;
  const figure = 'frame time while dragging a card (2 s)';
  const target = `p95 ≤ ${FRAME_BUDGET_MS} ms`;
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) return unavailableRow(figure, size, target, `not measured: ${missing}`);
    const painted = waitPainted(page, paintRequirements(map), 60_000);
    await openMap(page, benchFile(map, `bench-${map.touchpoints.length}.journeymap`));
    await painted;
    await sleep(SETTLE_MS);
    const p50s: number[] = [];
    const p95s: number[] = [];
    let frames = 0;
    for (let run = 0; run < runs; run++) {
      const result = await dragOnce(page, run % 2 === 0);
      if (!result.dragged) return unavailableRow(figure, size, target, 'not measured: the card did not start dragging (no .react-flow__node.dragging mid-drag)');
      if (result.frameTimes.length === 0) return unavailableRow(figure, size, target, 'not measured: no animation frame was recorded');
      p50s.push(percentile(result.frameTimes, 50));
      p95s.push(percentile(result.frameTimes, 95));
      frames += result.frameTimes.length;
      log(`  drag ${run + 1}/${runs}: ${result.frameTimes.length} frames, p50 ${formatMs(p50s.at(-1) ?? Number.NaN)}, p95 ${formatMs(p95s.at(-1) ?? Number.NaN)}, worst ${formatMs(Math.max(...result.frameTimes))}`);
    }
    const p95 = median(p95s);
    return {
      figure,
      size: `${size} (${runs} drags, ${formatCount(frames)} frames)`,
      median: `p50 ${formatMs(median(p50s))}`,
      p95: formatMs(p95),
      target,
      verdict: verdictAtMost(p95, FRAME_BUDGET_MS),
      note:
        'Time between consecutive requestAnimationFrame timestamps while page.mouse drags the card nearest the centre ' +
        `of the fitted map across 60% of the canvas, one pointer event every ${POINTER_INTERVAL_MS} ms for 2 s; ` +
        'p50 and p95 per drag, medians over the drags. Headless Chromium without a GPU (software compositing).',
    };
  } catch (error) {
    return unavailableRow(figure, size, target, `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
}
