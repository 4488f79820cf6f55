import { STAGE_STATUSES, statusLabel } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { CHANNEL_LABELS } from '../canvas/labels';
import { HandoffIcon, StatusIcon } from './PrintIcons';
import { Badge } from './PrintBlockView';
import { handoffPath } from './handoff-paths';
import type { MapDrawing } from './plan-map';
import { NO_OWNER_LABEL } from './scorecard';

/** The whole map as a static grid (stages × silos with their cards and hand-offs), scaled to fit one page. */
export function MapPage({ map, drawing }: { map: JourneyMap; drawing: MapDrawing }) {
  const { layout, scale, headers } = drawing;
  const stageById = new Map(map.stages.map((stage) => [stage.id, stage]));
  const siloById = new Map(map.silos.map((silo) => [silo.id, silo]));
  const touchpointById = new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const box = (rect: { x: number; y: number; width: number; height: number }) => ({
    left: rect.x,
    top: rect.y,
    width: rect.width,
    height: rect.height,
  });

  return (
    <>
      <figure className="pv-map" aria-label="The whole map" style={{ width: layout.width * scale, height: layout.height * scale }}>
        <div className="pv-map__canvas" style={{ width: layout.width, height: layout.height, zoom: scale }}>
          {layout.cells.map((cell) => (
            <div
              key={cell.key}
              className={
                cell.siloId !== null && stageById.get(cell.stageId)?.accountableSiloId === cell.siloId
                  ? 'pv-map__box pv-map__cell pv-map__cell--accountable'
                  : 'pv-map__box pv-map__cell'
              }
              style={box(cell)}
            />
          ))}
          {layout.columns.map((column) => {
            const stage = stageById.get(column.stageId);
            const header = headers.get(column.stageId);
            return (
              <div key={column.stageId} className="pv-map__box pv-map__stage" style={box(column.header)}>
                <p className="pv-map__stage-name pv-text">{stage?.name ?? column.stageId}</p>
                {header === undefined ? null : (
                  <>
                    <p className="pv-map__detail">
                      <Badge badge={header.badge} />
                    </p>
                    <p className="pv-map__detail pv-text">{header.accountable}</p>
                  </>
                )}
              </div>
            );
          })}
          {layout.lanes.map((lane) => {
            const silo = lane.siloId === null ? undefined : siloById.get(lane.siloId);
            return (
              <div key={lane.siloId ?? '\u0000no-owner'} className="pv-map__box pv-map__silo" style={box(lane.header)}>
                <p className="pv-map__silo-name pv-text">
                  {silo === undefined ? null : <span className="pv-swatch" style={{ background: silo.color }} aria-hidden="true" />}
                  {silo?.name ?? NO_OWNER_LABEL}
                </p>
                {silo === undefined || silo.lead.trim() === '' ? null : <p className="pv-map__detail pv-text">{`Lead: ${silo.lead}`}</p>}
              </div>
            );
          })}
          {[...layout.cards.values()].map((card) => {
            const touchpoint = touchpointById.get(card.touchpointId);
            if (touchpoint === undefined) return null;
            const silo = touchpoint.siloId === null ? undefined : siloById.get(touchpoint.siloId);
            return (
              <div
                key={card.touchpointId}
                className="pv-map__box pv-map__card"
                style={{ ...box(card), borderLeftColor: silo?.color ?? '#98a2b3' }}
              >
                <p className="pv-map__card-title pv-text">{touchpoint.title}</p>
                <p className="pv-map__card-meta">
                  {CHANNEL_LABELS[touchpoint.channel]}
                  {touchpoint.day === null ? '' : ` · day ${touchpoint.day}`}
                </p>
              </div>
            );
          })}
          <svg className="pv-map__handoffs" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
            <defs>
              <marker id="pv-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0L10 5L0 10z" fill="#344054" />
              </marker>
            </defs>
            {map.handoffs.map((handoff) => {
              const from = layout.cards.get(handoff.fromTouchpointId);
              const to = layout.cards.get(handoff.toTouchpointId);
              if (from === undefined || to === undefined) return null;
              return (
                <path
                  key={handoff.id}
                  d={handoffPath(from, to)}
                  fill="none"
                  stroke="#344054"
                  strokeWidth={2}
                  strokeDasharray={handoff.ownerSiloId === null ? '6 4' : undefined}
                  markerEnd="url(#pv-arrowhead)"
                />
              );
            })}
          </svg>
        </div>
      </figure>
      <MapLegend />
    </>
  );
}

function MapLegend() {
  return (
    <ul className="pv-legend" aria-label="Legend">
      {STAGE_STATUSES.map((status) => (
        <li className="pv-legend__item" key={status}>
          <StatusIcon status={status} />
          {`${statusLabel(status)}: ${STATUS_MEANINGS[status]}`}
        </li>
      ))}
      <li className="pv-legend__item">
        <span className="pv-legend__swatch pv-map__cell--accountable" aria-hidden="true" />
        Shaded cell: the stage's accountable silo
      </li>
      <li className="pv-legend__item">
        <HandoffIcon owned />
        Hand-off with an owner
      </li>
      <li className="pv-legend__item">
        <HandoffIcon owned={false} />
        Hand-off nobody owns
      </li>
    </ul>
  );
}

const STATUS_MEANINGS = {
  critical: 'a high-severity problem',
  warning: 'worst problem is medium',
  note: 'only minor notes',
  ok: 'nothing flagged',
} as const;
