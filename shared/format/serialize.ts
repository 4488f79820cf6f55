import type {
  Alignment,
  Comment,
  Handoff,
  JourneyFile,
  JourneyMap,
  Metric,
  Note,
  Silo,
  Stage,
  Touchpoint,
} from '../model/types';
import { FORMAT_MARKER, FORMAT_VERSION } from './version';

// Each object is rebuilt field by field in the spec's order, so the output never depends on how the
// caller's objects were assembled and never carries fields the format does not define.

function silo(value: Silo): Silo {
  return { id: value.id, name: value.name, color: value.color, lead: value.lead };
}

function metric(value: Metric): Metric {
  return {
    id: value.id,
    name: value.name,
    definition: value.definition,
    unit: value.unit,
    direction: value.direction,
    target: value.target,
    current: value.current,
    ownerSiloIds: [...value.ownerSiloIds],
  };
}

function stage(value: Stage): Stage {
  return {
    id: value.id,
    name: value.name,
    description: value.description,
    customerGoal: value.customerGoal,
    accountableSiloId: value.accountableSiloId,
    metrics: value.metrics.map(metric),
  };
}

function touchpoint(value: Touchpoint): Touchpoint {
  return {
    id: value.id,
    title: value.title,
    stageId: value.stageId,
    siloId: value.siloId,
    channel: value.channel,
    initiator: value.initiator,
    intent: value.intent,
    emotion: value.emotion,
    day: value.day,
    description: value.description,
  };
}

function handoff(value: Handoff): Handoff {
  return {
    id: value.id,
    fromTouchpointId: value.fromTouchpointId,
    toTouchpointId: value.toTouchpointId,
    label: value.label,
    ownerSiloId: value.ownerSiloId,
  };
}

function note(value: Note): Note {
  return { id: value.id, text: value.text, color: value.color, stageId: value.stageId };
}

function comment(value: Comment): Comment {
  return {
    id: value.id,
    author: value.author,
    createdAt: value.createdAt,
    text: value.text,
    resolved: value.resolved,
    target: { kind: value.target.kind, id: value.target.id },
  };
}

function alignment(value: Alignment | null): Alignment | null {
  if (value === null) return null;
  return {
    question: value.question,
    answers: value.answers.map((answer) => ({ participant: answer.participant, items: [...answer.items] })),
    agreedAt: value.agreedAt,
  };
}

/** The map as a plain object with only the format's fields, in the spec's order. */
export function toOrderedMap(map: JourneyMap): JourneyMap {
  return {
    id: map.id,
    title: map.title,
    customer: { name: map.customer.name, description: map.customer.description },
    intendedMemory: map.intendedMemory,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    silos: map.silos.map(silo),
    stages: map.stages.map(stage),
    touchpoints: map.touchpoints.map(touchpoint),
    handoffs: map.handoffs.map(handoff),
    notes: map.notes.map(note),
    comments: map.comments.map(comment),
    alignment: alignment(map.alignment),
  };
}

/**
 * Writes a map as `.journeymap` text: the spec's key order, 2-space indent, trailing newline. A U+FFFD in
 * the map (text pasted from a garbled e-mail) is written as the escape `\ufffd`, just as JSON.stringify
 * escapes lone surrogates, so the text never looks like the trace of a bad decode (see read-text.ts) and
 * `parseJourneyFile(serializeJourneyFile(map))` holds for every valid map. It can only occur inside
 * strings, so escaping it changes no value.
 */
export function serializeJourneyFile(map: JourneyMap): string {
  const file: JourneyFile = { format: FORMAT_MARKER, formatVersion: FORMAT_VERSION, map: toOrderedMap(map) };
  return `${JSON.stringify(file, null, 2).replaceAll('\uFFFD', '\\ufffd')}\n`;
}
