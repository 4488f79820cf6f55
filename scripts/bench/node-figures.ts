/** The figures measured in Node: the diagnosis, the file format, and the pure half of an edit's update. */
import { APP_MAX_CONFLICT_PAIRS, analyzeJourney, analyzeJourneyIncrementally } from '../../shared/analysis';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import { DEFAULT_LAYOUT_OPTIONS, layoutJourney } from '../../shared/layout/grid-layout';
import type { JourneyMap } from '../../shared/model/types';
import type * as MarksModule from '../../renderer/canvas/diagnosis-marks';
import type * as ProjectionModule from '../../renderer/canvas/incremental-projection';
import { findBadgeChangingEdit, moveByKeyboard } from './edit-scenario';
import { NODE_SIZES, benchMap } from './maps';
import { formatCount, formatMegabytes, formatMs, unavailableRow, verdictAtMost, type Row } from './report';
import { summarize } from './stats';
import { timeRuns, timingPlanFor } from './timing';

/** The targets of the Node figures, all judged on the 5,000-touchpoint map. */
export const NODE_TARGETS = { judgedSize: 5_000, analyzeMs: 10, parseMs: 100, serializeMs: 100, editMs: 16 } as const;

function timedRow(figure: string, size: string, samples: number[], limitMs: number | null, note?: string): Row {
  const summary = summarize(samples);
  return {
    figure,
    size: `${size} (${summary.runs} runs)`,
    median: formatMs(summary.median),
    p95: formatMs(summary.p95),
    target: limitMs === null ? '—' : `≤ ${limitMs} ms`,
    verdict: limitMs === null ? '—' : verdictAtMost(summary.median, limitMs),
    ...(note ? { note } : {}),
  };
}

/** analyzeJourney, parseJourneyFile and serializeJourneyFile at every size (targets judged at 5,000). */
export function formatFigures(log: (line: string) => void): Row[] {
  const rows: { analyze: Row[]; parse: Row[]; serialize: Row[] } = { analyze: [], parse: [], serialize: [] };
  for (const touchpoints of NODE_SIZES) {
    const map = benchMap(touchpoints);
    const text = serializeJourneyFile(map);
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    const plan = timingPlanFor(touchpoints);
    const judged = touchpoints === NODE_TARGETS.judgedSize;
    const size = `${formatCount(touchpoints)} tp`;
    log(`  ${size}: analyze, parse, serialize (${plan.runs} runs each, file ${formatMegabytes(bytes.length)})`);
    const parsed = parseJourneyFile(bytes);
    if (!parsed.ok) throw new Error(`The generated ${touchpoints}-touchpoint map does not load: ${parsed.error.message}`);
    rows.analyze.push(timedRow('analyzeJourney', size, timeRuns(() => analyzeJourney(map), plan), judged ? NODE_TARGETS.analyzeMs : null));
    rows.parse.push(
      timedRow(`parseJourneyFile`, `${size}, ${formatMegabytes(bytes.length)}`, timeRuns(() => parseJourneyFile(bytes), plan), judged ? NODE_TARGETS.parseMs : null),
    );
    rows.serialize.push(
      timedRow('serializeJourneyFile', size, timeRuns(() => serializeJourneyFile(map), plan), judged ? NODE_TARGETS.serializeMs : null),
    );
  }
  return [...rows.analyze, ...rows.parse, ...rows.serialize];
}

/**
 * The pure part of the canvas's response to one edit on the 1,000-touchpoint map, made as the app makes it:
 * the model move, the diagnosis from the previous one (`analyzeJourneyIncrementally`, as
 * renderer/analysis/use-findings.ts), the highlights (`diagnosisMarks`, the previous object kept while
 * equal, as use-diagnosis-marks.ts), the layout from the previous layout and the React Flow projection from
 * the previous projection (as JourneyCanvas.tsx). A lower bound of "edit → highlights": React's render,
 * React Flow, the DOM update and the paint come on top.
 */
export async function editLowerBoundRow(map: JourneyMap): Promise<Row> {
  const figure = 'edit → highlights, lower bound in Node';
  const size = `${formatCount(map.touchpoints.length)} tp`;
  const target = `≤ ${NODE_TARGETS.editMs} ms`;
  let projection: typeof ProjectionModule;
  let highlights: typeof MarksModule;
  try {
    projection = await import('../../renderer/canvas/incremental-projection');
    highlights = await import('../../renderer/canvas/diagnosis-marks');
  } catch (error) {
    return unavailableRow(figure, size, target, `the renderer's projection could not be loaded: ${String(error)}`);
  }
  const edit = findBadgeChangingEdit(map);
  if (edit === null) return unavailableRow(figure, size, target, 'no single card move changes a stage badge on this map');

  const options = { maxConflictPairs: APP_MAX_CONFLICT_PAIRS };
  let current = map;
  let analysis = analyzeJourneyIncrementally(map, options);
  let marks = highlights.diagnosisMarks(map, analysis.summary.findings);
  let layout = layoutJourney(map);
  let previous = projection.projectToFlowIncrementally(map, layout, marks, null);
  let turn = 0;
  const samples = timeRuns(
    () => {
      const next = moveByKeyboard(current, layout, edit.touchpointId, turn % 2 === 0 ? 'down' : 'up');
      turn++;
      analysis = analyzeJourneyIncrementally(next, options, analysis);
      const nextMarks = highlights.diagnosisMarks(next, analysis.summary.findings);
      if (!highlights.sameDiagnosisMarks(marks, nextMarks)) marks = nextMarks;
      layout = layoutJourney(next, DEFAULT_LAYOUT_OPTIONS, layout);
      previous = projection.projectToFlowIncrementally(next, layout, marks, previous);
      current = next;
      return previous;
    },
    { warmup: 10, runs: 50 },
  );
  const row = timedRow(
    figure,
    size,
    samples,
    NODE_TARGETS.editMs,
    'Lower bound measured in Node, made as the app makes it: moving a card one lane down or back up (Alt+ArrowDown/Up) + ' +
      'analyzeJourneyIncrementally (from the previous analysis) + diagnosisMarks + layoutJourney (from the previous layout) + ' +
      'projectToFlowIncrementally (from the previous projection). React rendering, React Flow, the DOM update and the paint ' +
      'come on top; a pass here is necessary, not sufficient.',
  );
  return row.verdict === 'PASS' ? { ...row, verdict: '—', target: `${target} (bound only)` } : row;
}
