import type { Finding } from '../../shared/analysis';
import type { PdfOptions } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { isPosterFormat } from '../../shared/print/page-size';
import { groupSlots, paginateFlow } from './paginate';
import { type MapDrawing, planMapDrawing } from './plan-map';
import { type PosterPlan, planPoster, posterSubtitle } from './plan-poster';
import { type FlowEntry, questionEntries } from './plan-questions';
import { type ScorecardSlice, planScorecardSlices } from './plan-scorecard';
import { stageEntries } from './plan-stage';
import { type PrintBlock, toFlowBlock } from './print-blocks';
import { countOf } from './print-wording';
import { type Scorecard, computeScorecard } from './scorecard';
import { type SheetGeometry, bareBodyHeightPx, bodyHeightPx, sheetGeometry } from './sheet-geometry';

interface PageHeading {
  /** The sheet's header; null for the cover, which is its own header. */
  title: string | null;
  subtitle: string | null;
  /** Height of the sheet's body, between header and footer. */
  bodyHeightPx: number;
}

/** One printed page, with everything it shows already decided. */
export type PrintPage =
  | ({ kind: 'cover' } & PageHeading)
  | ({ kind: 'map'; drawing: MapDrawing } & PageHeading)
  /** The whole poster (A3, Tabloid): the map with its legend, and a summary strip when it fits. */
  | ({ kind: 'poster'; poster: PosterPlan } & PageHeading)
  | ({ kind: 'questions'; columns: PrintBlock[][] } & PageHeading)
  | ({ kind: 'stage'; stageId: string; columns: PrintBlock[][] } & PageHeading)
  | ({ kind: 'scorecard'; slice: ScorecardSlice } & PageHeading);

export interface PrintPlan {
  geometry: SheetGeometry;
  pages: PrintPage[];
  scorecard: Scorecard;
}

export const SECTION_TITLES = {
  map: 'The whole map',
  questions: 'Questions to resolve',
  scorecard: 'Silo × stage scorecard',
} as const;

const CONTINUED = ' · continued';

/**
 * Decides every page of the leadership-deck PDF for a map, its findings and the chosen options: which
 * sections, and how long lists continue over pages. Pure, so the page count is known before printing.
 * `listNotice` says what the diagnosis left out of `findings`; it opens the "Questions to resolve" pages.
 * A poster format is always exactly one page, whatever the sections say (they are the deck's).
 */
export function planPrintDocument(
  map: JourneyMap,
  findings: readonly Finding[],
  options: PdfOptions,
  listNotice: string | null = null,
): PrintPlan {
  const geometry = sheetGeometry(options.format, map.title);
  const scorecard = computeScorecard(map, findings);
  if (isPosterFormat(options.format)) {
    const subtitle = posterSubtitle(map);
    const height = bodyHeightPx(geometry, map.title, subtitle);
    const poster = planPoster(map, findings, geometry, height, listNotice);
    return { geometry, scorecard, pages: [{ kind: 'poster', title: map.title, subtitle, bodyHeightPx: height, poster }] };
  }
  const pages: PrintPage[] = [];
  const { sections } = options;

  if (sections.cover) {
    pages.push({ kind: 'cover', title: null, subtitle: null, bodyHeightPx: bareBodyHeightPx(geometry) });
  }
  if (sections.map) {
    const subtitle = [
      countOf(map.stages.length, 'stage'),
      countOf(map.silos.length, 'silo'),
      countOf(map.touchpoints.length, 'touchpoint'),
      countOf(map.handoffs.length, 'hand-off'),
    ].join(' · ');
    const height = bodyHeightPx(geometry, SECTION_TITLES.map, subtitle);
    const drawing = planMapDrawing(map, findings, geometry.contentWidthPx, height);
    pages.push({ kind: 'map', title: SECTION_TITLES.map, subtitle, bodyHeightPx: height, drawing });
  }
  if (sections.questions) {
    const subtitle = `${countOf(findings.length, 'finding')}, grouped by stage`;
    for (const { columns, continued, height } of flowPages(geometry, questionEntries(map, findings, listNotice), SECTION_TITLES.questions, subtitle)) {
      pages.push({
        kind: 'questions',
        title: SECTION_TITLES.questions,
        subtitle: continued ? subtitle + CONTINUED : subtitle,
        bodyHeightPx: height,
        columns,
      });
    }
  }
  if (sections.stages) {
    map.stages.forEach((stage, index) => {
      const subtitle = `Stage ${index + 1} of ${map.stages.length}`;
      for (const { columns, continued, height } of flowPages(geometry, stageEntries(map, findings, stage), stage.name, subtitle)) {
        pages.push({
          kind: 'stage',
          stageId: stage.id,
          title: stage.name,
          subtitle: continued ? subtitle + CONTINUED : subtitle,
          bodyHeightPx: height,
          columns,
        });
      }
    });
  }
  if (sections.scorecard) {
    const subtitle = 'Touchpoints per silo and stage, who is accountable, and how far shared metrics reach';
    const height = bodyHeightPx(geometry, SECTION_TITLES.scorecard, subtitle + CONTINUED);
    const slices = planScorecardSlices(scorecard, geometry.contentWidthPx, height);
    slices.forEach((slice, index) => {
      pages.push({
        kind: 'scorecard',
        title: SECTION_TITLES.scorecard,
        subtitle: index === 0 ? subtitle : subtitle + CONTINUED,
        bodyHeightPx: height,
        slice,
      });
    });
  }
  return { geometry, pages, scorecard };
}

/** A flow laid into the columns of as many pages as it needs; every page gets the height of a continued page. */
function flowPages(
  geometry: SheetGeometry,
  entries: readonly FlowEntry[],
  title: string,
  subtitle: string,
): { columns: PrintBlock[][]; continued: boolean; height: number }[] {
  const height = bodyHeightPx(geometry, title, subtitle + CONTINUED);
  const blocks = entries.map((entry) => toFlowBlock(entry.block, geometry.columnWidthPx, entry.keepWithNext));
  const slots = paginateFlow(blocks, height);
  return groupSlots(slots, geometry.columns).map((columns, index) => ({ columns, continued: index > 0, height }));
}
