import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ParkingLotNode as ParkingLotNodeType } from './workshop-types';
import { useWorkshopView } from './workshop-view';

/** The parking lot beside the grid: where notes without a stage wait; highlighted while a note is dragged over it. */
function ParkingLotNodeView({ data }: NodeProps<ParkingLotNodeType>) {
  const target = useWorkshopView((state) => state.noteDrop?.kind === 'parking-lot');
  return (
    <div className={`jm-parking-lot${target ? ' jm-parking-lot--target' : ''}`}>
      <div className="jm-parking-lot__header" style={{ height: data.headerHeight }}>
        <span className="jm-parking-lot__title">Parking lot</span>
        <span className="jm-parking-lot__hint">Ideas and questions to come back to</span>
      </div>
      {data.count === 0 ? (
        <p className="jm-parking-lot__empty">Press P or “Add note” to park an idea here, then drag it onto a stage.</p>
      ) : null}
    </div>
  );
}

export const ParkingLotNode = memo(ParkingLotNodeView);
