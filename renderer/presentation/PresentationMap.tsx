import { memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { stageBadge, statusLabel, type Finding } from '../../shared/analysis';
import { layoutJourney, type CellBox, type LaneBox } from '../../shared/layout/grid-layout';
import type { JourneyMap, Silo, Stage, Touchpoint } from '../../shared/model/types';
import { ChannelIcon, EmotionFace } from '../canvas/icons';
import { CHANNEL_LABELS, NO_OWNER_LABEL, emotionText } from '../canvas/labels';
import { AccountableIcon, StatusIcon } from '../findings/DiagnosisIcons';
import { fitByReflow } from './fit-scale';
import type { StageFocus } from './stage-stepper';

/** Design-pixel widths of the grid's columns (the silo names, a stage seen whole, a stage beside the focused one). */
const SILO_COLUMN = 260;
const OVERVIEW_COLUMN = 250;
const DIMMED_COLUMN = 300;
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

/**
 * The read-only picture of the map for the room: stages × silos with large cards. The whole map shrinks
 * to fit the screen; a focused stage is shown at full size with its neighbours dimmed beside it.
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
  const [fit, setFit] = useState<{ scale: number; width: number | undefined }>({ scale: 1, width: undefined });

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const grid = gridRef.current;
    if (!viewport || !grid) return undefined;
    const refit = () => {
      if (focus !== null) {
        setFit({ scale: 1, width: undefined });
        const header = headerRefs.current.get(focus);
        const left = header ? Math.max(0, header.offsetLeft - SILO_COLUMN - (focus === 0 ? 0 : PEEK)) : 0;
        if (typeof viewport.scrollTo === 'function') viewport.scrollTo({ left, top: 0 });
        else viewport.scrollLeft = left;
        return;
      }
      viewport.scrollLeft = 0;
      viewport.scrollTop = 0;
      const rendered = grid.style.width;
      const next = fitByReflow({ width: viewport.clientWidth, height: viewport.clientHeight }, (width) => {
        grid.style.width = `${width}px`;
        return { width: grid.scrollWidth, height: grid.scrollHeight };
      });
      grid.style.width = rendered;
      setFit(next.scale < 1 ? next : { scale: 1, width: undefined });
    };
    refit();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(refit) : null;
    observer?.observe(viewport);
    return () => observer?.disconnect();
  }, [focus, layout, viewportRef]);

  const gridStyle: CSSProperties = {
    gridTemplateColumns: gridColumns(layout.columns.length, focus),
    width: focus === null ? fit.width : undefined,
    transform: focus === null && fit.scale < 1 ? `scale(${fit.scale})` : undefined,
  };
  const focusedStageId = focus === null ? null : (layout.columns[focus]?.stageId ?? null);

  return (
    <section
      ref={viewportRef}
      className={focus === null ? 'pm-map pm-map--overview' : 'pm-map pm-map--stage'}
      aria-label={focus === null ? 'The whole map' : 'The map, focused on one stage'}
    >
      <div ref={gridRef} className="pm-grid" style={gridStyle}>
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
    </section>
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
  const problems = badge.findingCount === 1 ? '1 problem' : `${badge.findingCount} problems`;
  return (
    <header ref={ref} className={className} style={{ gridRow: 1, gridColumn: column + 2 }} aria-hidden={dimmed ? true : undefined}>
      <h2 className="pm-stage__name">{stage.name}</h2>
      <div className="pm-stage__facts">
        <p className={`pm-status pm-status--${badge.status}`}>
          <StatusIcon status={badge.status} size={26} />
          <span>{badge.findingCount === 0 ? statusLabel(badge.status) : `${statusLabel(badge.status)}: ${problems}`}</span>
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
            <Card key={touchpoint.id} touchpoint={touchpoint} color={silo?.color ?? null} full={focused} />
          ))}
        </ul>
      )}
    </div>
  );
});

function Card({ touchpoint, color, full }: { touchpoint: Touchpoint; color: string | null; full: boolean }) {
  const style = color === null ? undefined : { borderLeftColor: color };
  if (!full) {
    return (
      <li className="pm-card pm-card--compact" style={style}>
        <p className="pm-card__title">
          {touchpoint.emotion === null ? null : (
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
