import { type Finding, stageBadge } from '../../shared/analysis';
import { DEFAULT_LAYOUT_OPTIONS, type JourneyLayout, type LayoutOptions, layoutJourney } from '../../shared/layout/grid-layout';
import type { JourneyMap } from '../../shared/model/types';
import { BLOCK, LEGEND } from './print-metrics';
import { badgeText } from './print-wording';
import { charsPerLine, lineCount } from './text-wrap';

/** The type and spacing of the static map drawn on the map page (before it is scaled to fit). */
export const MAP_GRID = {
  cardWidth: 180,
  cardPaddingX: 8,
  cardPaddingY: 6,
  cardTitle: { fontPx: 12, linePx: 16 },
  cardMeta: { fontPx: 10, linePx: 14 },
  headerPadding: 8,
  stageName: { fontPx: 14, linePx: 18 },
  headerDetail: { fontPx: 10, linePx: 14 },
  siloHeaderWidth: 170,
  siloName: { fontPx: 13, linePx: 18 },
  minLaneHeight: 64,
  /** The map is never drawn larger than this, so a tiny map does not turn into a billboard. */
  maxScale: 1.5,
  legendGap: 10,
} as const;

/** The map page's drawing: the grid layout, its scale, and the words of each stage header. */
export interface MapDrawing {
  layout: JourneyLayout;
  scale: number;
  headers: Map<string, { badge: ReturnType<typeof badgeText>; accountable: string }>;
}

/** Lays the whole map out with room for every title (nothing clamped) and scales it to fit `widthPx` × `heightPx`. */
export function planMapDrawing(map: JourneyMap, findings: readonly Finding[], widthPx: number, heightPx: number): MapDrawing {
  const headers = new Map(
    map.stages.map((stage) => {
      const accountable = map.silos.find((silo) => silo.id === stage.accountableSiloId)?.name;
      return [
        stage.id,
        {
          badge: badgeText(stageBadge(map, findings, stage.id)),
          accountable: accountable === undefined ? 'No accountable silo' : `Accountable: ${accountable}`,
        },
      ] as const;
    }),
  );
  const options = mapLayoutOptions(map, headers);
  const layout = layoutJourney(map, options);
  return { layout, scale: mapScale(layout, widthPx, heightPx), headers };
}

/** The scale that fits a laid-out map and its legend into `widthPx` × `heightPx` (never above `MAP_GRID.maxScale`). */
export function mapScale(layout: Pick<JourneyLayout, 'width' | 'height'>, widthPx: number, heightPx: number): number {
  const drawableHeight = heightPx - LEGEND.height - MAP_GRID.legendGap;
  const scale = Math.min(widthPx / Math.max(1, layout.width), drawableHeight / Math.max(1, layout.height), MAP_GRID.maxScale);
  return Math.max(0, scale);
}

function mapLayoutOptions(map: JourneyMap, headers: MapDrawing['headers']): LayoutOptions {
  const cellPadding = 10;
  const titleWidth = MAP_GRID.cardWidth - 2 * MAP_GRID.cardPaddingX;
  const titleLineCounts = map.touchpoints.map((touchpoint) => ({
    length: touchpoint.title.replace(/\n/g, '').length,
    lines: lineCount(touchpoint.title, titleWidth, MAP_GRID.cardTitle.fontPx),
  }));
  const titleCharsPerLine = layoutCharsPerLine(titleLineCounts, charsPerLine(titleWidth, MAP_GRID.cardTitle.fontPx));
  const longestTitle = Math.max(1, ...titleLineCounts.map((title) => title.lines));
  const columnWidth = MAP_GRID.cardWidth + 2 * cellPadding - 2 * MAP_GRID.headerPadding;
  const stageHeaderHeight = Math.max(
    ...map.stages.map((stage) => {
      const header = headers.get(stage.id);
      const detail = (text: string): number => lineCount(text, columnWidth, MAP_GRID.headerDetail.fontPx) * MAP_GRID.headerDetail.linePx;
      return (
        2 * MAP_GRID.headerPadding +
        lineCount(stage.name, columnWidth, MAP_GRID.stageName.fontPx) * MAP_GRID.stageName.linePx +
        (header === undefined ? 0 : detail(`${'x'.repeat(BLOCK.iconChars)}${header.badge.text}`) + detail(header.accountable))
      );
    }),
    DEFAULT_LAYOUT_OPTIONS.stageHeaderHeight / 2,
  );
  const siloNameWidth = MAP_GRID.siloHeaderWidth - 2 * MAP_GRID.headerPadding;
  const minLaneHeight = Math.max(
    MAP_GRID.minLaneHeight,
    ...map.silos.map(
      (silo) =>
        2 * MAP_GRID.headerPadding +
        lineCount(silo.name, siloNameWidth, MAP_GRID.siloName.fontPx) * MAP_GRID.siloName.linePx +
        (silo.lead.trim() === ''
          ? 0
          : lineCount(`Lead: ${silo.lead}`, siloNameWidth, MAP_GRID.headerDetail.fontPx) * MAP_GRID.headerDetail.linePx),
    ),
  );
  return {
    ...DEFAULT_LAYOUT_OPTIONS,
    cardWidth: MAP_GRID.cardWidth,
    cardGap: 8,
    cellPadding,
    stageHeaderHeight,
    siloHeaderWidth: MAP_GRID.siloHeaderWidth,
    minLaneHeight,
    titleCharsPerLine,
    maxTitleLines: Math.max(longestTitle, Math.ceil(200 / titleCharsPerLine)),
    titleLineHeight: MAP_GRID.cardTitle.linePx,
    cardChromeHeight: 2 * MAP_GRID.cardPaddingY + MAP_GRID.cardMeta.linePx + 2,
  };
}

/**
 * The layout estimates a card's title lines as ⌈characters ÷ characters per line⌉, without word wrapping
 * or glyph widths. This picks the largest characters-per-line for which that estimate is at least the
 * wrapped line count of every title, so no card is drawn shorter than its title.
 */
export function layoutCharsPerLine(titles: readonly { length: number; lines: number }[], averageCharsPerLine: number): number {
  let perLine = Math.max(1, averageCharsPerLine);
  for (const { length, lines } of titles) {
    // ⌈length ÷ c⌉ ≥ lines  ⇔  c < length ÷ (lines − 1)
    if (lines >= 2) perLine = Math.min(perLine, Math.ceil(length / (lines - 1)) - 1);
  }
  return Math.max(1, perLine);
}
