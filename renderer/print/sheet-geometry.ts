import type { PdfPageFormat } from '../../shared/ipc/contract';
import { pageSizeFor } from '../../shared/print/page-size';
import { SHEET, TEXT } from './print-metrics';
import { lineCount } from './text-wrap';

/** The size of one printed sheet and the room its parts leave for content, in CSS pixels. */
export interface SheetGeometry {
  format: PdfPageFormat;
  /** The CSS `@page` size, e.g. "297mm 210mm". */
  cssSize: string;
  /** The sheet's width and height as CSS lengths, in the same units as `cssSize`. */
  cssWidth: string;
  cssHeight: string;
  widthPx: number;
  heightPx: number;
  /** Width inside the side padding. */
  contentWidthPx: number;
  /** Columns of flowing content on this sheet and the width of each. */
  columns: number;
  columnWidthPx: number;
  /** Height of the footer (its rule, padding and text lines; the map title may wrap). */
  footerHeightPx: number;
}

const PX_PER_INCH = 96;
const MM_PER_INCH = 25.4;

/** Converts a CSS length in `in`, `mm`, `cm` or `px` to CSS pixels; NaN for anything else. */
export function cssLengthToPx(length: string): number {
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(in|mm|cm|px)\s*$/.exec(length);
  if (match === null) return Number.NaN;
  const value = Number(match[1]);
  switch (match[2]) {
    case 'in':
      return value * PX_PER_INCH;
    case 'mm':
      return (value / MM_PER_INCH) * PX_PER_INCH;
    case 'cm':
      return (value / (MM_PER_INCH / 10)) * PX_PER_INCH;
    default:
      return value;
  }
}

/** The geometry of every sheet printed for `format`; `mapTitle` decides how tall the footer is. */
export function sheetGeometry(format: PdfPageFormat, mapTitle: string): SheetGeometry {
  const size = pageSizeFor(format);
  const [cssWidth = `${size.widthMm}mm`, cssHeight = `${size.heightMm}mm`] = size.cssSize.trim().split(/\s+/);
  const widthPx = cssLengthToPx(cssWidth);
  const heightPx = cssLengthToPx(cssHeight);
  const contentWidthPx = widthPx - 2 * SHEET.paddingX;
  const columns = widthPx >= SHEET.threeColumnMinWidth ? 3 : 2;
  const columnWidthPx = (contentWidthPx - (columns - 1) * SHEET.columnGap) / columns;
  const footerTitleWidth = footerTitleWidthPx(contentWidthPx);
  const footerLines = lineCount(mapTitle, footerTitleWidth, TEXT.footer.fontPx);
  return {
    format,
    cssSize: size.cssSize,
    cssWidth,
    cssHeight,
    widthPx,
    heightPx,
    contentWidthPx,
    columns,
    columnWidthPx,
    footerHeightPx: 1 + SHEET.footerPaddingTop + footerLines * TEXT.footer.linePx,
  };
}

/** The width left for the map title in the footer, beside the page number and the date. */
function footerTitleWidthPx(contentWidthPx: number): number {
  return contentWidthPx - SHEET.footerPageWidth - SHEET.footerDateWidth - 2 * SHEET.footerFieldGap;
}

/** Height of a sheet header showing `title` and an optional `subtitle`, including its rule. */
export function headerHeightPx(geometry: SheetGeometry, title: string, subtitle: string | null): number {
  const titleLines = lineCount(title, geometry.contentWidthPx, TEXT.sheetTitle.fontPx);
  const subtitleLines = subtitle === null ? 0 : lineCount(subtitle, geometry.contentWidthPx, TEXT.sheetSubtitle.fontPx);
  return titleLines * TEXT.sheetTitle.linePx + subtitleLines * TEXT.sheetSubtitle.linePx + SHEET.headerPaddingBottom + 1;
}

/** The height left for content on a sheet with this header (rounded down to whole pixels). */
export function bodyHeightPx(geometry: SheetGeometry, title: string, subtitle: string | null): number {
  const chrome =
    SHEET.paddingTop +
    headerHeightPx(geometry, title, subtitle) +
    SHEET.headerGap +
    SHEET.footerGap +
    geometry.footerHeightPx +
    SHEET.paddingBottom;
  return Math.max(0, Math.floor(geometry.heightPx - chrome));
}

/** The height left for content on a sheet without a header (the cover). */
export function bareBodyHeightPx(geometry: SheetGeometry): number {
  const chrome = SHEET.paddingTop + SHEET.footerGap + geometry.footerHeightPx + SHEET.paddingBottom;
  return Math.max(0, Math.floor(geometry.heightPx - chrome));
}
