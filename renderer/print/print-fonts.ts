/** The Inter weights print.css draws with (italic text is synthesised from the upright faces). */
export const PRINT_FONT_WEIGHTS = [400, 500, 600, 700] as const;

/** How long the print view waits for its fonts before drawing anyway (they are bundled, so this is only a safety net). */
export const PRINT_FONT_WAIT_MS = 5_000;

/** The distinct characters of a text, once each: what decides which unicode-range subsets of a font are needed. */
export function distinctCharacters(text: string): string {
  return [...new Set(text)].join('');
}

/**
 * Starts loading the bundled Inter faces the print view uses, for the subsets `text` needs (the Latin
 * one for the default), and resolves once they are loaded, failed or `PRINT_FONT_WAIT_MS` has passed;
 * it never rejects. Drawing the pages only then avoids laying out 50-odd pages in a fallback font first
 * and again once the fonts arrive. Without a font API (tests) it resolves at once.
 */
export function loadPrintFonts(doc: Document, text = ' ', waitMs = PRINT_FONT_WAIT_MS): Promise<void> {
  const fonts = doc.fonts as FontFaceSet | undefined;
  const win = doc.defaultView;
  if (fonts === undefined || win === null) return Promise.resolve();
  const loads = Promise.all(PRINT_FONT_WEIGHTS.map((weight) => fonts.load(`${weight} 16px Inter`, text).catch(() => [])));
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, waitMs);
    void loads.then(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}
