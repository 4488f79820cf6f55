import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './print.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { PrintDocument } from './PrintDocument';
import { fitOverflowingContent } from './fit-content';
import { loadPrintJobFor, type PrintJobLoad } from './load-print-job';
import { distinctCharacters, loadPrintFonts } from './print-fonts';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE, signalWhenLaidOut } from './print-ready';

/**
 * The route `#/print`: draws the print job (from main through the preload in Electron, from session
 * storage in the browser build) as fixed-size pages in the light theme, then sets `data-print-ready="true"`
 * on `<html>` once fonts and layout are final, for `printToPDF` or the browser's print dialog. The pages
 * stay `hidden` (not laid out) until the fonts their text needs are loaded, so they are laid out once,
 * in Inter. An unreadable job gets a plain error page, `data-print-ready="error"` and the reason in
 * `data-print-error`.
 */
export function PrintView() {
  const [initial] = useState(() => loadPrintJobFor(window));
  const [load, setLoad] = useState<PrintJobLoad | null>(() => (initial instanceof Promise ? null : initial));
  const [today] = useState(() => new Date());
  // Without a font API (tests) there is nothing to wait for.
  const [fontsReady, setFontsReady] = useState(() => (document.fonts as FontFaceSet | undefined) === undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  // The same element on every render, so showing the pages once the fonts are in does not rebuild them.
  const pages = useMemo(
    () => (load?.ok ? <PrintDocument map={load.job.map} options={load.job.options} today={today} /> : null),
    [load, today],
  );

  useEffect(() => {
    if (!(initial instanceof Promise)) return undefined;
    let active = true;
    void initial.then((loaded) => {
      if (active) setLoad(loaded);
    });
    return () => {
      active = false;
    };
  }, [initial]);

  useEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = 'light';
    html.style.colorScheme = 'light';
    // The PDF's title metadata comes from the page title.
    if (load?.ok) document.title = load.job.map.title;
  }, [load]);

  useEffect(() => {
    if (!load?.ok) return undefined;
    let active = true;
    // The characters of the map pick the unicode-range subsets to load (Latin only for most maps).
    void loadPrintFonts(document, distinctCharacters(` ${JSON.stringify(load.job.map)}`)).then(() => {
      if (active) setFontsReady(true);
    });
    return () => {
      active = false;
    };
  }, [load]);

  useEffect(() => {
    if (load === null) return undefined;
    const html = document.documentElement;
    if (!load.ok) {
      html.dataset[PRINT_ERROR_ATTRIBUTE] = load.message;
      html.dataset[PRINT_READY_ATTRIBUTE] = 'error';
      return undefined;
    }
    delete html.dataset[PRINT_ERROR_ATTRIBUTE];
    delete html.dataset[PRINT_READY_ATTRIBUTE];
    if (!fontsReady) return undefined;
    return signalWhenLaidOut(document, () => {
      if (rootRef.current !== null) fitOverflowingContent(rootRef.current);
    });
  }, [load, fontsReady]);

  if (load === null) {
    return (
      <main className="pv-root" style={{ minHeight: '100%' }} aria-busy="true">
        <p>Preparing the pages…</p>
      </main>
    );
  }
  if (!load.ok) {
    return (
      <main className="pv-root" style={{ minHeight: '100%' }}>
        <section className="pv-error" role="alert">
          <h1>This map cannot be printed</h1>
          <p>{load.message}</p>
        </section>
      </main>
    );
  }
  return (
    <div ref={rootRef} hidden={!fontsReady}>
      {pages}
    </div>
  );
}
