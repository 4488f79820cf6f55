import { useMemo } from 'react';
import type { PdfOptions } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { findingsOf, listNoticeOf } from '../analysis/use-findings';
import { CoverPage } from './CoverPage';
import { FlowPage } from './FlowPage';
import { MapPage } from './MapPage';
import { PosterPage } from './PosterPage';
import { PrintSheet } from './PrintSheet';
import { ScorecardPage } from './ScorecardPage';
import { printCssVariables } from './print-css-variables';
import { formatPrintDate } from './print-date';
import { type PrintPage, planPrintDocument } from './print-plan';

/** The page rule and the print-only resets; rendered with the document so they apply only to the print route. */
function printPageCss(cssSize: string): string {
  return [
    `@page { size: ${cssSize}; margin: 0; }`,
    '@media print { html, body, #root { margin: 0 !important; padding: 0 !important; height: auto !important; background: #fff !important; } }',
  ].join('\n');
}

/** Every page of the leadership deck for a map, as the planner decided them, with numbered footers. */
export function PrintDocument({ map, options, today }: { map: JourneyMap; options: PdfOptions; today: Date }) {
  const findings = findingsOf(map);
  const listNotice = listNoticeOf(map);
  const plan = useMemo(() => planPrintDocument(map, findings, options, listNotice), [map, findings, options, listNotice]);
  const siloColors = useMemo(() => new Map(map.silos.map((silo) => [silo.id, silo.color])), [map]);
  const date = formatPrintDate(today);
  const { geometry, pages } = plan;

  const body = (page: PrintPage) => {
    switch (page.kind) {
      case 'cover':
        return <CoverPage map={map} findings={findings} date={date} heightPx={page.bodyHeightPx} />;
      case 'map':
        return <MapPage map={map} drawing={page.drawing} />;
      case 'poster':
        return <PosterPage map={map} poster={page.poster} geometry={geometry} />;
      case 'questions':
      case 'stage':
        return <FlowPage columns={page.columns} columnCount={geometry.columns} columnWidthPx={geometry.columnWidthPx} />;
      case 'scorecard':
        return <ScorecardPage scorecard={plan.scorecard} slice={page.slice} siloColors={siloColors} />;
    }
  };

  return (
    <div className="pv-root" data-format={options.format} style={printCssVariables()}>
      <style>{printPageCss(geometry.cssSize)}</style>
      {pages.map((page, index) => (
        <PrintSheet
          key={index}
          geometry={geometry}
          title={page.title}
          subtitle={page.subtitle}
          bodyHeightPx={page.bodyHeightPx}
          label={page.kind === 'cover' ? 'Cover' : page.kind === 'poster' ? 'Poster' : (page.title ?? '')}
          footer={{ mapTitle: map.title, pageNumber: index + 1, pageCount: pages.length, date }}
        >
          {body(page)}
        </PrintSheet>
      ))}
    </div>
  );
}
