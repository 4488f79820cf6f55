import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { CellNode as CellNodeType } from './flow-types';

/** The keyboard focus target of one cell (only the focused cell has one); says how to add a card to an empty cell. */
function CellNodeView({ data }: NodeProps<CellNodeType>) {
  return (
    <div className="jm-cell">
      {data.count === 0 ? <span className="jm-cell__hint">Press N to add a touchpoint</span> : null}
    </div>
  );
}

export const CellNode = memo(CellNodeView);
