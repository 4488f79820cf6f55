import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { printWhenReady } from '../api/browser-print';
import { PrintView } from './PrintView';
import { loadPrintFonts } from './print-fonts';

/**
 * Starts the route `#/print` in `container`: the print view alone, without the editor or React Flow
 * (main.tsx loads this module only for that route). The Latin subsets of the fonts start loading at once,
 * while the job is read and the pages are built.
 */
export function startPrintRoute(container: HTMLElement, win: Window): void {
  void loadPrintFonts(win.document);
  // A print tab the browser build's Export PDF opened: print it with the browser's own dialog.
  if (!win.journeyApi && win.opener) printWhenReady(win);
  createRoot(container).render(
    <StrictMode>
      <PrintView />
    </StrictMode>,
  );
}
