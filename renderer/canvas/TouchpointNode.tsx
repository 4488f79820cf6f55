import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { LIMITS } from '../../shared/model/types';
import { CardMarks } from './CardMarks';
import type { CardNode } from './flow-types';
import { ChannelIcon, EmotionFace } from './icons';
import { InlineEditor } from './InlineEditor';
import { INTENT_LABELS } from './labels';
import { useInlineRename } from './use-inline-rename';
import { useIsConnectingFrom, useShowsHandles } from '../store/view-store';
import { useFarZoom } from './zoom-detail';

/** Where a hand-off arrives (geometry: cardHandles in flow-types.ts, sizes in canvas.css). */
function TargetHandle({ live }: { live: boolean }) {
  if (!live) return <span className="jm-handle-slot target" data-handlepos="left" aria-hidden />;
  return <Handle type="target" position={Position.Left} className="jm-handle" isConnectableStart={false} />;
}

/**
 * Where a hand-off is dragged from. Not `live`, it is an inert slot of the same size and place: React Flow
 * measures a node's handles from its DOM when it first appears, and a card without them would lose its
 * hand-offs. A live handle subscribes to React Flow's store; a thousand cards' slots subscribe to nothing.
 */
function SourceHandle({ live }: { live: boolean }) {
  if (!live) return <span className="jm-handle-slot source" data-handlepos="right" aria-hidden />;
  return <Handle type="source" position={Position.Right} className="jm-handle jm-handle--source" />;
}

/** A touchpoint card: title, channel, intent, emotion, day and its diagnosis marks, with hand-off handles on its sides. */
function TouchpointNodeView({ data, selected }: NodeProps<CardNode>) {
  const { touchpoint, siloColor, titleLines, conflict, unowned } = data;
  const { editing, commit, cancel } = useInlineRename('touchpoint', touchpoint.id);
  const connectingFromHere = useIsConnectingFrom(touchpoint.id);
  // Handles are mounted only where they can be used; hand-offs attach to the handles the node declares.
  const handles = useShowsHandles(touchpoint.id) || selected;
  const far = useFarZoom() && !editing;
  const className = [
    'jm-card',
    far ? 'jm-card--far' : '',
    selected ? 'jm-card--selected' : '',
    connectingFromHere ? 'jm-card--connecting' : '',
    touchpoint.initiator === 'customer' ? 'jm-card--customer' : '',
    conflict ? 'jm-card--conflict' : '',
    unowned ? 'jm-card--unowned' : '',
  ].join(' ');
  if (far) {
    // Zoomed out: a block in the silo's colour; conflict and no-owner marks stay visible as patterns.
    return (
      <>
        <TargetHandle live={handles} />
        <div className={className} style={{ backgroundColor: siloColor ?? undefined }} />
        <SourceHandle live={handles} />
      </>
    );
  }
  return (
    <>
      {/* Handles sit outside the card: its clipped overflow would make their outer half unclickable. */}
      <TargetHandle live={handles} />
      <div className={className} style={{ borderLeftColor: siloColor ?? undefined }}>
        {editing ? (
          <InlineEditor
            initial={touchpoint.title}
            label="Touchpoint title"
            maxLength={LIMITS.maxTitleLength}
            onCommit={commit}
            onCancel={cancel}
          />
        ) : (
          <div className="jm-card__title" style={{ WebkitLineClamp: titleLines }} title={touchpoint.title}>
            {touchpoint.title}
          </div>
        )}
        <div className="jm-card__meta">
          <ChannelIcon channel={touchpoint.channel} />
          <span className="jm-card__intent">{INTENT_LABELS[touchpoint.intent]}</span>
          {touchpoint.initiator === 'customer' ? <span className="jm-card__initiator">Customer</span> : null}
          <span className="jm-card__spacer" />
          {touchpoint.day !== null ? <span className="jm-card__day">Day {touchpoint.day}</span> : null}
          <EmotionFace emotion={touchpoint.emotion} />
        </div>
      </div>
      <CardMarks conflict={conflict} unowned={unowned} />
      <SourceHandle live={handles} />
    </>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
