import { createId } from '../model/ids';
import type { Channel, Emotion, Handoff, Initiator, Intent, JourneyMap, Metric, MetricDirection, Touchpoint } from '../model/types';

/** A starting point offered by "New from template". */
export interface JourneyTemplate {
  id: string;
  name: string;
  description: string;
  /** Builds a fresh map: a new map id and `now` as its times; every id inside is stable. */
  create(now: string): JourneyMap;
}

/** The parts of a template map that differ between templates. */
export type TemplateContent = Omit<JourneyMap, 'id' | 'createdAt' | 'updatedAt'>;

/** Wraps template content into a map with a fresh map id, created and updated `now`. */
export function templateMap(now: string, content: TemplateContent): JourneyMap {
  return { id: createId('map'), createdAt: now, updatedAt: now, ...content };
}

interface TouchpointSpec {
  id: string;
  stageId: string;
  siloId: string | null;
  title: string;
  channel: Channel;
  initiator: Initiator;
  intent: Intent;
  emotion?: Emotion | null;
  day?: number | null;
  description?: string;
}

/** A touchpoint with no emotion, day or description unless given. */
export function touchpoint(spec: TouchpointSpec): Touchpoint {
  return { emotion: null, day: null, description: '', ...spec };
}

interface MetricSpec {
  id: string;
  name: string;
  definition: string;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  current: number | null;
  ownerSiloIds: string[];
}

/** A shared metric (kept as a function so every map gets its own arrays). */
export function metric(spec: MetricSpec): Metric {
  return { ...spec, ownerSiloIds: [...spec.ownerSiloIds] };
}

/** A hand-off from one touchpoint to another. */
export function handoff(
  id: string,
  fromTouchpointId: string,
  toTouchpointId: string,
  label: string,
  ownerSiloId: string | null,
): Handoff {
  return { id, fromTouchpointId, toTouchpointId, label, ownerSiloId };
}
