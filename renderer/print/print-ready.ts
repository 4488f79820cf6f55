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

/**
 * Waits until the document is completely laid out (fonts loaded, one frame drawn), runs `beforeReady`
 * (the last layout fix-ups), then sets `data-print-ready="true"` for whoever prints the page.
 * Returns a function that cancels the signal if the view goes away first.
 */
export function signalWhenLaidOut(doc: Document, beforeReady: () => void): () => void {
  let cancelled = false;
  const win = doc.defaultView;
  void (async () => {
    if (doc.fonts !== undefined) await doc.fonts.ready;
    if (win !== null) await nextFrame(win);
    if (cancelled) return;
    beforeReady();
    if (win !== null) await nextFrame(win);
    if (cancelled) return;
    doc.documentElement.dataset[PRINT_READY_ATTRIBUTE] = 'true';
  })();
  return () => {
    cancelled = true;
  };
}
