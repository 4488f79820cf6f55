import { memo, useEffect, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CHANNELS, INTENTS, LIMITS, type Emotion, type Touchpoint } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { useCanvasActions } from './canvas-actions-context';
import { CHANNEL_LABELS, INTENT_LABELS, emotionOptionLabel } from './labels';
import type { CaptureValues } from './workshop-actions';
import type { CaptureDraftNode as CaptureDraftNodeType } from './workshop-types';
import { CAPTURE_FIELDS, useWorkshopView, useWorkshopViewApi, type CaptureField } from './workshop-view';

const EMOTIONS: readonly Emotion[] = [2, 1, 0, -1, -2];
const HELP_ID = 'jm-capture-help';

function valuesOf(touchpoint: Touchpoint | undefined): CaptureValues {
  return touchpoint
    ? { title: touchpoint.title, channel: touchpoint.channel, intent: touchpoint.intent, emotion: touchpoint.emotion }
    : { title: '', channel: 'other', intent: 'other', emotion: null };
}

function isEmotion(value: number): value is Emotion {
  return Number.isInteger(value) && value >= -2 && value <= 2;
}

/**
 * The fast-capture form: the next touchpoint of a cell (or the fields of a card just added with N).
 * Enter adds it and clears the form for the next one; Tab and Shift+Tab go round title, channel, intent
 * and feeling; Esc (or Enter on an empty title) stops. Pasting several lines adds one card per line.
 */
function CaptureDraftNodeView({ data }: NodeProps<CaptureDraftNodeType>) {
  const actions = useCanvasActions();
  const serial = useWorkshopView((state) => state.capture?.serial ?? 0);
  const focusField = useWorkshopView((state) => state.capture?.field ?? 'title');
  // Read with the serial from the same store, so a reopened form never sees the previous card.
  const touchpointId = useWorkshopView((state) => state.capture?.touchpointId ?? null);
  const touchpoint = useDocument((state) =>
    touchpointId === null ? undefined : state.map.touchpoints.find((tp) => tp.id === touchpointId),
  );
  const workshopView = useWorkshopViewApi();
  const [values, setValues] = useState<CaptureValues>(() => valuesOf(touchpoint));
  const [openedSerial, setOpenedSerial] = useState(serial);
  const finished = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLInputElement>(null);
  const channel = useRef<HTMLSelectElement>(null);
  const intent = useRef<HTMLSelectElement>(null);
  const emotion = useRef<HTMLSelectElement>(null);
  const fields: Record<CaptureField, { current: HTMLInputElement | HTMLSelectElement | null }> = {
    title,
    channel,
    intent,
    emotion,
  };

  // Each (re)opening starts from the card's values, or blank for the next card, with the asked-for field focused.
  if (openedSerial !== serial) {
    setOpenedSerial(serial);
    setValues(valuesOf(touchpoint));
  }
  useEffect(() => {
    finished.current = false;
    const field = { title, channel, intent, emotion }[focusField].current;
    field?.focus({ preventScroll: true });
    if (field instanceof HTMLInputElement) field.select();
  }, [serial, focusField]);

  const commit = (andNext: boolean) => {
    if (finished.current) return;
    actions.commitCapture(values, { andNext });
    finished.current = !andNext || workshopView.getState().capture === null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      commit(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finished.current = true;
      actions.stopCapture();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      const current = CAPTURE_FIELDS.findIndex((name) => fields[name].current === event.target);
      const next =
        CAPTURE_FIELDS[(current + (event.shiftKey ? -1 : 1) + CAPTURE_FIELDS.length) % CAPTURE_FIELDS.length];
      if (next) fields[next].current?.focus({ preventScroll: true });
    }
  };

  // Leaving the form (a click elsewhere) keeps what was typed, without starting another card.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && container.current?.contains(next)) return;
    if (finished.current) return;
    commit(false);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text.trim())) return;
    event.preventDefault();
    actions.addTouchpointsFromText(text, { stageId: data.stageId, siloId: data.siloId });
    actions.continueCapture({ stageId: data.stageId, siloId: data.siloId });
  };

  const mode = touchpointId === null ? 'Next touchpoint' : 'Touchpoint fields';
  return (
    <div
      ref={container}
      className="jm-capture nodrag nopan nowheel"
      role="group"
      aria-label={`${mode} in ${data.cellName}`}
      aria-describedby={HELP_ID}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      <input
        ref={title}
        className="jm-capture__title"
        aria-label="Touchpoint title"
        placeholder="Type a touchpoint, Enter"
        value={values.title}
        maxLength={LIMITS.maxTitleLength}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        onPaste={onPaste}
      />
      <div className="jm-capture__row">
        <select
          ref={channel}
          aria-label="Channel"
          value={values.channel}
          onChange={(event) => {
            const next = CHANNELS.find((candidate) => candidate === event.target.value);
            if (next) setValues({ ...values, channel: next });
          }}
        >
          {CHANNELS.map((value) => (
            <option key={value} value={value}>
              {CHANNEL_LABELS[value]}
            </option>
          ))}
        </select>
        <select
          ref={intent}
          aria-label="Intent"
          value={values.intent}
          onChange={(event) => {
            const next = INTENTS.find((candidate) => candidate === event.target.value);
            if (next) setValues({ ...values, intent: next });
          }}
        >
          {INTENTS.map((value) => (
            <option key={value} value={value}>
              {INTENT_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="jm-capture__row">
        <select
          ref={emotion}
          aria-label="Customer feeling"
          value={values.emotion === null ? '' : String(values.emotion)}
          onChange={(event) => {
            const next = Number(event.target.value);
            setValues({ ...values, emotion: event.target.value !== '' && isEmotion(next) ? next : null });
          }}
        >
          <option value="">Feeling not set</option>
          {EMOTIONS.map((value) => (
            <option key={value} value={String(value)}>
              {emotionOptionLabel(value)}
            </option>
          ))}
        </select>
        <span id={HELP_ID} className="jm-capture__help">
          Enter adds · Tab next field · Esc stops
        </span>
      </div>
    </div>
  );
}

export const CaptureDraftNode = memo(CaptureDraftNodeView);
