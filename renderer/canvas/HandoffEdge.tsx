import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { HandoffEdge as HandoffEdgeType } from './flow-types';

/**
 * A hand-off arrow. One that crosses silos is dashed, has an open arrowhead and says "cross-silo" in its
 * label, so the difference never rests on colour alone.
 */
function HandoffEdgeView(props: EdgeProps<HandoffEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const crossSilo = data?.crossSilo ?? false;
  const label = data?.label.trim() ?? '';
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        className={`jm-handoff__path${crossSilo ? ' jm-handoff__path--cross' : ''}${selected ? ' jm-handoff__path--selected' : ''}`}
      />
      {crossSilo || label ? (
        <EdgeLabelRenderer>
          <div
            className={`jm-handoff__label${crossSilo ? ' jm-handoff__label--cross' : ''}${selected ? ' jm-handoff__label--selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden="true"
          >
            {crossSilo ? <span className="jm-handoff__kind">cross-silo</span> : null}
            {label ? <span className="jm-handoff__text">{label}</span> : null}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const HandoffEdge = memo(HandoffEdgeView);
