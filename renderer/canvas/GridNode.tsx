import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useView } from '../store/view-store';
import type { GridNode as GridNodeType } from './flow-types';

/** Statuses whose columns are tinted and patterned (an OK column stays plain). */
const PATTERNED_STATUSES = new Set(['critical', 'warning', 'note']);

/**
 * Draws every cell of the grid (lane bands, column lines), tints each stage column by its status with a
 * pattern that survives a black-and-white printout (cross-hatch critical, diagonal lines warning, dots
 * note), and highlights the cell a drag would drop into.
 */
function GridNodeView({ data, width = 0, height = 0 }: NodeProps<GridNodeType>) {
  const drop = useView((state) => (state.drop?.kind === 'cell' ? state.drop.cell : null));
  const dropColumn = drop ? data.columns.find((column) => column.stageId === drop.stageId) : undefined;
  const dropLane = drop ? data.lanes.find((lane) => lane.siloId === drop.siloId) : undefined;
  return (
    <svg className="jm-grid" width={width} height={height} aria-hidden="true">
      <defs>
        <pattern
          id="jm-unowned-stripes"
          width="14"
          height="14"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="7" height="14" className="jm-grid__stripe" />
        </pattern>
        <pattern id="jm-status-critical" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <path d="M0 0H12M0 0V12" className="jm-grid__hatch jm-grid__hatch--critical" />
        </pattern>
        <pattern id="jm-status-warning" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <path d="M0 0H12" className="jm-grid__hatch jm-grid__hatch--warning" />
        </pattern>
        <pattern id="jm-status-note" width="16" height="16" patternUnits="userSpaceOnUse">
          <circle cx="8" cy="8" r="1.4" className="jm-grid__dot" />
        </pattern>
      </defs>
      <rect className="jm-grid__cells" width={width} height={height} />
      {data.columns.map((column) =>
        column.status !== null && PATTERNED_STATUSES.has(column.status) ? (
          <g key={`status-${column.stageId}`} className={`jm-grid__status jm-grid__status--${column.status}`}>
            <rect x={column.x} width={column.width} height={height} className="jm-grid__tint" />
            <rect x={column.x} width={column.width} height={height} fill={`url(#jm-status-${column.status})`} />
          </g>
        ) : null,
      )}
      {data.lanes.map((lane) =>
        lane.siloId === null ? (
          <rect key="unowned" y={lane.y} width={width} height={lane.height} fill="url(#jm-unowned-stripes)" />
        ) : null,
      )}
      {data.columns.map((column) => (
        <line
          key={column.stageId}
          className="jm-grid__line"
          x1={column.x + column.width}
          x2={column.x + column.width}
          y1={0}
          y2={height}
        />
      ))}
      {data.lanes.map((lane) => (
        <line
          key={lane.siloId ?? 'unowned-line'}
          className="jm-grid__line"
          x1={0}
          x2={width}
          y1={lane.y + lane.height}
          y2={lane.y + lane.height}
        />
      ))}
      {dropColumn && dropLane ? (
        <rect
          className="jm-grid__drop-target"
          x={dropColumn.x + 3}
          y={dropLane.y + 3}
          width={Math.max(0, dropColumn.width - 6)}
          height={Math.max(0, dropLane.height - 6)}
          rx={4}
        />
      ) : null}
    </svg>
  );
}

export const GridNode = memo(GridNodeView);
