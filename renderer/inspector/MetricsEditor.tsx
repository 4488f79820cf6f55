import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { addMetric, moveMetric, newMetric, removeMetric, updateMetric } from '../../shared/model';
import { METRIC_DIRECTIONS, type Metric, type Silo, type Touchpoint } from '../../shared/model/types';
import { DIRECTION_LABELS } from '../canvas/labels';
import { StatusIcon } from '../findings/DiagnosisIcons';
import { useDocument } from '../store/document-store';
import { NumberField, SelectField, TextField } from './fields';
import { metricTargetStatus, type MetricTargetState } from './metric-status';
import { useMapEdit } from './use-map-edit';

interface MetricsEditorProps {
  stageId: string;
  stageName: string;
  metrics: readonly Metric[];
  silos: readonly Silo[];
}

/** Where keyboard focus goes after the list changes: a metric's name, its move buttons, or "Add metric". */
type FocusRequest = { metricId: string; control: 'name' | 'up' | 'down' } | { metricId: null; control: 'add' };

/** The ids of the silos whose touchpoints deliver a stage. */
function deliveringSiloIds(touchpoints: readonly Touchpoint[], stageId: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const touchpoint of touchpoints) {
    if (touchpoint.stageId === stageId && touchpoint.siloId !== null) ids.add(touchpoint.siloId);
  }
  return ids;
}

/**
 * The shared metrics of a stage ("what SCORE! means"): each with its definition, unit, direction,
 * target, current value and the silos that share it, whether it is on target, and buttons to add,
 * remove and reorder. Every committed change is one undo step.
 */
export function MetricsEditor({ stageId, stageName, metrics, silos }: MetricsEditorProps) {
  const { edit, readOnly } = useMapEdit();
  const touchpoints = useDocument((state) => state.map.touchpoints);
  const delivering = useMemo(() => deliveringSiloIds(touchpoints, stageId), [touchpoints, stageId]);
  const deliveringNames = silos.filter((silo) => delivering.has(silo.id)).map((silo) => silo.name);
  const section = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  useEffect(() => {
    if (!focusRequest || !section.current) return;
    const root = section.current;
    let target: HTMLElement | null;
    if (focusRequest.metricId === null) target = root.querySelector<HTMLElement>('[data-control="add"]');
    else {
      const card = root.querySelector<HTMLElement>(`[data-metric-id="${CSS.escape(focusRequest.metricId)}"]`);
      const wanted = focusRequest.control === 'name' ? 'input' : `[data-control="${focusRequest.control}"]:not(:disabled)`;
      target = card?.querySelector<HTMLElement>(wanted) ?? card?.querySelector<HTMLElement>('[data-control]:not(:disabled)') ?? null;
    }
    target?.focus();
    setFocusRequest(null);
  }, [focusRequest, metrics]);

  const add = () => {
    const metric = newMetric();
    edit((map) => addMetric(map, stageId, metric));
    setFocusRequest({ metricId: metric.id, control: 'name' });
  };

  return (
    <section ref={section} className="jm-inspector__section" aria-labelledby={`jm-metrics-${stageId}`}>
      <h3 id={`jm-metrics-${stageId}`} className="jm-inspector__subtitle">
        Shared metrics
      </h3>
      <p className="jm-inspector__note">
        What SCORE! means for {stageName}: the metrics every silo delivering it is measured on.
        {deliveringNames.length > 0 ? ` Delivered by ${deliveringNames.join(', ')}.` : ''}
      </p>
      {metrics.length === 0 ? <p className="jm-inspector__note">No shared metric for {stageName} yet.</p> : null}
      {metrics.map((metric, index) => (
        <MetricCard
          key={metric.id}
          metric={metric}
          index={index}
          count={metrics.length}
          silos={silos}
          delivering={delivering}
          readOnly={readOnly}
          onChange={(fields) => edit((map) => updateMetric(map, metric.id, fields))}
          onMove={(offset) => {
            edit((map) => moveMetric(map, metric.id, index + offset));
            setFocusRequest({ metricId: metric.id, control: offset < 0 ? 'up' : 'down' });
          }}
          onRemove={() => {
            edit((map) => removeMetric(map, metric.id));
            setFocusRequest({ metricId: null, control: 'add' });
          }}
        />
      ))}
      {readOnly ? null : (
        <button type="button" className="jm-button" data-control="add" onClick={add}>
          Add metric
        </button>
      )}
    </section>
  );
}

const TARGET_ICON: Record<MetricTargetState, 'ok' | 'note' | 'warning' | null> = {
  'on-target': 'ok',
  'off-target': 'note',
  'no-target': 'warning',
  'no-current': null,
};

interface MetricCardProps {
  metric: Metric;
  index: number;
  count: number;
  silos: readonly Silo[];
  delivering: ReadonlySet<string>;
  readOnly: boolean;
  onChange: (fields: Parameters<typeof updateMetric>[2]) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One metric's fields, its target status and its owning silos. */
function MetricCard({ metric, index, count, silos, delivering, readOnly, onChange, onMove, onRemove }: MetricCardProps) {
  const deliversId = useId();
  const status = metricTargetStatus(metric);
  const icon = TARGET_ICON[status.state];
  const toggleOwner = (siloId: string, owned: boolean) =>
    onChange({
      ownerSiloIds: owned ? metric.ownerSiloIds.filter((id) => id !== siloId) : [...metric.ownerSiloIds, siloId],
    });
  return (
    <fieldset className="jm-metric" data-metric-id={metric.id}>
      <legend className="jm-metric__legend">
        Metric {index + 1}: {metric.name}
      </legend>
      <p className={`jm-metric__status jm-metric__status--${status.state}`}>
        {icon ? <StatusIcon status={icon} size={16} /> : null}
        {status.text}
      </p>
      <TextField
        label="Metric name"
        value={metric.name}
        required
        readOnly={readOnly}
        onCommit={(value) => onChange({ name: value })}
      />
      <TextField
        label="Definition"
        hint="What it measures and how, in words every silo agrees on."
        multiline
        value={metric.definition}
        readOnly={readOnly}
        onCommit={(value) => onChange({ definition: value })}
      />
      <TextField
        label="Unit"
        hint="For example %, min or days."
        value={metric.unit}
        readOnly={readOnly}
        onCommit={(value) => onChange({ unit: value })}
      />
      <SelectField
        label="Direction"
        value={metric.direction}
        disabled={readOnly}
        options={METRIC_DIRECTIONS.map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] }))}
        onCommit={(value) => {
          const direction = METRIC_DIRECTIONS.find((candidate) => candidate === value);
          if (direction) onChange({ direction });
        }}
      />
      <NumberField label="Target" value={metric.target} readOnly={readOnly} onCommit={(value) => onChange({ target: value })} />
      <NumberField
        label="Current value"
        value={metric.current}
        readOnly={readOnly}
        onCommit={(value) => onChange({ current: value })}
      />
      <fieldset className="jm-checkboxes">
        <legend>Owning silos</legend>
        {silos.length === 0 ? <p className="jm-inspector__note">Add silos to share this metric.</p> : null}
        {silos.map((silo) => {
          const owned = metric.ownerSiloIds.includes(silo.id);
          const delivers = delivering.has(silo.id);
          return (
            <div key={silo.id} className="jm-checkbox-row">
              <label className="jm-checkbox">
                <input
                  type="checkbox"
                  checked={owned}
                  disabled={readOnly}
                  aria-describedby={delivers ? `${deliversId}-${silo.id}` : undefined}
                  onChange={() => toggleOwner(silo.id, owned)}
                />
                {silo.name}
              </label>
              {delivers ? (
                <span id={`${deliversId}-${silo.id}`} className="jm-checkbox__hint">
                  delivers this stage
                </span>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {readOnly ? null : (
        <div className="jm-metric__actions">
          <button
            type="button"
            className="jm-button"
            data-control="up"
            disabled={index === 0}
            aria-label={`Move up ${metric.name}`}
            onClick={() => onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="jm-button"
            data-control="down"
            disabled={index === count - 1}
            aria-label={`Move down ${metric.name}`}
            onClick={() => onMove(1)}
          >
            Move down
          </button>
          <button type="button" className="jm-button jm-button--danger" onClick={onRemove}>
            Remove metric {metric.name}
          </button>
        </div>
      )}
    </fieldset>
  );
}
