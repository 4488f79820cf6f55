import type { Finding } from '../../shared/analysis';
import type { PdfOptions, PdfPageFormat, PdfSections } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { isPosterFormat, pageSizeFor } from '../../shared/print/page-size';
import { planPrintDocument } from '../print/print-plan';
import { countOf } from '../print/print-wording';

/** One page format of the PDF options dialog. */
export interface PdfFormatChoice {
  format: PdfPageFormat;
  label: string;
  /** What the format is for, and its size. */
  detail: string;
}

/** One section of the leadership deck the user can leave out. */
export interface PdfSectionChoice {
  key: keyof PdfSections;
  label: string;
  detail: string;
}

function sizeText(format: PdfPageFormat): string {
  const size = pageSizeFor(format);
  return format === 'a4' || format === 'poster-a3' ? `${size.widthMm} × ${size.heightMm} mm` : `${size.widthInches} × ${size.heightInches} in`;
}

/** The page formats in the order the dialog lists them; 16:9 slides first, as the default. */
export const PDF_FORMAT_CHOICES: readonly PdfFormatChoice[] = [
  { format: 'slide', label: '16:9 slides', detail: `Drops straight into a slide deck (${sizeText('slide')})` },
  { format: 'a4', label: pageSizeFor('a4').label, detail: `For printing on A4 paper (${sizeText('a4')})` },
  { format: 'letter', label: 'Letter landscape', detail: `For printing on US Letter paper (${sizeText('letter')})` },
  {
    format: 'poster-a3',
    label: 'Poster, A3',
    detail: `One page to pin on a wall: the whole map and a summary of the findings (${sizeText('poster-a3')})`,
  },
  {
    format: 'poster-tabloid',
    label: 'Poster, Tabloid',
    detail: `One page on Tabloid / Ledger paper: the whole map and a summary of the findings (${sizeText('poster-tabloid')})`,
  },
];

/** The deck's sections in page order. */
export const PDF_SECTION_CHOICES: readonly PdfSectionChoice[] = [
  { key: 'cover', label: 'Cover', detail: 'Title, date and a summary of what is broken' },
  { key: 'map', label: 'The whole map', detail: 'Stages, silos, touchpoints and hand-offs on one page' },
  { key: 'questions', label: 'Questions to resolve', detail: 'The findings, grouped by stage' },
  { key: 'stages', label: 'One page per stage', detail: 'Touchpoints, metrics and owners of each stage' },
  { key: 'scorecard', label: 'Scorecard', detail: 'Touchpoints per silo and stage, and who is accountable' },
];

/** The short name of a format for the preview line ("16:9 slides", "A4 landscape"). */
export function formatLabel(format: PdfPageFormat): string {
  return PDF_FORMAT_CHOICES.find((choice) => choice.format === format)?.label ?? pageSizeFor(format).label;
}

/** True when at least one section is chosen: a PDF without pages cannot be made. */
export function hasAnySection(sections: PdfSections): boolean {
  return PDF_SECTION_CHOICES.some((choice) => sections[choice.key]);
}

/** Why the sections are switched off in the dialog for a poster. */
export const POSTER_SECTIONS_NOTE =
  'A poster is always one page: the whole map with its highlights and legend, and a summary of the findings when there is room. These sections are for the 16:9, A4 and Letter decks.';

/** True when the options can make a PDF: a poster always can; a deck needs at least one section. */
export function canExport(options: PdfOptions): boolean {
  return isPosterFormat(options.format) || hasAnySection(options.sections);
}

/** How many pages the PDF will have, from the same page planner the print view uses (same arguments). */
export function estimatePageCount(
  map: JourneyMap,
  findings: readonly Finding[],
  options: PdfOptions,
  listNotice: string | null = null,
): number {
  return planPrintDocument(map, findings, options, listNotice).pages.length;
}

/** The dialog's preview line, e.g. "About 11 pages, 16:9 slides", or "One page, Poster, A3". */
export function pagePreviewText(pages: number, format: PdfPageFormat): string {
  if (isPosterFormat(format)) return `One page, ${formatLabel(format)}`;
  return `About ${countOf(pages, 'page')}, ${formatLabel(format)}`;
}
