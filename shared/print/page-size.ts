import type { PdfPageFormat } from '../ipc/contract';

/** The physical size of one PDF page, in the units each consumer needs. */
export interface PageSize {
  widthInches: number;
  heightInches: number;
  widthMm: number;
  heightMm: number;
  /** The value for CSS `@page { size: … }`, e.g. "297mm 210mm". */
  cssSize: string;
  /** A name for menus and dialogs, e.g. "A4 landscape". */
  label: string;
}

const MM_PER_INCH = 25.4;

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function fromInches(width: number, height: number, label: string): PageSize {
  return {
    widthInches: width,
    heightInches: height,
    widthMm: round(width * MM_PER_INCH, 2),
    heightMm: round(height * MM_PER_INCH, 2),
    cssSize: `${width}in ${height}in`,
    label,
  };
}

function fromMillimetres(width: number, height: number, label: string): PageSize {
  return {
    widthInches: round(width / MM_PER_INCH, 3),
    heightInches: round(height / MM_PER_INCH, 3),
    widthMm: width,
    heightMm: height,
    cssSize: `${width}mm ${height}mm`,
    label,
  };
}

/**
 * True for the poster formats (A3, Tabloid): ONE page with the whole map, its highlights and legend, and a
 * short findings summary when there is room, instead of the leadership deck's sections.
 */
export function isPosterFormat(format: PdfPageFormat): boolean {
  return format === 'poster-a3' || format === 'poster-tabloid';
}

/** The page size of each PDF format: every format is landscape, and "slide" is 16:9 like a slide deck. */
export function pageSizeFor(format: PdfPageFormat): PageSize {
  switch (format) {
    case 'slide':
      return fromInches(13.333, 7.5, 'Slides (16:9)');
    case 'a4':
      return fromMillimetres(297, 210, 'A4 landscape');
    case 'letter':
      return fromInches(11, 8.5, 'US Letter landscape');
    case 'poster-a3':
      return fromMillimetres(420, 297, 'Poster (A3 landscape)');
    case 'poster-tabloid':
      return fromInches(17, 11, 'Poster (Tabloid landscape)');
  }
}
