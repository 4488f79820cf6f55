import { removeSilo, updateSilo } from '../../shared/model';
import { LIMITS, type Silo } from '../../shared/model/types';
import { ColorField, TextField } from './fields';
import { useMapEdit } from './use-map-edit';

/** Every field of one silo: name, lane colour and lead. */
export function SiloPanel({ silo }: { silo: Silo }) {
  const { edit, readOnly } = useMapEdit();
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-silo">
      <h2 id="jm-inspector-silo" className="jm-inspector__title">
        Silo
      </h2>
      <TextField
        label="Silo name"
        value={silo.name}
        required
        maxLength={LIMITS.maxNameLength}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateSilo(map, silo.id, { name: value }))}
      />
      <ColorField
        label="Lane colour"
        value={silo.color}
        disabled={readOnly}
        onCommit={(value) => edit((map) => updateSilo(map, silo.id, { color: value }))}
      />
      <TextField
        label="Lead"
        hint="The person who speaks for this silo."
        value={silo.lead}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateSilo(map, silo.id, { lead: value }))}
      />
      {readOnly ? null : (
        <button
          type="button"
          className="jm-button jm-button--danger"
          onClick={() => edit((map) => removeSilo(map, silo.id))}
        >
          Delete silo {silo.name}
        </button>
      )}
    </section>
  );
}
