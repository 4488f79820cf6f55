import { type Finding, type StageBadge, statusLabel } from '../../shared/analysis';
import type { Metric, Touchpoint } from '../../shared/model/types';
import { CHANNEL_LABELS, DIRECTION_LABELS, INITIATOR_LABELS, INTENT_LABELS, emotionOptionLabel } from '../canvas/labels';
import type { BadgeText, MetricState } from './print-blocks';

/** A stage badge in words, e.g. "Critical: Split: Sales, Billing", or "OK" for a stage with no finding. */
export function badgeText(badge: StageBadge): BadgeText {
  const status = statusLabel(badge.status);
  return { status: badge.status, text: badge.status === 'ok' ? status : `${status}: ${badge.label}` };
}

/** A touchpoint's channel, intent, initiator, feeling and day in one line. */
export function touchpointMeta(touchpoint: Touchpoint): string {
  const feeling = touchpoint.emotion === null ? 'Feeling not set' : `Feels ${emotionOptionLabel(touchpoint.emotion)}`;
  const day = touchpoint.day === null ? 'Day not set' : `Day ${touchpoint.day}`;
  return [CHANNEL_LABELS[touchpoint.channel], INTENT_LABELS[touchpoint.intent], INITIATOR_LABELS[touchpoint.initiator], feeling, day].join(
    ' · ',
  );
}

/** A number with its unit: "95%", "42 days", "7". */
export function formatMetricValue(value: number, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return String(value);
  if (trimmed === '%') return `${value}%`;
  return `${value} ${trimmed}`;
}

/** Whether a metric meets its target, as the diagnosis judged it (`metric-off-target`). */
export function metricState(metric: Metric, findings: readonly Finding[]): MetricState {
  if (metric.target === null) return 'no-target';
  if (metric.current === null) return 'not-measured';
  const off = findings.some((finding) => finding.code === 'metric-off-target' && finding.subject.id === metric.id);
  return off ? 'off-target' : 'on-target';
}

const METRIC_STATE_TEXT: Record<MetricState, string> = {
  'on-target': 'On target',
  'off-target': 'Off target',
  'no-target': 'No target set',
  'not-measured': 'Not measured yet',
};

/** The words for a metric's state. */
export function metricStateText(state: MetricState): string {
  return METRIC_STATE_TEXT[state];
}

/** A metric's unit, target, current value and direction in one line. */
export function metricValues(metric: Metric): string {
  const value = (number: number | null): string => (number === null ? 'not set' : formatMetricValue(number, metric.unit));
  const unit = metric.unit.trim() === '' ? 'none' : metric.unit.trim();
  return `Unit: ${unit} · Target: ${value(metric.target)} · Current: ${value(metric.current)} · ${DIRECTION_LABELS[metric.direction]}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** "1 touchpoint", "3 touchpoints". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
