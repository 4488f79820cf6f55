import type { JourneyMap } from '../../shared/model/types';
import { FlowPage } from './FlowPage';
import { MapPage } from './MapPage';
import { POSTER, type PosterPlan } from './plan-poster';
import type { SheetGeometry } from './sheet-geometry';

/** The one-page poster: the whole map with its legend, and below it the findings summary when it fits. */
export function PosterPage({ map, poster, geometry }: { map: JourneyMap; poster: PosterPlan; geometry: SheetGeometry }) {
  return (
    <>
      <div className="pv-poster__map" style={{ height: poster.mapHeightPx }}>
        <MapPage map={map} drawing={poster.drawing} />
      </div>
      {poster.summary === null ? null : (
        <section
          className="pv-poster__summary"
          aria-label={POSTER.summaryTitle}
          style={{ height: poster.summary.heightPx, marginTop: 'var(--pv-poster-gap)' }}
        >
          <FlowPage columns={poster.summary.columns} columnCount={geometry.columns} columnWidthPx={geometry.columnWidthPx} />
        </section>
      )}
    </>
  );
}
