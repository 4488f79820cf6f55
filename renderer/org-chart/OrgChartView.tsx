import { useId } from 'react';
import { statusLabel } from '../../shared/analysis';
import type { Silo } from '../../shared/model/types';
import { useDiagnosisView } from '../analysis/diagnosis-view';
import { revealStage, revealTouchpoints, useReveal } from '../analysis/reveal';
import { useFindings } from '../analysis/use-findings';
import { AccountableIcon, NoSharedMetricIcon, SplitIcon, StatusIcon, UnownedIcon } from '../findings/DiagnosisIcons';
import { Legend } from '../findings/Legend';
import { useDocument } from '../store/document-store';
import { sameSelection, useView, type Selection } from '../store/view-store';
import { buildOrgMatrix, type OrgMatrixCell, type OrgMatrixColumn, type OrgMatrixRow } from './org-matrix';
import './org-chart.css';

/**
 * The org-chart view: a silo × stage table of touchpoint counts showing where the accountable silo
 * sits, which stages are split and which lack a shared metric. Clicking a cell selects its touchpoints.
 */
export function OrgChartView() {
  const map = useDocument((state) => state.map);
  const findings = useFindings();
  const showMainView = useDiagnosisView((state) => state.showMainView);
  const selection = useView((state) => state.selection);
  const reveal = useReveal();
  const headingId = useId();
  const matrix = buildOrgMatrix(map, findings);
  const colorOf = new Map<string, Silo['color']>(map.silos.map((silo) => [silo.id, silo.color]));

  const selectCell = (cell: OrgMatrixCell) => {
    const target = revealTouchpoints(cell.touchpointIds) ?? revealStage(cell.stageId);
    reveal(target, { show: false });
  };

  return (
    <section className="jm-org-chart" aria-labelledby={headingId}>
      <div className="jm-org-chart__header">
        <div>
          <h2 id={headingId} className="jm-org-chart__title">
            Org chart
          </h2>
          <p className="jm-org-chart__intro">
            Who delivers each stage: the number of touchpoints each silo runs there. A customer experience that mirrors
            the org chart shows up as stages split across silos with nobody accountable and nothing measured together.
          </p>
        </div>
        <button type="button" className="button" onClick={() => showMainView('map')}>
          Back to the map
        </button>
      </div>
      {matrix.columns.length === 0 ? (
        <p className="jm-org-chart__intro">Add stages to the map to see who delivers them.</p>
      ) : (
        <div className="jm-org-chart__scroll">
          <table className="jm-org-chart__table">
            <caption className="jm-visually-hidden">Touchpoints per silo and stage</caption>
            <thead>
              <tr>
                <th scope="col" className="jm-org-chart__corner">
                  Silo
                </th>
                {matrix.columns.map((column) => (
                  <StageHeader
                    key={column.stageId}
                    column={column}
                    selected={sameSelection(selection, { kind: 'stage', ids: [column.stageId] })}
                    onSelect={() => reveal(revealStage(column.stageId), { show: false })}
                  />
                ))}
                <th scope="col">Stages delivered</th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.siloId ?? ''} className={row.siloId === null ? 'jm-org-chart__no-owner' : undefined}>
                  <SiloHeader row={row} color={row.siloId === null ? undefined : colorOf.get(row.siloId)} />
                  {row.cells.map((cell, index) => (
                    <CellView
                      key={cell.stageId}
                      cell={cell}
                      row={row}
                      stageName={matrix.columns[index]?.name ?? ''}
                      selection={selection}
                      onSelect={() => selectCell(cell)}
                    />
                  ))}
                  <td className="jm-org-chart__total">{row.stageCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Legend
        className="jm-org-chart__legend"
        headingLevel={3}
        marks={['accountable', 'split', 'no-shared-metric', 'unowned-touchpoint', 'critical', 'warning', 'note', 'ok']}
      />
    </section>
  );
}

function StageHeader({ column, selected, onSelect }: { column: OrgMatrixColumn; selected: boolean; onSelect: () => void }) {
  return (
    <th scope="col" className={`jm-org-chart__stage${selected ? ' is-selected' : ''}`}>
      <button type="button" className="jm-org-chart__stage-button" onClick={onSelect}>
        {column.name}
      </button>
      <span className={`jm-org-chart__flag jm-mark--${column.status}`}>
        <StatusIcon status={column.status} />
        {statusLabel(column.status)}
      </span>
      {column.split ? (
        <span className="jm-org-chart__flag jm-mark--split">
          <SplitIcon />
          Split
        </span>
      ) : null}
      {column.noSharedMetric ? (
        <span className="jm-org-chart__flag jm-mark--no-shared-metric">
          <NoSharedMetricIcon />
          No shared metric
        </span>
      ) : null}
    </th>
  );
}

function SiloHeader({ row, color }: { row: OrgMatrixRow; color: string | undefined }) {
  return (
    <th scope="row" className="jm-org-chart__silo">
      {row.siloId === null ? (
        <span className="jm-mark jm-mark--unowned-touchpoint">
          <UnownedIcon />
        </span>
      ) : (
        <span className="jm-org-chart__swatch" style={{ background: color }} aria-hidden="true" />
      )}
      {row.name}
    </th>
  );
}

function CellView({
  cell,
  row,
  stageName,
  selection,
  onSelect,
}: {
  cell: OrgMatrixCell;
  row: OrgMatrixRow;
  stageName: string;
  selection: Selection | null;
  onSelect: () => void;
}) {
  const count = cell.touchpointIds.length;
  if (count === 0 && !cell.accountable) {
    return (
      <td className="jm-org-chart__cell jm-org-chart__cell--empty">
        <span aria-hidden="true">·</span>
        <span className="jm-visually-hidden">No touchpoints</span>
      </td>
    );
  }
  const selected =
    count > 0
      ? sameSelection(selection, { kind: 'touchpoint', ids: cell.touchpointIds })
      : sameSelection(selection, { kind: 'stage', ids: [cell.stageId] });
  return (
    <td className={`jm-org-chart__cell${cell.accountable ? ' jm-org-chart__cell--accountable' : ''}${selected ? ' is-selected' : ''}`}>
      <button
        type="button"
        className="jm-org-chart__cell-button"
        aria-label={`${row.name} in ${stageName}: ${count} ${count === 1 ? 'touchpoint' : 'touchpoints'}${cell.accountable ? ', Accountable' : ''}`}
        onClick={onSelect}
      >
        <span className="jm-org-chart__count">{count}</span>
        {cell.accountable ? (
          <span className="jm-org-chart__accountable">
            <span className="jm-mark--accountable">
              <AccountableIcon />
            </span>
            Accountable
          </span>
        ) : null}
      </button>
    </td>
  );
}
