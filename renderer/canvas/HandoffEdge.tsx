import { memo, type ReactNode } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { HandoffIcon } from '../findings/DiagnosisIcons';
import type { HandoffEdge as HandoffEdgeType } from './flow-types';
import { textWidthEm } from '../print/text-wrap';
import { NO_OWNER_LABEL } from './labels';
import { useFarZoom } from './zoom-detail';

/** Labels longer than this are cut with an ellipsis on the canvas (the full text is in the accessible name). */
const MAX_LABEL_CHARS = 40;
const ICON_SIZE = 14;
const ICON_WIDTH = (ICON_SIZE * 24) / 16;
const ICON_GAP = 4;
const PAD_X = 6;
const LABEL_HEIGHT = 20;
const LABEL_FONT_PX = 12;

function shortLabel(label: string): string {
  const trimmed = label.trim();
  return trimmed.length > MAX_LABEL_CHARS ? `${trimmed.slice(0, MAX_LABEL_CHARS - 1)}…` : trimmed;
}

/**
 * An edge label drawn in SVG (no HTML label layer, which costs a DOM query per label on every store
 * update): an optional icon, a bold mark and the hand-off's own text on a rounded background. The text
 * width is estimated from character widths (never narrower than the real text), so drawing a label
 * forces no layout.
 */
function EdgeLabel({ x, y, icon, mark, text }: { x: number; y: number; icon: ReactNode; mark: string; text: string }) {
  const words = mark && text ? `${mark} · ${text}` : mark || text;
  const textWidth = textWidthEm(words) * LABEL_FONT_PX;
  const iconSpace = icon ? ICON_WIDTH + ICON_GAP : 0;
  const width = iconSpace + textWidth;
  return (
    <g className="jm-handoff__label" transform={`translate(${x - width / 2} ${y})`}>
      <rect
        className="jm-handoff__label-bg"
        x={-PAD_X}
        y={-LABEL_HEIGHT / 2}
        width={width + 2 * PAD_X}
        height={LABEL_HEIGHT}
        rx={6}
      />
      {icon ? <g transform={`translate(0 ${-ICON_SIZE / 2})`}>{icon}</g> : null}
      <text className="jm-handoff__text" x={iconSpace} dy="0.35em">
        {mark ? <tspan className="jm-handoff__mark">{mark}</tspan> : null}
        {mark && text ? ' · ' : null}
        {text}
      </text>
    </g>
  );
}

/**
 * A hand-off arrow. One within a silo is a plain arrow. One that crosses silos has an open arrowhead,
 * the hand-off icon and its owner's name; nobody owning it makes it dashed and marked "No owner", so
 * the difference never rests on colour alone.
 */
function HandoffEdgeView(props: EdgeProps<HandoffEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const far = useFarZoom();
  const crossSilo = data?.crossSilo ?? false;
  const unowned = data?.unowned ?? false;
  const ownerName = data?.ownerName ?? null;
  const text = shortLabel(data?.label ?? '');
  const mark = unowned ? NO_OWNER_LABEL : crossSilo ? (ownerName ?? 'cross-silo') : '';
  const icon = unowned || (crossSilo && ownerName) ? <HandoffIcon owned={!unowned} size={ICON_SIZE} /> : null;
  const pathClass = [
    'jm-handoff__path',
    crossSilo ? 'jm-handoff__path--cross' : '',
    unowned ? 'jm-handoff__path--unowned' : '',
    selected ? 'jm-handoff__path--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={16} className={pathClass} />
      {!far && (mark || text) ? <EdgeLabel x={labelX} y={labelY} icon={icon} mark={mark} text={text} /> : null}
    </>
  );
}

export const HandoffEdge = memo(HandoffEdgeView);
