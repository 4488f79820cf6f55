import { useId, useState } from 'react';
import { addHandoff, moveTouchpoint, newHandoff, removeTouchpoint, updateTouchpoint } from '../../shared/model';
import { CHANNELS, INITIATORS, INTENTS, LIMITS, type Emotion, type Touchpoint } from '../../shared/model/types';
import { CHANNEL_LABELS, INITIATOR_LABELS, INTENT_LABELS, NO_OWNER_LABEL, emotionOptionLabel } from '../canvas/labels';
import { useDocument } from '../store/document-store';
import { useViewStoreApi } from '../store/view-store';
import { NumberField, SelectField, TextField } from './fields';
import { useMapEdit } from './use-map-edit';

const NO_OWNER = '';
const NOT_SET = '';
const EMOTIONS: Emotion[] = [-2, -1, 0, 1, 2];

/** Every field of one touchpoint, plus its hand-offs. */
export function TouchpointPanel({ touchpoint }: { touchpoint: Touchpoint }) {
  const { edit, readOnly } = useMapEdit();
  const stages = useDocument((state) => state.map.stages);
  const silos = useDocument((state) => state.map.silos);
  const id = touchpoint.id;
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-touchpoint">
      <h2 id="jm-inspector-touchpoint" className="jm-inspector__title">
        Touchpoint
      </h2>
      <TextField
        label="Title"
        value={touchpoint.title}
        required
        maxLength={LIMITS.maxTitleLength}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { title: value }))}
      />
      <SelectField
        label="Stage"
        value={touchpoint.stageId}
        disabled={readOnly}
        options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
        onCommit={(value) => edit((map) => moveTouchpoint(map, id, { stageId: value, siloId: touchpoint.siloId }))}
      />
      <SelectField
        label="Owning silo"
        value={touchpoint.siloId ?? NO_OWNER}
        disabled={readOnly}
        options={[
          { value: NO_OWNER, label: NO_OWNER_LABEL },
          ...silos.map((silo) => ({ value: silo.id, label: silo.name })),
        ]}
        onCommit={(value) =>
          edit((map) =>
            moveTouchpoint(map, id, { stageId: touchpoint.stageId, siloId: value === NO_OWNER ? null : value }),
          )
        }
      />
      <SelectField
        label="Channel"
        value={touchpoint.channel}
        disabled={readOnly}
        options={CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { channel: value as Touchpoint['channel'] }))}
      />
      <SelectField
        label="Who starts it"
        value={touchpoint.initiator}
        disabled={readOnly}
        options={INITIATORS.map((initiator) => ({ value: initiator, label: INITIATOR_LABELS[initiator] }))}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { initiator: value as Touchpoint['initiator'] }))}
      />
      <SelectField
        label="Intent"
        value={touchpoint.intent}
        disabled={readOnly}
        options={INTENTS.map((intent) => ({ value: intent, label: INTENT_LABELS[intent] }))}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { intent: value as Touchpoint['intent'] }))}
      />
      <SelectField
        label="Customer emotion"
        value={touchpoint.emotion === null ? NOT_SET : String(touchpoint.emotion)}
        disabled={readOnly}
        options={[
          { value: NOT_SET, label: 'Not set' },
          ...EMOTIONS.map((emotion) => ({ value: String(emotion), label: emotionOptionLabel(emotion) })),
        ]}
        onCommit={(value) =>
          edit((map) => updateTouchpoint(map, id, { emotion: value === NOT_SET ? null : Number(value) }))
        }
      />
      <NumberField
        label="Day"
        hint="Days since the start of the journey, if known."
        integer
        value={touchpoint.day}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { day: value }))}
      />
      <TextField
        label="Description"
        multiline
        value={touchpoint.description}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateTouchpoint(map, id, { description: value }))}
      />
      <TouchpointHandoffs touchpoint={touchpoint} />
      {readOnly ? null : (
        <button
          type="button"
          className="jm-button jm-button--danger"
          onClick={() => edit((map) => removeTouchpoint(map, id))}
        >
          Delete touchpoint {touchpoint.title}
        </button>
      )}
    </section>
  );
}

function titleOf(touchpoints: readonly Touchpoint[], touchpointId: string): string {
  return touchpoints.find((tp) => tp.id === touchpointId)?.title ?? '';
}

/** The hand-offs into and out of a touchpoint, and a way to add one without dragging. */
function TouchpointHandoffs({ touchpoint }: { touchpoint: Touchpoint }) {
  const { edit, readOnly } = useMapEdit();
  const viewStore = useViewStoreApi();
  const touchpoints = useDocument((state) => state.map.touchpoints);
  const handoffs = useDocument((state) => state.map.handoffs);
  const [target, setTarget] = useState('');
  const selectId = useId();
  const related = handoffs.filter(
    (handoff) => handoff.fromTouchpointId === touchpoint.id || handoff.toTouchpointId === touchpoint.id,
  );
  const connected = new Set(related.filter((h) => h.fromTouchpointId === touchpoint.id).map((h) => h.toTouchpointId));
  const candidates = touchpoints.filter((tp) => tp.id !== touchpoint.id && !connected.has(tp.id));
  return (
    <section className="jm-inspector__section" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`} className="jm-inspector__subtitle">
        Hand-offs
      </h3>
      {related.length === 0 ? <p className="jm-inspector__note">No hand-offs yet.</p> : null}
      <ul className="jm-inspector__list">
        {related.map((handoff) => {
          const outgoing = handoff.fromTouchpointId === touchpoint.id;
          const other = titleOf(touchpoints, outgoing ? handoff.toTouchpointId : handoff.fromTouchpointId);
          return (
            <li key={handoff.id}>
              <button
                type="button"
                className="jm-link-button"
                onClick={() => viewStore.getState().select({ kind: 'handoff', ids: [handoff.id] })}
              >
                {outgoing ? `To ${other}` : `From ${other}`}
                {handoff.label ? `: ${handoff.label}` : ''}
              </button>
            </li>
          );
        })}
      </ul>
      {readOnly || candidates.length === 0 ? null : (
        <div className="jm-inline-form">
          <label className="jm-field__label" htmlFor={selectId}>
            Hand off to
          </label>
          <select
            id={selectId}
            className="jm-field__input"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value="">Choose a touchpoint…</option>
            {candidates.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="jm-button"
            disabled={target === ''}
            onClick={() => {
              const handoff = newHandoff(touchpoint.id, target);
              edit((current) => addHandoff(current, handoff));
              setTarget('');
            }}
          >
            Add hand-off
          </button>
        </div>
      )}
    </section>
  );
}
