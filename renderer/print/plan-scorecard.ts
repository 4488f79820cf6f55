import { type FlowBlock, chunk, paginateFlow } from './paginate';
import { BLOCK, TEXT } from './print-metrics';
import type { Scorecard } from './scorecard';
import { lineCount } from './text-wrap';

/** The scorecard table's fixed widths and spacing. */
export const SCORECARD = {
  rowHeaderWidth: 230,
  totalWidth: 84,
  minStageWidth: 104,
  maxStageWidth: 190,
  cellPaddingX: 6,
  cellPaddingY: 6,
  swatchWidth: 14,
  legendGap: 10,
} as const;

/** The sentence under the table that explains its symbols (two icons are drawn in front of its parts). */
export const SCORECARD_LEGEND = [
  'A = the silo accountable for the stage (shaded). ',
  'Split ownership: several silos deliver the stage and none is accountable. – = no touchpoints. ',
  '“Delivering silos on a metric”: how many of the silos that deliver the stage share at least one of its metrics.',
] as const;

/** The rows below the silo rows, in this order. */
export const SCORECARD_SUMMARY_LABELS = ['All touchpoints', 'Shared metrics', 'Delivering silos on a metric'] as const;

/** One printed page of the scorecard: a block of stage columns × silo rows with their exact heights. */
export interface ScorecardSlice {
  /** Indexes into `Scorecard.columns`. */
  columnIndexes: number[];
  /** Indexes into `Scorecard.rows`. */
  rowIndexes: number[];
  stageWidthPx: number;
  headerHeightPx: number;
  rowHeightsPx: number[];
  summaryHeightsPx: number[];
  legendHeightPx: number;
}

/** Splits the scorecard into pages: stages across, silos down, so no cell is ever cut or crowded. */
export function planScorecardSlices(scorecard: Scorecard, contentWidthPx: number, bodyHeightPx: number): ScorecardSlice[] {
  const stageRoom = contentWidthPx - SCORECARD.rowHeaderWidth - SCORECARD.totalWidth;
  const stagesPerPage = Math.max(1, Math.floor(stageRoom / SCORECARD.minStageWidth));
  const columnChunks = chunk(
    scorecard.columns.map((_, index) => index),
    stagesPerPage,
  );
  const rowHeight = (label: string, indent: number): number =>
    2 * SCORECARD.cellPaddingY +
    lineCount(label, SCORECARD.rowHeaderWidth - 2 * SCORECARD.cellPaddingX - indent, TEXT.body.fontPx) * TEXT.body.linePx +
    BLOCK.rule;
  const rowHeights = scorecard.rows.map((row) => rowHeight(row.name, SCORECARD.swatchWidth));
  const summaryHeightsPx = SCORECARD_SUMMARY_LABELS.map((label) => rowHeight(label, 0));
  const legendText = SCORECARD_LEGEND.map((part) => `${'x'.repeat(BLOCK.iconChars)}${part}`).join('');
  const legendHeightPx = SCORECARD.legendGap + lineCount(legendText, contentWidthPx, TEXT.small.fontPx) * TEXT.small.linePx;

  const slices: ScorecardSlice[] = [];
  for (const columnIndexes of columnChunks) {
    const stageWidthPx = Math.min(SCORECARD.maxStageWidth, stageRoom / Math.max(1, columnIndexes.length));
    const headerHeightPx = scorecardHeaderHeight(scorecard, columnIndexes, stageWidthPx);
    const rowRoom = bodyHeightPx - headerHeightPx - summaryHeightsPx.reduce((sum, height) => sum + height, 0) - legendHeightPx;
    const rowBlocks: FlowBlock<number>[] = rowHeights.map((height, index) => ({ item: index, height }));
    for (const rowIndexes of paginateFlow(rowBlocks, rowRoom)) {
      slices.push({
        columnIndexes,
        rowIndexes,
        stageWidthPx,
        headerHeightPx,
        rowHeightsPx: rowIndexes.map((index) => rowHeights[index] ?? 0),
        summaryHeightsPx,
        legendHeightPx,
      });
    }
  }
  return slices;
}

/** The words under a stage's name in the scorecard header. */
export function scorecardStageNotes(column: Scorecard['columns'][number], accountableName: string | null): string[] {
  const accountable = accountableName === null ? 'No accountable silo' : `Accountable: ${accountableName}`;
  return column.split ? ['Split ownership', accountable] : [accountable];
}

function scorecardHeaderHeight(scorecard: Scorecard, columnIndexes: readonly number[], stageWidthPx: number): number {
  const textWidth = stageWidthPx - 2 * SCORECARD.cellPaddingX;
  const heights = columnIndexes.map((index) => {
    const column = scorecard.columns[index];
    if (column === undefined) return 0;
    const accountable = scorecard.rows.find((row) => row.siloId !== null && row.siloId === column.accountableSiloId)?.name ?? null;
    const notes = scorecardStageNotes(column, accountable);
    return (
      lineCount(column.stageName, textWidth, TEXT.small.fontPx) * TEXT.small.linePx +
      notes.reduce(
        (sum, note) => sum + lineCount(`${'x'.repeat(BLOCK.iconChars)}${note}`, textWidth, TEXT.small.fontPx) * TEXT.small.linePx,
        0,
      )
    );
  });
  const silosLabel = lineCount('Silo', SCORECARD.rowHeaderWidth, TEXT.small.fontPx) * TEXT.small.linePx;
  return 2 * SCORECARD.cellPaddingY + BLOCK.rule + Math.max(silosLabel, ...heights);
}
