import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { LIMITS } from '../../shared/model/types';
import { CardMarks } from './CardMarks';
import type { CardNode } from './flow-types';
import { ChannelIcon, EmotionFace } from './icons';
import { InlineEditor } from './InlineEditor';
import { INTENT_LABELS } from './labels';
import { useInlineRename } from './use-inline-rename';
import { useIsConnectingFrom } from '../store/view-store';
import { useFarZoom } from './zoom-detail';

/** A touchpoint card: title, channel, intent, emotion, day and its diagnosis marks, with hand-off handles on its sides. */
function TouchpointNodeView({ data, selected }: NodeProps<CardNode>) {
  const { touchpoint, siloColor, titleLines, conflict, unowned } = data;
  const { editing, commit, cancel } = useInlineRename('touchpoint', touchpoint.id);
  const connectingFromHere = useIsConnectingFrom(touchpoint.id);
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
        <Handle type="target" position={Position.Left} className="jm-handle" isConnectableStart={false} />
        <div className={className} style={{ backgroundColor: siloColor ?? undefined }} />
        <Handle type="source" position={Position.Right} className="jm-handle jm-handle--source" />
      </>
    );
  }
  return (
    <>
      {/* Handles sit outside the card: its clipped overflow would make their outer half unclickable. */}
      <Handle type="target" position={Position.Left} className="jm-handle" isConnectableStart={false} />
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
      <Handle type="source" position={Position.Right} className="jm-handle jm-handle--source" />
    </>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
