/**
 * Checks on a real PDF file with poppler's command-line tools (`pdfinfo`, `pdftotext`, `pdffonts`,
 * `pdftoppm`), run with `execFile` so no shell ever sees a path.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function stdout(command: string, args: string[]): Promise<string> {
  const result = await run(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.stdout;
}

export interface PdfInfo {
  pages: number;
  /** Size of the first page in PostScript points (1/72 inch). */
  widthPt: number;
  heightPt: number;
}

/** Page count and page size, from `pdfinfo`. */
export async function pdfInfo(file: string): Promise<PdfInfo> {
  const text = await stdout('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)/m.exec(text);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text);
  if (pages === null || size === null) throw new Error(`pdfinfo gave no page count or size:\n${text}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** The text of one page (1-based), in the order it was drawn (`pdftotext -raw`). */
export async function pdfPageText(file: string, page: number): Promise<string> {
  return stdout('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);
}

/** The text of every page, one string per page. */
export async function pdfPageTexts(file: string, pageCount: number): Promise<string[]> {
  const pages: string[] = [];
  for (let page = 1; page <= pageCount; page += 1) pages.push(await pdfPageText(file, page));
  return pages;
}

/**
 * Text reduced to what survives any line wrapping: compatibility forms folded (ligatures such as "ﬁ"),
 * soft hyphens and all whitespace removed. Compare a needle and a haystack both normalised this way.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, '');
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** Every font the PDF uses, from `pdffonts` (columns cut where its header's dashes say). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const lines = (await stdout('pdffonts', [file])).split('\n');
  const ruleIndex = lines.findIndex((line) => /^-+( -+)+\s*$/.test(line));
  const header = lines[ruleIndex - 1];
  const rule = lines[ruleIndex];
  if (ruleIndex < 1 || header === undefined || rule === undefined) throw new Error('pdffonts printed no table');
  const columns: { name: string; start: number; end: number }[] = [];
  for (const match of rule.matchAll(/-+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    columns.push({ name: header.slice(start, end).trim(), start, end: end + 1 });
  }
  const cell = (line: string, name: string): string => {
    const column = columns.find((candidate) => candidate.name === name);
    return column === undefined ? '' : line.slice(column.start, column.end).trim();
  };
  return lines
    .slice(ruleIndex + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ name: cell(line, 'name'), type: cell(line, 'type'), embedded: cell(line, 'emb') === 'yes' }));
}

/** Renders one page (1-based) to a PNG at `dpi` with `pdftoppm` and returns the image's bytes. */
export async function renderPagePng(file: string, page: number, dpi: number, outputPrefix: string): Promise<Buffer> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outputPrefix]);
  return readFile(`${outputPrefix}.png`);
}

/** PostScript points in a CSS length of the page size ("13.333in", "297mm"). */
export function cssLengthToPoints(length: string): number {
  const match = /^([\d.]+)(in|mm)$/.exec(length.trim());
  if (match === null) throw new Error(`Not a page length: ${length}`);
  const value = Number(match[1]);
  return match[2] === 'in' ? value * 72 : (value / 25.4) * 72;
}
