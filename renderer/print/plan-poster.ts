/**
 * The one-page poster (A3 or Tabloid): the whole map scaled to fit with its highlights and legend and,
 * when it fits without shrinking the map much, a compact summary strip along the bottom: the customer,
 * the intended memory, the findings counted by severity and the most serious problems.
 */
import { type Finding, SEVERITIES, severityLabel } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { topProblems } from './cover-summary';
import { paginateFlow } from './paginate';
import { type MapDrawing, mapScale, planMapDrawing } from './plan-map';
import { findingBlock } from './plan-questions';
import { type PrintBlock, blockHeight, toFlowBlock } from './print-blocks';
import { countOf } from './print-wording';
import type { SheetGeometry } from './sheet-geometry';

export const POSTER = {
  /** The summary strip may take at most this share of the page body. */
  summaryShare: 0.3,
  /** Space between the map's legend and the summary strip. */
  summaryGap: 16,
  /** The summary is left out when it would shrink the map below this share of its size without it. */
  minMapScaleKept: 0.8,
  /** The most serious problems the summary names at most. */
  maxProblems: 6,
  /** The heading of the summary strip. */
  summaryTitle: 'What the diagnosis found',
} as const;

/** The poster's summary strip: its columns of blocks and the height they take. */
export interface PosterSummary {
  columns: PrintBlock[][];
  heightPx: number;
}

export interface PosterPlan {
  drawing: MapDrawing;
  /** Height of the map area (the drawing and its legend). */
  mapHeightPx: number;
  /** Null when no summary fits beside a map of a useful size. */
  summary: PosterSummary | null;
}

/** The poster's sheet subtitle: the size of the map. */
export function posterSubtitle(map: JourneyMap): string {
  return [
    'The whole map',
    countOf(map.stages.length, 'stage'),
    countOf(map.silos.length, 'silo'),
    countOf(map.touchpoints.length, 'touchpoint'),
    countOf(map.handoffs.length, 'hand-off'),
  ].join(' · ');
}

/** The findings counted by severity in words, e.g. "2 high, 3 medium and 1 low: 6 findings". */
export function severityCountsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found: every stage has an accountable silo, shared metrics and owned hand-offs.';
  const parts = SEVERITIES.map((severity) => `${findings.filter((finding) => finding.severity === severity).length} ${severityLabel(severity).toLowerCase()}`);
  const last = parts.pop() ?? '';
  return `${parts.join(', ')} and ${last}: ${countOf(findings.length, 'finding')}.`;
}

/** The blocks of the summary strip, naming the `problems` most serious findings. */
export function posterSummaryBlocks(map: JourneyMap, findings: readonly Finding[], problems: number, listNotice: string | null): PrintBlock[] {
  const blocks: PrintBlock[] = [
    { kind: 'paragraph', label: 'Who is our customer?', text: customerText(map), tone: 'body' },
    {
      kind: 'paragraph',
      label: 'The memory we want customers to keep',
      text: map.intendedMemory.trim() === '' ? 'Not agreed yet' : `\u201c${map.intendedMemory}\u201d`,
      tone: 'body',
    },
    { kind: 'section-heading', text: POSTER.summaryTitle },
    { kind: 'paragraph', label: null, text: severityCountsText(findings), tone: 'body' },
  ];
  if (listNotice !== null) blocks.push({ kind: 'note', text: listNotice });
  const worst = topProblems(findings, problems);
  // The short form of a finding: its kind and message; the full explanation is in the deck's questions.
  for (const finding of worst) {
    const block = findingBlock(finding, map);
    blocks.push(block.kind === 'finding' ? { ...block, explanation: '' } : block);
  }
  const more = findings.length - worst.length;
  if (more > 0 && worst.length > 0) {
    blocks.push({ kind: 'note', text: `And ${countOf(more, 'more finding')}: the 16:9, A4 and Letter decks list them all, grouped by stage.` });
  }
  return blocks;
}

function customerText(map: JourneyMap): string {
  const name = map.customer.name.trim() === '' ? 'Not agreed yet' : map.customer.name;
  return map.customer.description.trim() === '' ? name : `${name} — ${map.customer.description}`;
}

/** The summary blocks laid into at most `geometry.columns` columns, as short as they fit; null when they need more than `maxHeightPx`. */
export function layOutPosterSummary(blocks: readonly PrintBlock[], geometry: SheetGeometry, maxHeightPx: number): PosterSummary | null {
  const width = geometry.columnWidthPx;
  // A section heading stays with what follows it; long paragraphs may continue in the next column.
  const flow = blocks.map((block) => toFlowBlock(block, width, block.kind === 'section-heading'));
  const layOut = (height: number): PosterSummary | null => {
    const columns = paginateFlow(flow, height);
    const heights = columns.map((column) => column.reduce((total, block) => total + blockHeight(block, width), 0));
    if (columns.length > geometry.columns || heights.some((used) => used > height)) return null;
    return { columns, heightPx: Math.ceil(Math.max(0, ...heights)) };
  };
  if (maxHeightPx <= 0 || layOut(maxHeightPx) === null) return null;
  // The shortest strip that holds everything: the more room the map keeps, the better.
  let tooShort = 0;
  let fits = Math.floor(maxHeightPx);
  while (fits - tooShort > 1) {
    const middle = Math.floor((tooShort + fits) / 2);
    if (layOut(middle) === null) tooShort = middle;
    else fits = middle;
  }
  return layOut(fits) ?? layOut(maxHeightPx);
}

/**
 * The poster's body `bodyHeightPx` tall: the map drawing, and below it the summary strip when it fits
 * without shrinking the map below `POSTER.minMapScaleKept` of its size alone, naming as many of the most
 * serious problems as allow that (fewer problems before no summary at all).
 */
export function planPoster(
  map: JourneyMap,
  findings: readonly Finding[],
  geometry: SheetGeometry,
  bodyHeightPx: number,
  listNotice: string | null = null,
): PosterPlan {
  const alone = planMapDrawing(map, findings, geometry.contentWidthPx, bodyHeightPx);
  const maxStrip = Math.floor(bodyHeightPx * POSTER.summaryShare) - POSTER.summaryGap;
  for (let problems = Math.min(POSTER.maxProblems, findings.length); problems >= 0; problems -= 1) {
    const summary = layOutPosterSummary(posterSummaryBlocks(map, findings, problems, listNotice), geometry, maxStrip);
    if (summary === null) continue;
    const mapHeightPx = bodyHeightPx - summary.heightPx - POSTER.summaryGap;
    const scale = mapScale(alone.layout, geometry.contentWidthPx, mapHeightPx);
    if (scale >= alone.scale * POSTER.minMapScaleKept) return { drawing: { ...alone, scale }, mapHeightPx, summary };
  }
  return { drawing: alone, mapHeightPx: bodyHeightPx, summary: null };
}
