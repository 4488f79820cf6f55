/** What the print view sets on `<html>`: "true" once the pages are laid out, "error" when there is nothing to print. */
export const PRINT_READY_ATTRIBUTE = 'printReady';

/** What the print view sets on `<html>` when it cannot print: the reason, in words (`data-print-error`). */
export const PRINT_ERROR_ATTRIBUTE = 'printError';

/** Resolves after the next animation frame (or a macrotask where there are no frames, as in tests). */
function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => resolve());
    else win.setTimeout(resolve, 0);
  });
}

/** How many times the last fix-ups run again because laying the pages out needed more font faces. */
const MAX_FONT_ROUNDS = 3;

/**
 * Waits until the fonts are loaded, runs `beforeReady` (the last layout fix-ups, which lay the whole
 * document out at once: no frame is drawn before, so the pages are not laid out and painted twice), waits
 * for one frame to be drawn, then sets `data-print-ready="true"` for whoever prints the page. If laying
 * out found text needing font faces not yet loaded, it waits for them and runs `beforeReady` again.
 * Returns a function that cancels the signal if the view goes away first.
 */
export function signalWhenLaidOut(doc: Document, beforeReady: () => void): () => void {
  let cancelled = false;
  const win = doc.defaultView;
  const fonts = doc.fonts as FontFaceSet | undefined;
  void (async () => {
    for (let round = 0; round < MAX_FONT_ROUNDS; round += 1) {
      if (fonts !== undefined) await fonts.ready;
      if (cancelled) return;
      beforeReady();
      if (fonts?.status !== 'loading') break;
    }
    if (win !== null) await nextFrame(win);
    if (cancelled) return;
    doc.documentElement.dataset[PRINT_READY_ATTRIBUTE] = 'true';
  })();
  return () => {
    cancelled = true;
  };
}
