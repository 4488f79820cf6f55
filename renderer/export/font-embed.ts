/**
 * The app's bundled fonts as self-contained CSS (font files inlined as data: URLs) for the PNG export:
 * an SVG drawn as an image cannot load fonts itself. html-to-image's own font embedding resolves URLs
 * with a `<base>` element, which the app's content security policy (`base-uri 'none'`) forbids, so the
 * URLs are resolved here against their style sheet instead.
 */

/** A `unicode-range` as inclusive code point intervals; null means every character. */
export function parseUnicodeRange(range: string): [number, number][] | null {
  const text = range.trim();
  if (text === '') return null;
  const intervals: [number, number][] = [];
  for (const part of text.split(',')) {
    const match = /^u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part.trim());
    if (!match?.[1]) continue;
    const start = match[1];
    if (start.includes('?')) {
      intervals.push([parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)]);
    } else {
      const first = parseInt(start, 16);
      intervals.push([first, match[2] ? parseInt(match[2], 16) : first]);
    }
  }
  return intervals;
}

/** True when the range covers at least one of the code points (always for a missing range). */
export function rangeCoversAny(range: string, codePoints: ReadonlySet<number>): boolean {
  const intervals = parseUnicodeRange(range);
  if (intervals === null) return true;
  for (const codePoint of codePoints) {
    if (intervals.some(([low, high]) => codePoint >= low && codePoint <= high)) return true;
  }
  return false;
}

/** The first `url(...)` of a `src` descriptor, preferring a WOFF2 source. */
export function preferredFontUrl(src: string): string | null {
  const sources = [...src.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)\s*(?:format\(\s*['"]?([\w-]+)['"]?\s*\))?/g)];
  const woff2 = sources.find((source) => source[3] === 'woff2');
  return (woff2 ?? sources[0])?.[2] ?? null;
}

function fontFamilyKey(family: string): string {
  return family.trim().replace(/^['"]|['"]$/g, '').toLowerCase();
}

async function dataUrlOf(url: string, win: Window): Promise<string> {
  const response = await win.fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url} could not be read`));
    reader.readAsDataURL(blob);
  });
}

function fontFaceRules(doc: Document): { rule: CSSFontFaceRule; base: string }[] {
  const found: { rule: CSSFontFaceRule; base: string }[] = [];
  const visit = (rules: CSSRuleList, base: string): void => {
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule) found.push({ rule, base });
      else if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet.cssRules, rule.styleSheet.href ?? base);
      else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) visit(rule.cssRules, base);
    }
  };
  for (const sheet of doc.styleSheets) {
    try {
      visit(sheet.cssRules, sheet.href ?? doc.baseURI);
    } catch {
      // A style sheet the page may not read (another origin) holds none of our fonts.
    }
  }
  return found;
}

/**
 * `@font-face` rules for the font families `families` that cover some character of `text`, each with its
 * font file inlined. A font file that cannot be read is left out (the picture then uses a system font).
 */
export async function embeddedFontCss(doc: Document, families: ReadonlySet<string>, text: string): Promise<string> {
  const win = doc.defaultView;
  if (!win) return '';
  const wanted = new Set([...families].map(fontFamilyKey));
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0) ?? 0);
  const blocks = await Promise.all(
    fontFaceRules(doc).map(async ({ rule, base }) => {
      const style = rule.style;
      if (!wanted.has(fontFamilyKey(style.getPropertyValue('font-family')))) return null;
      if (!rangeCoversAny(style.getPropertyValue('unicode-range'), codePoints)) return null;
      const url = preferredFontUrl(style.getPropertyValue('src'));
      if (url === null) return null;
      try {
        const data = url.startsWith('data:') ? url : await dataUrlOf(new URL(url, base).href, win);
        const descriptors = ['font-family', 'font-style', 'font-weight', 'font-stretch', 'unicode-range']
          .map((name) => [name, style.getPropertyValue(name)] as const)
          .filter(([, value]) => value !== '')
          .map(([name, value]) => `${name}: ${value};`);
        return `@font-face { ${descriptors.join(' ')} src: url("${data}"); }`;
      } catch {
        return null;
      }
    }),
  );
  return blocks.filter((block): block is string => block !== null).join('\n');
}

/** The font families an element and its descendants use (the first choice of each `font-family` list and the rest). */
export function fontFamiliesIn(root: Element): Set<string> {
  const view = root.ownerDocument.defaultView;
  const families = new Set<string>();
  if (!view) return families;
  const seen = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const list = view.getComputedStyle(element).fontFamily;
    if (seen.has(list)) continue;
    seen.add(list);
    for (const family of list.split(',')) families.add(fontFamilyKey(family));
  }
  return families;
}
