/**
 * From a keyboard edit to the updated highlights, in the page: Alt+ArrowDown moves a focused card to the
 * lane below (a new owner) so that its stage's status badge changes; the clock runs from the keydown to the
 * first frame after the stage header's text changed. Alt+ArrowUp moves it back (the next sample). The same
 * edits also time the moved card's arrival in its new place (printed for reference, no target), so a
 * renderer that drew the highlights before the rest of the edit would show it.
 *
 * Like the Node figures (scripts/bench/timing.ts), the target row is measured after warm-up: the first
 * WARM_UP_EDITS edits after opening run while V8 is still compiling and optimising the edit path. They are
 * timed the same way and printed in a row of their own, so the first edits a user makes are not hidden.
 */
import type { Browser } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { analyzeJourney, stageBadge } from '../../shared/analysis';
import { findBadgeChangingEdit } from './edit-scenario';
import { paintRequirements, gotoApp, missingAppParts, openMap } from './app-driver';
import { freshPage } from './chromium';
import { benchFile } from './maps';
import { armNodeMoveWatch, armStageHeaderWatch, nodeMoveChange, stageHeaderChange, stageHeaderTexts, waitPainted } from './probes';
import { formatCount, unavailableRow, verdictAtMost, formatMs, type Row } from './report';
import { summarize } from './stats';

export const EDIT_TARGET_MS = 16;
/** Edits made and timed before the measured ones (an even number, so the card is back in its lane). */
export const WARM_UP_EDITS = 20;
const CHANGE_TIMEOUT_MS = 10_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const MOVED_FIGURE = 'edit → moved card in its new place (reference)';
const FIRST_EDITS_FIGURE = 'edit → highlights, first edits after opening (reference)';

/**
 * The in-page edit → highlights row and the moved-card row (reference, no target), or n/a rows with the
 * reason (the Node lower bound is a separate row).
 */
export async function measureEditToHighlights(
  browser: Browser,
  appUrl: string,
  map: JourneyMap,
  runs: number,
  log: (line: string) => void,
): Promise<Row[]> {
  const size = `${formatCount(map.touchpoints.length)} tp`;
  const figure = 'edit → highlights in the page';
  const target = `≤ ${EDIT_TARGET_MS} ms`;
  const unavailable = (reason: string): Row[] => [
    unavailableRow(figure, size, target, reason),
    unavailableRow(MOVED_FIGURE, size, '—', reason),
    unavailableRow(FIRST_EDITS_FIGURE, size, '—', reason),
  ];
  const edit = findBadgeChangingEdit(map);
  if (edit === null) return unavailable('no single card move changes a stage badge on this map');
  const { context, page } = await freshPage(browser);
  try {
    await gotoApp(page, appUrl);
    const missing = await missingAppParts(page);
    if (missing) return unavailable(`not measured: ${missing}`);
    const painted = waitPainted(page, paintRequirements(map), 60_000);
    await openMap(page, benchFile(map, `bench-${map.touchpoints.length}.journeymap`));
    await painted;

    const findings = analyzeJourney(map);
    const headers = await stageHeaderTexts(page);
    const showsBadges = map.stages.some((stage) => {
      const label = stageBadge(map, findings, stage.id).label;
      return label !== 'OK' && headers.some((text) => text.includes(stage.name) && text.includes(label));
    });
    if (!showsBadges) {
      return unavailable(
        'not measured in the page: the stage headers on the canvas show no status badge yet (none shows the label stageBadge() gives it); see the Node lower bound',
      );
    }

    const cardNodeId = `tp:${edit.touchpointId}`;
    const card = page.locator(`.react-flow__node[data-id="${cardNodeId}"]`);
    await card.focus();
    const firstEdits: number[] = [];
    const samples: number[] = [];
    const moved: number[] = [];
    for (let edit = 0; edit < WARM_UP_EDITS + runs; edit++) {
      await armStageHeaderWatch(page, CHANGE_TIMEOUT_MS);
      await armNodeMoveWatch(page, cardNodeId, CHANGE_TIMEOUT_MS);
      await page.keyboard.press(edit % 2 === 0 ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
      const change = await stageHeaderChange(page);
      const move = await nodeMoveChange(page);
      if (change.start === null || move.start === null) throw new Error('the canvas changed without a keydown');
      const highlights = change.end - change.start;
      const warmingUp = edit < WARM_UP_EDITS;
      if (warmingUp) firstEdits.push(highlights);
      else {
        samples.push(highlights);
        moved.push(move.end - move.start);
      }
      const which = warmingUp ? `warm-up edit ${edit + 1}/${WARM_UP_EDITS}` : `edit ${edit - WARM_UP_EDITS + 1}/${runs}`;
      log(`  ${which}: highlights ${formatMs(highlights)}, moved card ${formatMs(move.end - move.start)}`);
      await sleep(300);
    }
    const summary = summarize(samples);
    const movedSummary = summarize(moved);
    const firstSummary = summarize(firstEdits);
    const firstThree = firstEdits.slice(0, 3).map((ms) => formatMs(ms)).join(', ');
    return [{
      figure,
      size: `${size} (${summary.runs} edits)`,
      median: formatMs(summary.median),
      p95: formatMs(summary.p95),
      target,
      verdict: verdictAtMost(summary.median, EDIT_TARGET_MS),
      note:
        'Keyboard edit in the page: Alt+ArrowDown / Alt+ArrowUp on a focused card moves it to the lane below and back, ' +
        "chosen so its stage's status badge changes; from the keydown's timestamp to the first animation frame after a " +
        `MutationObserver saw the stage header text change. Measured after ${WARM_UP_EDITS} warm-up edits of the same ` +
        'kind, as the Node figures are measured after warm-up runs; those first edits are the reference row below.',
    }, {
      figure: MOVED_FIGURE,
      size: `${size} (${movedSummary.runs} edits)`,
      median: formatMs(movedSummary.median),
      p95: formatMs(movedSummary.p95),
      target: '—',
      verdict: '—',
      note:
        'The same edits, timed to the first animation frame after the moved card\'s node changed position. For ' +
        'reference (no target): the canvas draws the highlights and the moved card in the same render, so the ' +
        'two figures should agree; highlights drawn ahead of the rest of an edit would show here.',
    }, {
      figure: FIRST_EDITS_FIGURE,
      size: `${size} (${firstSummary.runs} edits)`,
      median: formatMs(firstSummary.median),
      p95: formatMs(firstSummary.p95),
      target: '—',
      verdict: '—',
      note:
        `The ${WARM_UP_EDITS} edits made right after the map opened, timed like the target row (first three: ` +
        `${firstThree}). For reference: V8 is still compiling and optimising the edit path, so a user's first edits ` +
        'after opening a big map take longer than the steady state the target row measures.',
    }];
  } catch (error) {
    return unavailable(`not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
}
