import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { stageBadge, statusLabel, type Finding } from '../../shared/analysis';
import { cellKey, layoutJourney, type CellBox, type JourneyLayout, type LaneBox } from '../../shared/layout/grid-layout';
import type { JourneyMap, Silo, Stage, Touchpoint } from '../../shared/model/types';
import { ChannelIcon, EmotionFace } from '../canvas/icons';
import { CHANNEL_LABELS, NO_OWNER_LABEL, emotionText } from '../canvas/labels';
import { AccountableIcon, StatusIcon } from '../findings/DiagnosisIcons';
import { condensedBands, fitsAtFullSize } from './fit-scale';
import type { StageFocus } from './stage-stepper';

/** Design-pixel widths of the grid's columns (the silo names, a stage seen whole, a stage beside the focused one). */
const SILO_COLUMN = 260;
const OVERVIEW_COLUMN = 250;
const DIMMED_COLUMN = 300;
/** The narrowest stage column of the condensed whole map (a 32 px stage name wraps onto two or three lines). */
const CONDENSED_COLUMN = 200;
/** How much of the stage before the focused one stays in view, dimmed, so the room keeps its bearings. */
const PEEK = 110;

interface Lookup {
  stageById: ReadonlyMap<string, Stage>;
  siloById: ReadonlyMap<string, Silo>;
  touchpointById: ReadonlyMap<string, Touchpoint>;
}

function lookupOf(map: JourneyMap): Lookup {
  return {
    stageById: new Map(map.stages.map((stage) => [stage.id, stage])),
    siloById: new Map(map.silos.map((silo) => [silo.id, silo])),
    touchpointById: new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint])),
  };
}

function gridColumns(columnCount: number, focus: StageFocus): string {
  if (focus === null) return `${SILO_COLUMN}px repeat(${columnCount}, minmax(${OVERVIEW_COLUMN}px, 1fr))`;
  const stages = Array.from({ length: columnCount }, (_, index) =>
    index === focus ? `calc(100cqw - ${SILO_COLUMN + 2 * PEEK}px)` : `${DIMMED_COLUMN}px`,
  );
  return `${SILO_COLUMN}px ${stages.join(' ')}`;
}

/** Whether the whole map fitted the screen at full size, for one layout and one screen size. */
interface OverviewFit {
  layout: JourneyLayout;
  resizes: number;
  width: number;
  fits: boolean;
}

function touchpointCount(count: number): string {
  return count === 1 ? '1 touchpoint' : `${count} touchpoints`;
}

function statusWords(badge: ReturnType<typeof stageBadge>): string {
  const problems = badge.findingCount === 1 ? '1 problem' : `${badge.findingCount} problems`;
  return badge.findingCount === 0 ? statusLabel(badge.status) : `${statusLabel(badge.status)}: ${problems}`;
}

/**
 * The read-only picture of the map for the room: stages × silos with large cards, never drawn smaller
 * than full size. A whole map that does not fit the screen is condensed (each stage's name, status and
 * touchpoint count per silo, in bands that scroll with ↑ / ↓); a focused stage is shown at full size with
 * its neighbours dimmed beside it.
 */
export function PresentationMap({
  map,
  findings,
  focus,
  viewportRef,
}: {
  map: JourneyMap;
  findings: readonly Finding[];
  focus: StageFocus;
  /** The scrolling viewport of the map, for the presentation's ↑ / ↓ keys. */
  viewportRef: RefObject<HTMLElement | null>;
}) {
  const layout = useMemo(() => layoutJourney(map), [map]);
  const lookup = useMemo(() => lookupOf(map), [map]);
  const gridRef = useRef<HTMLDivElement>(null);
  const headerRefs = useRef(new Map<number, HTMLElement>());
  const [resizes, setResizes] = useState(0);
  const [fit, setFit] = useState<OverviewFit | null>(null);
  const measured = fit !== null && fit.layout === layout && fit.resizes === resizes ? fit : null;
  const condensed = focus === null && measured !== null && !measured.fits;

  // A new screen size measures the whole map again. The border box is watched, so a scroll bar coming
  // and going with the condensed map does not count as a resize.
  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || typeof ResizeObserver !== 'function') return undefined;
    let last = { width: viewport.offsetWidth, height: viewport.offsetHeight };
    const observer = new ResizeObserver(() => {
      const size = { width: viewport.offsetWidth, height: viewport.offsetHeight };
      if (size.width === last.width && size.height === last.height) return;
      last = size;
      setResizes((count) => count + 1);
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewportRef]);

  // Until measured for this layout and size, the whole map is drawn at full size; then it stays, or
  // gives way to the condensed map, before the screen is painted.
  useLayoutEffect(() => {
    if (focus !== null || measured !== null) return;
    const viewport = viewportRef.current;
    const grid = gridRef.current;
    if (!viewport || !grid) return;
    const available = { width: viewport.clientWidth, height: viewport.clientHeight };
    const fits = fitsAtFullSize({ width: grid.scrollWidth, height: grid.scrollHeight }, available);
    setFit({ layout, resizes, width: available.width, fits });
  }, [focus, measured, layout, resizes, viewportRef]);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    let left = 0;
    if (focus !== null) {
      const header = headerRefs.current.get(focus);
      left = header ? Math.max(0, header.offsetLeft - SILO_COLUMN - (focus === 0 ? 0 : PEEK)) : 0;
    }
    if (typeof viewport.scrollTo === 'function') viewport.scrollTo({ left, top: 0 });
    else {
      viewport.scrollLeft = left;
      viewport.scrollTop = 0;
    }
  }, [focus, layout, resizes, viewportRef]);

  const focusedStageId = focus === null ? null : (layout.columns[focus]?.stageId ?? null);
  const viewClass = focus !== null ? 'pm-map pm-map--stage' : condensed ? 'pm-map pm-map--condensed' : 'pm-map pm-map--overview';

  return (
    <section ref={viewportRef} className={viewClass} aria-label={focus === null ? 'The whole map' : 'The map, focused on one stage'}>
      {condensed ? (
        <CondensedMap map={map} findings={findings} layout={layout} lookup={lookup} width={measured.width} />
      ) : (
        <div ref={gridRef} className="pm-grid" style={{ gridTemplateColumns: gridColumns(layout.columns.length, focus) }}>
          <div className="pm-corner" style={{ gridRow: 1, gridColumn: 1 }} aria-hidden="true" />
          {layout.columns.map((column) => {
            const stage = lookup.stageById.get(column.stageId);
            if (!stage) return null;
            return (
              <StageHeader
                key={column.stageId}
                ref={(element) => {
                  if (element) headerRefs.current.set(column.index, element);
                  else headerRefs.current.delete(column.index);
                }}
                stage={stage}
                column={column.index}
                badge={stageBadge(map, findings, stage.id)}
                focused={focusedStageId === stage.id}
                dimmed={focusedStageId !== null && focusedStageId !== stage.id}
                accountable={stage.accountableSiloId === null ? null : (lookup.siloById.get(stage.accountableSiloId)?.name ?? null)}
              />
            );
          })}
          {layout.lanes.map((lane) => (
            <SiloHeader key={lane.siloId ?? '\u0000no-owner'} lane={lane} silo={lane.siloId === null ? undefined : lookup.siloById.get(lane.siloId)} />
          ))}
          {layout.cells.map((cell) => (
            <Cell
              key={cell.key}
              cell={cell}
              lookup={lookup}
              focused={focusedStageId === cell.stageId}
              dimmed={focusedStageId !== null && focusedStageId !== cell.stageId}
            />
          ))}
        </div>
      )}
    </section>
  );
}

interface CondensedMapProps {
  map: JourneyMap;
  findings: readonly Finding[];
  layout: JourneyLayout;
  lookup: Lookup;
  /** The width of the screen area, in design pixels, that the bands must fit across. */
  width: number;
}

/**
 * The whole map condensed for a map too big to show at full size: a table per band of stages, each stage
 * with its name, its status in words and its touchpoints in all, each silo with its touchpoints per stage.
 */
function CondensedMap({ map, findings, layout, lookup, width }: CondensedMapProps) {
  const counts = useMemo(() => new Map(layout.cells.map((cell) => [cell.key, cell.touchpointIds.length])), [layout]);
  const bands = condensedBands(layout.columns.length, width, SILO_COLUMN, CONDENSED_COLUMN);
  const siloName = (lane: LaneBox) => (lane.siloId === null ? NO_OWNER_LABEL : (lookup.siloById.get(lane.siloId)?.name ?? NO_OWNER_LABEL));
  return (
    <div className="pm-condensed">
      <p className="pm-condensed__intro">Touchpoints per silo and stage. Press → to go through the stages one by one.</p>
      {bands.map(([start, end]) => {
        const columns = layout.columns.slice(start, end);
        return (
          <table key={start} className="pm-condensed__band">
            <colgroup>
              <col style={{ width: SILO_COLUMN }} />
              {columns.map((column) => (
                <col key={column.stageId} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className="pm-corner" />
                {columns.map((column) => {
                  const stage = lookup.stageById.get(column.stageId);
                  const total = layout.lanes.reduce((sum, lane) => sum + (counts.get(cellKey(column.stageId, lane.siloId)) ?? 0), 0);
                  const badge = stageBadge(map, findings, column.stageId);
                  return (
                    <th key={column.stageId} scope="col" className="pm-condensed__head">
                      <div className="pm-stage pm-condensed__stage">
                        <h2 className="pm-stage__name">{stage?.name ?? ''}</h2>
                        <p className={`pm-status pm-status--${badge.status}`}>
                          <StatusIcon status={badge.status} size={26} />
                          <span>{statusWords(badge)}</span>
                        </p>
                        <p className="pm-stage__detail">{touchpointCount(total)}</p>
                      </div>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {layout.lanes.map((lane) => {
                const silo = lane.siloId === null ? undefined : lookup.siloById.get(lane.siloId);
                return (
                  <tr key={lane.siloId ?? '\u0000no-owner'}>
                    <th scope="row" className="pm-silo pm-condensed__silo">
                      <span className="pm-silo__name">
                        {silo ? <span className="pm-swatch" style={{ background: silo.color }} aria-hidden="true" /> : null}
                        {siloName(lane)}
                      </span>
                    </th>
                    {columns.map((column) => {
                      const count = counts.get(cellKey(column.stageId, lane.siloId)) ?? 0;
                      const stageName = lookup.stageById.get(column.stageId)?.name ?? '';
                      return (
                        <td
                          key={column.stageId}
                          className={count === 0 ? 'pm-condensed__count pm-condensed__count--none' : 'pm-condensed__count'}
                          aria-label={`${siloName(lane)} in ${stageName}: ${count === 0 ? 'no touchpoints' : touchpointCount(count)}`}
                        >
                          {count === 0 ? '' : count}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

interface StageHeaderProps {
  ref: (element: HTMLElement | null) => void;
  stage: Stage;
  column: number;
  badge: ReturnType<typeof stageBadge>;
  focused: boolean;
  dimmed: boolean;
  accountable: string | null;
}

function StageHeader({ ref, stage, column, badge, focused, dimmed, accountable }: StageHeaderProps) {
  const className = ['pm-stage', focused ? 'pm-stage--focused' : '', dimmed ? 'pm-dimmed' : ''].filter(Boolean).join(' ');
  return (
    <header ref={ref} className={className} style={{ gridRow: 1, gridColumn: column + 2 }} aria-hidden={dimmed ? true : undefined}>
      <h2 className="pm-stage__name">{stage.name}</h2>
      <div className="pm-stage__facts">
        <p className={`pm-status pm-status--${badge.status}`}>
          <StatusIcon status={badge.status} size={26} />
          <span>{statusWords(badge)}</span>
        </p>
        {focused ? <p className="pm-stage__detail">{accountable === null ? 'Accountable: nobody' : `Accountable: ${accountable}`}</p> : null}
      </div>
      {focused && stage.customerGoal.trim() !== '' ? <p className="pm-stage__detail">{`Customer goal: ${stage.customerGoal}`}</p> : null}
    </header>
  );
}

function SiloHeader({ lane, silo }: { lane: LaneBox; silo: Silo | undefined }) {
  return (
    <div className="pm-silo" style={{ gridRow: lane.index + 2, gridColumn: 1 }}>
      <h3 className="pm-silo__name">
        {silo ? <span className="pm-swatch" style={{ background: silo.color }} aria-hidden="true" /> : null}
        {silo?.name ?? NO_OWNER_LABEL}
      </h3>
      {silo && silo.lead.trim() !== '' ? <p className="pm-silo__lead">{`Lead: ${silo.lead}`}</p> : null}
    </div>
  );
}

interface CellProps {
  cell: CellBox;
  lookup: Lookup;
  focused: boolean;
  dimmed: boolean;
}

const Cell = memo(function Cell({ cell, lookup, focused, dimmed }: CellProps) {
  const stage = lookup.stageById.get(cell.stageId);
  const silo = cell.siloId === null ? undefined : lookup.siloById.get(cell.siloId);
  const accountable = focused && cell.siloId !== null && stage?.accountableSiloId === cell.siloId;
  const className = ['pm-cell', focused ? 'pm-cell--focused' : '', dimmed ? 'pm-dimmed' : ''].filter(Boolean).join(' ');
  const touchpoints = cell.touchpointIds.flatMap((id) => {
    const touchpoint = lookup.touchpointById.get(id);
    return touchpoint ? [touchpoint] : [];
  });
  return (
    <div className={className} style={{ gridRow: cell.lane + 2, gridColumn: cell.column + 2 }} aria-hidden={dimmed ? true : undefined}>
      {accountable ? (
        <p className="pm-cell__accountable">
          <AccountableIcon size={24} />
          Accountable silo
        </p>
      ) : null}
      {touchpoints.length === 0 ? null : (
        <ul className="pm-cards" aria-label={`${silo?.name ?? NO_OWNER_LABEL} in ${stage?.name ?? ''}`}>
          {touchpoints.map((touchpoint) => (
            <Card key={touchpoint.id} touchpoint={touchpoint} color={dimmed ? null : (silo?.color ?? null)} full={focused} dimmed={dimmed} />
          ))}
        </ul>
      )}
    </div>
  );
});

/** A touchpoint card: in full on the focused stage, its title elsewhere, only the title beside the focused stage. */
function Card({ touchpoint, color, full, dimmed = false }: { touchpoint: Touchpoint; color: string | null; full: boolean; dimmed?: boolean }) {
  const style = color === null ? undefined : { borderLeftColor: color };
  if (!full) {
    return (
      <li className="pm-card pm-card--compact" style={style}>
        <p className="pm-card__title">
          {touchpoint.emotion === null || dimmed ? null : (
            <span className="pm-card__icons">
              <EmotionFace emotion={touchpoint.emotion} size={24} />
            </span>
          )}
          {touchpoint.title}
        </p>
      </li>
    );
  }
  return (
    <li className="pm-card pm-card--full" style={style}>
      <p className="pm-card__title">{touchpoint.title}</p>
      <p className="pm-card__meta">
        <span className="pm-card__fact">
          <span aria-hidden="true">
            <ChannelIcon channel={touchpoint.channel} size={28} />
          </span>
          {CHANNEL_LABELS[touchpoint.channel]}
        </span>
        {touchpoint.emotion === null ? null : (
          <span className="pm-card__fact">
            <span aria-hidden="true">
              <EmotionFace emotion={touchpoint.emotion} size={28} />
            </span>
            {`Feels ${emotionText(touchpoint.emotion)}`}
          </span>
        )}
      </p>
    </li>
  );
}
