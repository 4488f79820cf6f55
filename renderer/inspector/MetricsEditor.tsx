import { addMetric, newMetric, removeMetric, updateMetric } from '../../shared/model';
import { METRIC_DIRECTIONS, type Metric, type Silo } from '../../shared/model/types';
import { DIRECTION_LABELS } from '../canvas/labels';
import { NumberField, SelectField, TextField } from './fields';
import { useMapEdit } from './use-map-edit';

interface MetricsEditorProps {
  stageId: string;
  stageName: string;
  metrics: readonly Metric[];
  silos: readonly Silo[];
}

/** The shared metrics of a stage ("what SCORE! means"): each with its definition, target and owners. */
export function MetricsEditor({ stageId, stageName, metrics, silos }: MetricsEditorProps) {
  const { edit, readOnly } = useMapEdit();
  return (
    <section className="jm-inspector__section" aria-labelledby={`jm-metrics-${stageId}`}>
      <h3 id={`jm-metrics-${stageId}`} className="jm-inspector__subtitle">
        Shared metrics
      </h3>
      {metrics.length === 0 ? <p className="jm-inspector__note">No shared metric for {stageName} yet.</p> : null}
      {metrics.map((metric, index) => (
        <fieldset key={metric.id} className="jm-metric">
          <legend className="jm-metric__legend">
            Metric {index + 1}: {metric.name}
          </legend>
          <TextField
            label="Metric name"
            value={metric.name}
            required
            readOnly={readOnly}
            onCommit={(value) => edit((map) => updateMetric(map, metric.id, { name: value }))}
          />
          <TextField
            label="Definition"
            multiline
            value={metric.definition}
            readOnly={readOnly}
            onCommit={(value) => edit((map) => updateMetric(map, metric.id, { definition: value }))}
          />
          <TextField
            label="Unit"
            value={metric.unit}
            readOnly={readOnly}
            onCommit={(value) => edit((map) => updateMetric(map, metric.id, { unit: value }))}
          />
          <SelectField
            label="Direction"
            value={metric.direction}
            disabled={readOnly}
            options={METRIC_DIRECTIONS.map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] }))}
            onCommit={(value) =>
              edit((map) => updateMetric(map, metric.id, { direction: value as Metric['direction'] }))
            }
          />
          <NumberField
            label="Target"
            value={metric.target}
            readOnly={readOnly}
            onCommit={(value) => edit((map) => updateMetric(map, metric.id, { target: value }))}
          />
          <NumberField
            label="Current value"
            value={metric.current}
            readOnly={readOnly}
            onCommit={(value) => edit((map) => updateMetric(map, metric.id, { current: value }))}
          />
          <fieldset className="jm-checkboxes">
            <legend>Shared by</legend>
            {silos.length === 0 ? <p className="jm-inspector__note">Add silos to share this metric.</p> : null}
            {silos.map((silo) => {
              const checked = metric.ownerSiloIds.includes(silo.id);
              return (
                <label key={silo.id} className="jm-checkbox">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={readOnly}
                    onChange={() =>
                      edit((map) =>
                        updateMetric(map, metric.id, {
                          ownerSiloIds: checked
                            ? metric.ownerSiloIds.filter((id) => id !== silo.id)
                            : [...metric.ownerSiloIds, silo.id],
                        }),
                      )
                    }
                  />
                  {silo.name}
                </label>
              );
            })}
          </fieldset>
          {readOnly ? null : (
            <button
              type="button"
              className="jm-button jm-button--danger"
              onClick={() => edit((map) => removeMetric(map, metric.id))}
            >
              Remove metric {metric.name}
            </button>
          )}
        </fieldset>
      ))}
      {readOnly ? null : (
        <button type="button" className="jm-button" onClick={() => edit((map) => addMetric(map, stageId, newMetric()))}>
          Add metric
        </button>
      )}
    </section>
  );
}
