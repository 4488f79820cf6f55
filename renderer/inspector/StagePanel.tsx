import { removeStage, updateStage } from '../../shared/model';
import { LIMITS, type Silo, type Stage } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { MetricsEditor } from './MetricsEditor';
import { SelectField, TextField } from './fields';
import { useMapEdit } from './use-map-edit';

const NO_SILO = '';

/** Every field of one stage: name, description, customer goal, accountable silo and shared metrics. */
export function StagePanel({ stage, silos }: { stage: Stage; silos: readonly Silo[] }) {
  const { edit, readOnly } = useMapEdit();
  const position = useDocument((state) => state.map.stages.findIndex((other) => other.id === stage.id) + 1);
  const count = useDocument((state) => state.map.stages.length);
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-stage">
      <h2 id="jm-inspector-stage" className="jm-inspector__title">
        Stage {position} of {count}
      </h2>
      <TextField
        label="Stage name"
        value={stage.name}
        required
        maxLength={LIMITS.maxNameLength}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateStage(map, stage.id, { name: value }))}
      />
      <TextField
        label="Description"
        multiline
        value={stage.description}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateStage(map, stage.id, { description: value }))}
      />
      <TextField
        label="Customer goal"
        hint="What the customer is trying to do in this stage."
        multiline
        value={stage.customerGoal}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateStage(map, stage.id, { customerGoal: value }))}
      />
      <SelectField
        label="Accountable silo"
        hint="The one silo accountable for the whole stage."
        value={stage.accountableSiloId ?? NO_SILO}
        disabled={readOnly}
        options={[
          { value: NO_SILO, label: 'None agreed yet' },
          ...silos.map((silo) => ({ value: silo.id, label: silo.name })),
        ]}
        onCommit={(value) =>
          edit((map) => updateStage(map, stage.id, { accountableSiloId: value === NO_SILO ? null : value }))
        }
      />
      <MetricsEditor stageId={stage.id} stageName={stage.name} metrics={stage.metrics} silos={silos} />
      {readOnly ? null : (
        <button
          type="button"
          className="jm-button jm-button--danger"
          onClick={() => edit((map) => removeStage(map, stage.id))}
        >
          Delete stage {stage.name}
        </button>
      )}
    </section>
  );
}
