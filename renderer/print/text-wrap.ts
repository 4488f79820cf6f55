/**
 * A conservative estimate of how text wraps, so pages can be planned before anything is drawn (and the
 * same plan computed outside a browser). Each character gets a width in ems at least as wide as Inter's
 * (bold included), so a real line always holds at least as much as an estimated one.
 */

const NARROW = new Set([...'iljI.,:;\'|!`()[]{}/\\"‘’‚']);
const SEMI_NARROW = new Set([...'ftr-–·*+=<>^~']);
const WIDE = new Set([...'MWmw@%&—…']);

/** The rule behind the widths; `charWidthEm` answers from the tables below, built from it once. */
function ruleWidthEm(char: string): number {
  if (char === ' ') return 0.3;
  if (NARROW.has(char)) return 0.36;
  if (SEMI_NARROW.has(char)) return 0.48;
  if (WIDE.has(char)) return 1.02;
  if (char >= 'a' && char <= 'z') return 0.6;
  if (char >= 'A' && char <= 'Z') return 0.78;
  if (char >= '0' && char <= '9') return 0.66;
  const code = char.codePointAt(0) ?? 0;
  // Latin-1 and Latin Extended letters are about as wide as ASCII ones; anything else counts as a full em.
  return code < LATIN_END ? 0.78 : OTHER_WIDTH;
}

const LATIN_END = 0x0250;
const OTHER_WIDTH = 1.05;
/** Widths by code point below `LATIN_END`, and the few listed characters above it (quotes, dashes, …). */
const LATIN_WIDTHS = Float64Array.from({ length: LATIN_END }, (_, code) => ruleWidthEm(String.fromCharCode(code)));
const OTHER_WIDTHS = new Map(
  [...NARROW, ...SEMI_NARROW, ...WIDE].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < LATIN_END ? [] : [[code, ruleWidthEm(char)] as const];
  }),
);

function codeWidthEm(code: number): number {
  return code < LATIN_END ? (LATIN_WIDTHS[code] ?? OTHER_WIDTH) : (OTHER_WIDTHS.get(code) ?? OTHER_WIDTH);
}

/** The assumed width of one character, in ems of the font size. */
export function charWidthEm(char: string): number {
  return codeWidthEm(char.codePointAt(0) ?? 0);
}

/** The assumed width of a text on one line, in ems (a table look-up per character: planning a deck measures every word). */
export function textWidthEm(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // A surrogate pair is one character (outside the tables, so a full em), as `for…of` would see it.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    width += codeWidthEm(unit);
  }
  return width;
}

/** How many average characters fit on a line `widthPx` wide at `fontPx` (for estimates counted in characters). */
export function charsPerLine(widthPx: number, fontPx: number): number {
  return Math.max(1, Math.floor(widthPx / (fontPx * charWidthEm('a'))));
}

interface WrappedLine {
  text: string;
  /** What joins this line to the next one in the source text. */
  glue: ' ' | '' | '\n';
}

/**
 * Breaks text into lines no wider than `widthPx` at `fontPx` the way a browser does: at spaces, keeping
 * words whole unless a word alone is wider than a line. Newlines start a new line; an empty text is one
 * empty line.
 */
export function wrapText(text: string, widthPx: number, fontPx: number): string[] {
  return wrapWithGlue(text, widthPx / fontPx).map((line) => line.text);
}

/** The number of lines `text` takes in a box `widthPx` wide at `fontPx`. */
export function lineCount(text: string, widthPx: number, fontPx: number): number {
  return wrapWithGlue(text, widthPx / fontPx).length;
}

/**
 * Splits text after its first `maxLines` lines, for a paragraph continued on the next page; `head + glue +
 * tail` gives back the text. Returns null when the text already fits.
 */
export function splitTextAfterLines(
  text: string,
  widthPx: number,
  fontPx: number,
  maxLines: number,
): { head: string; tail: string; glue: string } | null {
  const lines = wrapWithGlue(text, widthPx / fontPx);
  const take = Math.max(1, Math.floor(maxLines));
  if (lines.length <= take) return null;
  const head = lines.slice(0, take);
  return { head: joinLines(head), tail: joinLines(lines.slice(take)), glue: head[head.length - 1]?.glue ?? ' ' };
}

function wrapWithGlue(text: string, widthEm: number): WrappedLine[] {
  const limit = Math.max(charWidthEm('W'), widthEm);
  const space = charWidthEm(' ');
  const lines: WrappedLine[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const wordWidth = textWidthEm(word);
      const candidateWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (candidateWidth <= limit) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidateWidth;
        continue;
      }
      if (line !== '') lines.push({ text: line, glue: ' ' });
      line = '';
      lineWidth = 0;
      for (const char of word) {
        const width = charWidthEm(char);
        if (lineWidth + width > limit && line !== '') {
          lines.push({ text: line, glue: '' });
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += width;
      }
    }
    lines.push({ text: line, glue: '\n' });
  }
  return lines;
}

function joinLines(lines: readonly WrappedLine[]): string {
  return lines.map((line, index) => (index < lines.length - 1 ? line.text + line.glue : line.text)).join('');
}
