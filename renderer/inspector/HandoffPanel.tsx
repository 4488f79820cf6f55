import { removeHandoff, updateHandoff } from '../../shared/model';
import type { Handoff } from '../../shared/model/types';
import { NO_OWNER_LABEL } from '../canvas/labels';
import { useDocument } from '../store/document-store';
import { useViewStoreApi } from '../store/view-store';
import { SelectField, TextField } from './fields';
import { useMapEdit } from './use-map-edit';

const NO_OWNER = '';

/** One hand-off: where it goes from and to, its label and the silo accountable for it. */
export function HandoffPanel({ handoff }: { handoff: Handoff }) {
  const { edit, readOnly } = useMapEdit();
  const viewStore = useViewStoreApi();
  const silos = useDocument((state) => state.map.silos);
  const from = useDocument((state) => state.map.touchpoints.find((tp) => tp.id === handoff.fromTouchpointId));
  const to = useDocument((state) => state.map.touchpoints.find((tp) => tp.id === handoff.toTouchpointId));
  const crossSilo = from?.siloId !== to?.siloId;
  const showCard = (touchpointId: string | undefined) => {
    if (touchpointId) viewStore.getState().select({ kind: 'touchpoint', ids: [touchpointId] });
  };
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-handoff">
      <h2 id="jm-inspector-handoff" className="jm-inspector__title">
        Hand-off
      </h2>
      <dl className="jm-inspector__facts">
        <dt>From</dt>
        <dd>
          <button type="button" className="jm-link-button" onClick={() => showCard(from?.id)}>
            {from?.title ?? 'Unknown touchpoint'}
          </button>
        </dd>
        <dt>To</dt>
        <dd>
          <button type="button" className="jm-link-button" onClick={() => showCard(to?.id)}>
            {to?.title ?? 'Unknown touchpoint'}
          </button>
        </dd>
        <dt>Kind</dt>
        <dd>{crossSilo ? 'Cross-silo: the customer is passed to another silo' : 'Within one silo'}</dd>
      </dl>
      <TextField
        label="Label"
        value={handoff.label}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateHandoff(map, handoff.id, { label: value }))}
      />
      <SelectField
        label="Owner silo"
        hint="The silo accountable for this hand-off going well."
        value={handoff.ownerSiloId ?? NO_OWNER}
        disabled={readOnly}
        options={[
          { value: NO_OWNER, label: NO_OWNER_LABEL },
          ...silos.map((silo) => ({ value: silo.id, label: silo.name })),
        ]}
        onCommit={(value) =>
          edit((map) => updateHandoff(map, handoff.id, { ownerSiloId: value === NO_OWNER ? null : value }))
        }
      />
      {readOnly ? null : (
        <button
          type="button"
          className="jm-button jm-button--danger"
          onClick={() => edit((map) => removeHandoff(map, handoff.id))}
        >
          Delete hand-off
        </button>
      )}
    </section>
  );
}
