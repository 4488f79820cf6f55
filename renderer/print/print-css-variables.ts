import { MAP_GRID } from './plan-map';
import { POSTER } from './plan-poster';
import { SCORECARD } from './plan-scorecard';
import { BLOCK, LEGEND, SHEET, TEXT } from './print-metrics';

/** The planner's sizes as the CSS custom properties print.css draws with, so drawing and planning agree. */
export function printCssVariables(): Record<`--pv-${string}`, string> {
  const px = (value: number): string => `${value}px`;
  return {
    '--pv-body-font': px(TEXT.body.fontPx),
    '--pv-body-line': px(TEXT.body.linePx),
    '--pv-small-font': px(TEXT.small.fontPx),
    '--pv-small-line': px(TEXT.small.linePx),
    '--pv-heading-font': px(TEXT.heading.fontPx),
    '--pv-heading-line': px(TEXT.heading.linePx),
    '--pv-title-font': px(TEXT.sheetTitle.fontPx),
    '--pv-title-line': px(TEXT.sheetTitle.linePx),
    '--pv-subtitle-font': px(TEXT.sheetSubtitle.fontPx),
    '--pv-subtitle-line': px(TEXT.sheetSubtitle.linePx),
    '--pv-footer-font': px(TEXT.footer.fontPx),
    '--pv-footer-line': px(TEXT.footer.linePx),
    '--pv-pad-top': px(SHEET.paddingTop),
    '--pv-pad-x': px(SHEET.paddingX),
    '--pv-pad-bottom': px(SHEET.paddingBottom),
    '--pv-header-pad-bottom': px(SHEET.headerPaddingBottom),
    '--pv-header-gap': px(SHEET.headerGap),
    '--pv-footer-pad-top': px(SHEET.footerPaddingTop),
    '--pv-footer-field-gap': px(SHEET.footerFieldGap),
    '--pv-footer-page-width': px(SHEET.footerPageWidth),
    '--pv-footer-date-width': px(SHEET.footerDateWidth),
    '--pv-column-gap': px(SHEET.columnGap),
    '--pv-poster-gap': px(POSTER.summaryGap),
    '--pv-group-pad-top': px(BLOCK.groupHeadingPaddingTop),
    '--pv-group-pad-bottom': px(BLOCK.groupHeadingPaddingBottom),
    '--pv-group-badge-gap': px(BLOCK.groupHeadingBadgeGap),
    '--pv-section-pad-top': px(BLOCK.sectionHeadingPaddingTop),
    '--pv-section-pad-bottom': px(BLOCK.sectionHeadingPaddingBottom),
    '--pv-sub-pad-top': px(BLOCK.subheadingPaddingTop),
    '--pv-sub-pad-bottom': px(BLOCK.subheadingPaddingBottom),
    '--pv-paragraph-pad-bottom': px(BLOCK.paragraphPaddingBottom),
    '--pv-item-pad-y': px(BLOCK.itemPaddingY),
    '--pv-item-indent': px(BLOCK.itemIndent),
    '--pv-legend-height': px(LEGEND.height),
    '--pv-legend-gap': px(SCORECARD.legendGap),
    '--pv-cell-pad-x': px(SCORECARD.cellPaddingX),
    '--pv-cell-pad-y': px(SCORECARD.cellPaddingY),
    '--pv-map-header-pad': px(MAP_GRID.headerPadding),
  };
}
