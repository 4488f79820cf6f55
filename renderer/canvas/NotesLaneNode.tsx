import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NotesLaneNode as NotesLaneNodeType } from './workshop-types';
import { useWorkshopView } from './workshop-view';

/** The notes row under the lanes: a "Notes" label and one band per stage column, the drop target highlighted. */
function NotesLaneNodeView({ data, width = 0, height = 0 }: NodeProps<NotesLaneNodeType>) {
  const dropStage = useWorkshopView((state) => (state.noteDrop?.kind === 'stage' ? state.noteDrop.stageId : null));
  return (
    <div className="jm-notes-lane" style={{ width, height }}>
      <div className="jm-notes-lane__label" style={{ width: data.labelWidth }}>
        Notes
      </div>
      {data.columns.map((column) => (
        <div
          key={column.stageId}
          className={`jm-notes-lane__column${column.stageId === dropStage ? ' jm-notes-lane__column--target' : ''}`}
          style={{ left: column.x, width: column.width }}
        />
      ))}
    </div>
  );
}

export const NotesLaneNode = memo(NotesLaneNodeView);
