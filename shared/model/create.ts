import { createId } from './ids';
import { NOTE_PALETTE, nextSiloColor } from './palette';
import type { Comment, CommentTarget, Handoff, JourneyMap, Metric, Note, Silo, Stage, Touchpoint } from './types';

export const DEFAULT_MAP_TITLE = 'Untitled journey map';

/** A new map with no stages, silos or touchpoints. `now` defaults to the current time. */
export function createEmptyMap(options: { title?: string; now?: string } = {}): JourneyMap {
  const now = options.now ?? new Date().toISOString();
  const title = options.title?.trim().slice(0, 200).trim();
  return {
    id: createId('map'),
    title: title && title.length > 0 ? title : DEFAULT_MAP_TITLE,
    customer: { name: '', description: '' },
    intendedMemory: '',
    createdAt: now,
    updatedAt: now,
    silos: [],
    stages: [],
    touchpoints: [],
    handoffs: [],
    notes: [],
    comments: [],
    alignment: null,
  };
}

/** A new stage with an empty description, no accountable silo and no metrics. */
export function newStage(fields: Partial<Stage> = {}): Stage {
  return {
    id: createId('stage'),
    name: 'New stage',
    description: '',
    customerGoal: '',
    accountableSiloId: null,
    metrics: [],
    ...fields,
  };
}

/** A new silo whose colour is the first palette colour not yet used by the map's silos. */
export function newSilo(map: Pick<JourneyMap, 'silos'>, fields: Partial<Silo> = {}): Silo {
  return {
    id: createId('silo'),
    name: 'New silo',
    color: nextSiloColor(map.silos.map((silo) => silo.color)),
    lead: '',
    ...fields,
  };
}

/** A new company-initiated touchpoint in the given cell, with no emotion or day yet. */
export function newTouchpoint(fields: Pick<Touchpoint, 'stageId' | 'siloId'> & Partial<Touchpoint>): Touchpoint {
  return {
    id: createId('tp'),
    title: 'New touchpoint',
    channel: 'other',
    initiator: 'company',
    intent: 'other',
    emotion: null,
    day: null,
    description: '',
    ...fields,
  };
}

/** A new higher-is-better metric with no target, value or owners yet. */
export function newMetric(fields: Partial<Metric> = {}): Metric {
  return {
    id: createId('metric'),
    name: 'New metric',
    definition: '',
    unit: '',
    direction: 'higher-is-better',
    target: null,
    current: null,
    ownerSiloIds: [],
    ...fields,
  };
}

/** A new yellow sticky note, in the parking lot unless a stage is given. */
export function newNote(fields: Partial<Note> = {}): Note {
  return { id: createId('note'), text: '', color: NOTE_PALETTE[0], stageId: null, ...fields };
}

/** A new open comment on the given target; `createdAt` defaults to the current time. */
export function newComment(
  fields: { text: string; author: string; target?: CommentTarget } & Partial<Comment>,
): Comment {
  return {
    id: createId('comment'),
    createdAt: new Date().toISOString(),
    resolved: false,
    target: { kind: 'map', id: null },
    ...fields,
  };
}

/** A new hand-off between two touchpoints, unlabelled and not yet owned. */
export function newHandoff(fromTouchpointId: string, toTouchpointId: string, fields: Partial<Handoff> = {}): Handoff {
  return { id: createId('handoff'), fromTouchpointId, toTouchpointId, label: '', ownerSiloId: null, ...fields };
}
