import { PRINT_READY_ATTRIBUTE } from '../print/print-ready';

/**
 * In the browser build the PDF is made with the browser's own print dialog: once the print view
 * says its pages are laid out (`data-print-ready="true"` on <html>), open that dialog, once.
 * Returns a function that stops waiting.
 */
export function printWhenReady(win: Window): () => void {
  const html = win.document.documentElement;
  const observer = new MutationObserver(() => check());
  function check(): void {
    if (html.dataset[PRINT_READY_ATTRIBUTE] !== 'true') return;
    observer.disconnect();
    win.print();
  }
  observer.observe(html, { attributes: true });
  check();
  return () => observer.disconnect();
}
