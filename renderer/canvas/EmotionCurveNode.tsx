import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nearestEmotion, stepEmotion } from '../../shared/layout/emotion-curve-geometry';
import type { Emotion } from '../../shared/model/types';
import { selectReviewMode, useDocument } from '../store/document-store';
import { useCanvasActions } from './canvas-actions-context';
import { emotionText } from './labels';
import { emotionLevelLabel, emotionPointLabel, stageAverageLabel } from './workshop-labels';
import type { EmotionCurveNode as EmotionCurveNodeType, EmotionCurvePoint } from './workshop-types';

interface PointDrag {
  touchpointId: string;
  pointerId: number;
  from: Emotion | null;
  emotion: Emotion | null;
}

const HELP_ID = 'jm-emotion-curve-help';

function tone(emotion: Emotion | null): string {
  if (emotion === null) return 'unset';
  return emotion < 0 ? 'negative' : emotion > 0 ? 'positive' : 'neutral';
}

/**
 * The emotion curve under the grid: each touchpoint as a point at its emotion level in its stage column,
 * the stage averages joined by a line (broken where a stage has none). A point is dragged up or down
 * (one undo step per drag) or, focused, moved with the arrow keys (one undo step per key).
 */
function EmotionCurveNodeView({ data, width = 0, height = 0 }: NodeProps<EmotionCurveNodeType>) {
  const actions = useCanvasActions();
  const readOnly = useDocument(selectReviewMode);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const [drag, setDrag] = useState<PointDrag | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const elements = useRef(new Map<string, SVGGElement>());

  const { points, levels, unsetY, labelWidth } = data;
  const stopId = points.some((point) => point.touchpointId === tabStop) ? tabStop : (points[0]?.touchpointId ?? null);
  const lastLevelY = levels.at(-1)?.y ?? unsetY;

  const focusPoint = (index: number) => {
    const point = points[Math.min(Math.max(index, 0), points.length - 1)];
    if (!point) return;
    setTabStop(point.touchpointId);
    elements.current.get(point.touchpointId)?.focus();
  };

  /** The pointer's y in the band's own coordinates, whatever the zoom. */
  const bandY = (event: PointerEvent<SVGGElement>): number => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.height === 0) return 0;
    return ((event.clientY - box.top) * height) / box.height;
  };

  const onPointerDown = (point: EmotionCurvePoint) => (event: PointerEvent<SVGGElement>) => {
    if (readOnly || event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setTabStop(point.touchpointId);
    event.currentTarget.focus();
    setDrag({
      touchpointId: point.touchpointId,
      pointerId: event.pointerId,
      from: point.emotion,
      emotion: point.emotion,
    });
  };

  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const emotion = nearestEmotion(bandY(event), levels, unsetY);
    if (emotion !== drag.emotion) setDrag({ ...drag, emotion });
  };

  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.emotion !== drag.from) actions.setEmotion(drag.touchpointId, drag.emotion);
  };

  const onKeyDown = (point: EmotionCurvePoint, index: number) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowDown':
        if (!readOnly)
          actions.setEmotion(point.touchpointId, stepEmotion(point.emotion, event.key === 'ArrowUp' ? 'up' : 'down'));
        break;
      case 'ArrowLeft':
        focusPoint(index - 1);
        break;
      case 'ArrowRight':
        focusPoint(index + 1);
        break;
      case 'Home':
        focusPoint(0);
        break;
      case 'End':
        focusPoint(points.length - 1);
        break;
      case 'Delete':
      case 'Backspace':
        if (!readOnly) actions.setEmotion(point.touchpointId, null);
        break;
      case 'Escape':
        if (drag) setDrag(null);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div className="jm-curve" style={{ width, height }}>
      <p id={HELP_ID} className="jm-visually-hidden">
        Each point is a touchpoint at how its customer feels, from −2 very unhappy to +2 delighted. Up and Down arrows
        change the focused point, Left and Right move between points, Delete clears it. The line joins the stage
        averages.
      </p>
      <ul className="jm-visually-hidden" aria-label="Average emotion by stage">
        {data.averages.map((average) => (
          <li key={average.stageId}>{stageAverageLabel(average.stageName, average.average)}</li>
        ))}
      </ul>
      <svg ref={svg} className="jm-curve__plot" width={width} height={height}>
        <g aria-hidden="true">
          <rect className="jm-curve__label-column" width={labelWidth} height={height} />
          <text className="jm-curve__title" x={12} y={22}>
            Emotion curve
          </text>
          {data.columns.map((column) => (
            <line
              key={column.stageId}
              className="jm-curve__column-line"
              x1={column.x + column.width}
              x2={column.x + column.width}
              y1={0}
              y2={height}
            />
          ))}
          {levels.map((level) => (
            <g key={level.emotion}>
              <line
                className={`jm-curve__level${level.emotion === 0 ? ' jm-curve__level--neutral' : ''}`}
                x1={labelWidth}
                x2={width}
                y1={level.y}
                y2={level.y}
              />
              <text className="jm-curve__axis-label" x={labelWidth - 10} y={level.y + 4} textAnchor="end">
                {emotionLevelLabel(level.emotion)}
              </text>
            </g>
          ))}
          <line className="jm-curve__unset-line" x1={labelWidth} x2={width} y1={unsetY} y2={unsetY} />
          <text
            className="jm-curve__axis-label jm-curve__axis-label--unset"
            x={labelWidth - 10}
            y={unsetY + 4}
            textAnchor="end"
          >
            Not set
          </text>
          {data.segments.map((segment, index) =>
            segment.length === 1 && segment[0] ? (
              <line
                key={index}
                className="jm-curve__average"
                x1={segment[0].x - 24}
                x2={segment[0].x + 24}
                y1={segment[0].y}
                y2={segment[0].y}
              />
            ) : (
              <polyline
                key={index}
                className="jm-curve__average"
                points={segment.map((point) => `${point.x},${point.y}`).join(' ')}
              />
            ),
          )}
          {data.segments.flat().map((point) => (
            <rect
              key={`${point.x}`}
              className="jm-curve__average-mark"
              x={point.x - 5}
              y={point.y - 5}
              width={10}
              height={10}
              transform={`rotate(45 ${point.x} ${point.y})`}
            />
          ))}
          {points.length === 0 ? (
            <text className="jm-curve__empty" x={labelWidth + 16} y={(levels[0]?.y ?? 0) + 4}>
              Add touchpoints to plot how the customer feels at each one.
            </text>
          ) : null}
        </g>
        {points.map((point, index) => {
          const dragged = drag?.touchpointId === point.touchpointId ? drag : null;
          const emotion = dragged ? dragged.emotion : point.emotion;
          const y = dragged
            ? emotion === null
              ? unsetY
              : (levels.find((level) => level.emotion === emotion)?.y ?? lastLevelY)
            : point.y;
          return (
            <g
              key={point.touchpointId}
              ref={(element) => {
                if (element) elements.current.set(point.touchpointId, element);
                else elements.current.delete(point.touchpointId);
              }}
              role="slider"
              tabIndex={point.touchpointId === stopId ? 0 : -1}
              aria-label={emotionPointLabel(point.title, emotion)}
              aria-describedby={HELP_ID}
              aria-valuemin={-2}
              aria-valuemax={2}
              aria-valuenow={emotion ?? undefined}
              aria-valuetext={emotion === null ? 'not set' : emotionText(emotion)}
              aria-readonly={readOnly || undefined}
              className={`jm-curve-point nodrag nopan${dragged ? ' jm-curve-point--dragging' : ''}${readOnly ? ' jm-curve-point--readonly' : ''}`}
              transform={`translate(${point.x} ${y})`}
              onFocus={() => setTabStop(point.touchpointId)}
              onPointerDown={onPointerDown(point)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={onKeyDown(point, index)}
            >
              <title>{emotionPointLabel(point.title, emotion)}</title>
              <circle className="jm-curve-point__hit" r={12} />
              <circle className="jm-curve-point__ring" r={10} />
              <circle className={`jm-curve-point__dot jm-curve-point__dot--${tone(emotion)}`} r={6} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export const EmotionCurveNode = memo(EmotionCurveNodeView);
