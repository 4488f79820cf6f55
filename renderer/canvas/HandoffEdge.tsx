import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { HandoffEdge as HandoffEdgeType } from './flow-types';

/** Labels longer than this are cut with an ellipsis on the canvas (the full text is in the accessible name). */
const MAX_LABEL_CHARS = 40;

function shortLabel(label: string): string {
  const trimmed = label.trim();
  return trimmed.length > MAX_LABEL_CHARS ? `${trimmed.slice(0, MAX_LABEL_CHARS - 1)}…` : trimmed;
}

/**
 * A hand-off arrow. One that crosses silos is dashed, has an open arrowhead and says "cross-silo" in its
 * label, so the difference never rests on colour alone. Labels are SVG text (no HTML label layer, which
 * costs a DOM query per label on every store update).
 */
function HandoffEdgeView(props: EdgeProps<HandoffEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const crossSilo = data?.crossSilo ?? false;
  const text = shortLabel(data?.label ?? '');
  const label =
    crossSilo || text ? (
      <>
        {crossSilo ? <tspan className="jm-handoff__kind">cross-silo</tspan> : null}
        {crossSilo && text ? ' · ' : null}
        {text}
      </>
    ) : undefined;
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      interactionWidth={16}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[6, 2]}
      labelBgBorderRadius={6}
      className={`jm-handoff__path${crossSilo ? ' jm-handoff__path--cross' : ''}${selected ? ' jm-handoff__path--selected' : ''}`}
    />
  );
}

export const HandoffEdge = memo(HandoffEdgeView);
