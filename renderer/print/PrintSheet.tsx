import type { ReactNode } from 'react';
import type { SheetGeometry } from './sheet-geometry';

export interface SheetFooter {
  mapTitle: string;
  pageNumber: number;
  pageCount: number;
  date: string;
}

interface PrintSheetProps {
  geometry: SheetGeometry;
  /** The header's title; null for a sheet that draws its own (the cover). */
  title: string | null;
  subtitle: string | null;
  bodyHeightPx: number;
  footer: SheetFooter;
  /** What the page is, for its accessible name. */
  label: string;
  children: ReactNode;
}

/** One printed page: a fixed-size sheet with a header, a body of the planned height and the footer. */
export function PrintSheet({ geometry, title, subtitle, bodyHeightPx, footer, label, children }: PrintSheetProps) {
  const pageText = `Page ${footer.pageNumber} of ${footer.pageCount}`;
  return (
    <section
      className="pv-sheet"
      aria-label={`${pageText}: ${label}`}
      data-page-number={footer.pageNumber}
      style={{ width: geometry.cssWidth, height: geometry.cssHeight }}
    >
      {title === null ? null : (
        <header className="pv-header">
          <h2 className="pv-header__title">{title}</h2>
          {subtitle === null ? null : <p className="pv-header__subtitle">{subtitle}</p>}
        </header>
      )}
      <div className="pv-body" style={{ height: bodyHeightPx }}>
        {children}
      </div>
      <footer className="pv-footer">
        <span className="pv-footer__title">{footer.mapTitle}</span>
        <span className="pv-footer__page">{pageText}</span>
        <span className="pv-footer__date">{footer.date}</span>
      </footer>
    </section>
  );
}

/** A box of fixed size whose content is scaled down to fit if it turns out taller than planned. */
export function FitBox({ children, width }: { children: ReactNode; width?: number }) {
  return (
    <div className="pv-fit" data-print-fit="" style={width === undefined ? undefined : { width }}>
      <div className="pv-fit__content">{children}</div>
    </div>
  );
}
