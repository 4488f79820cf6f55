import { isIsoDateTime } from './date-time';
import { isHexColor } from './text-limits';
import { CHANNELS, COMMENT_TARGET_KINDS, INITIATORS, INTENTS, LIMITS, METRIC_DIRECTIONS, type JourneyMap } from './types';

const MAX_REPORTED = 100;

/**
 * Every way the map breaks the integrity rules of the `.journeymap` spec (unique ids, resolving
 * references, no self hand-off, limits, field domains), as readable messages such as
 * `touchpoints[3].stageId: no stage "st-9"`. An empty list means the map is valid. Reports at most 100.
 */
export function checkIntegrity(map: JourneyMap): string[] {
  const problems: string[] = [];
  const report = (message: string) => {
    if (problems.length < MAX_REPORTED) problems.push(message);
  };

  const seenIds = new Set<string>();
  const checkId = (path: string, id: unknown) => {
    if (typeof id !== 'string' || id.length === 0 || id.length > LIMITS.maxIdLength) {
      report(`${path}.id: must be 1–${LIMITS.maxIdLength} characters`);
    } else if (seenIds.has(id)) report(`${path}.id: "${id}" is used twice`);
    else seenIds.add(id);
  };
  const checkLength = (path: string, text: unknown, min: number, max: number) => {
    if (typeof text !== 'string' || text.length < min || text.length > max) report(`${path}: must be ${min}–${max} characters`);
  };
  const checkText = (path: string, text: unknown) => checkLength(path, text, 0, LIMITS.maxStringLength);

  const siloIds = new Set(map.silos.map((silo) => silo.id));
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  const touchpointIds = new Set(map.touchpoints.map((tp) => tp.id));
  const checkRef = (path: string, id: unknown, ids: ReadonlySet<string>, kind: string, nullable: boolean) => {
    if (id === null && nullable) return;
    if (typeof id !== 'string' || !ids.has(id)) report(`${path}: no ${kind} ${JSON.stringify(id)}`);
  };

  checkId('map', map.id);
  checkLength('title', map.title, 1, LIMITS.maxTitleLength);
  checkText('customer.name', map.customer.name);
  checkText('customer.description', map.customer.description);
  checkText('intendedMemory', map.intendedMemory);
  const checkDateTime = (path: string, value: unknown) => {
    if (!isIsoDateTime(value)) report(`${path}: must be an ISO 8601 date-time`);
  };
  checkDateTime('createdAt', map.createdAt);
  checkDateTime('updatedAt', map.updatedAt);

  if (map.stages.length > LIMITS.maxStages) report(`stages: more than ${LIMITS.maxStages}`);
  if (map.silos.length > LIMITS.maxSilos) report(`silos: more than ${LIMITS.maxSilos}`);
  if (map.touchpoints.length > LIMITS.maxTouchpoints) report(`touchpoints: more than ${LIMITS.maxTouchpoints}`);
  if (map.handoffs.length > LIMITS.maxHandoffs) report(`handoffs: more than ${LIMITS.maxHandoffs}`);

  map.silos.forEach((silo, i) => {
    const path = `silos[${i}]`;
    checkId(path, silo.id);
    checkLength(`${path}.name`, silo.name, 1, LIMITS.maxNameLength);
    if (!isHexColor(silo.color)) report(`${path}.color: must be #rrggbb`);
    checkText(`${path}.lead`, silo.lead);
  });

  map.stages.forEach((stage, i) => {
    const path = `stages[${i}]`;
    checkId(path, stage.id);
    checkLength(`${path}.name`, stage.name, 1, LIMITS.maxNameLength);
    checkText(`${path}.description`, stage.description);
    checkText(`${path}.customerGoal`, stage.customerGoal);
    checkRef(`${path}.accountableSiloId`, stage.accountableSiloId, siloIds, 'silo', true);
    stage.metrics.forEach((metric, j) => {
      const metricPath = `${path}.metrics[${j}]`;
      checkId(metricPath, metric.id);
      checkText(`${metricPath}.name`, metric.name);
      checkText(`${metricPath}.definition`, metric.definition);
      checkText(`${metricPath}.unit`, metric.unit);
      if (!METRIC_DIRECTIONS.includes(metric.direction)) report(`${metricPath}.direction: unknown direction`);
      for (const field of ['target', 'current'] as const) {
        const value = metric[field];
        if (value !== null && !Number.isFinite(value)) report(`${metricPath}.${field}: must be a number or null`);
      }
      metric.ownerSiloIds.forEach((id, k) => checkRef(`${metricPath}.ownerSiloIds[${k}]`, id, siloIds, 'silo', false));
    });
  });

  map.touchpoints.forEach((tp, i) => {
    const path = `touchpoints[${i}]`;
    checkId(path, tp.id);
    checkLength(`${path}.title`, tp.title, 1, LIMITS.maxTitleLength);
    checkRef(`${path}.stageId`, tp.stageId, stageIds, 'stage', false);
    checkRef(`${path}.siloId`, tp.siloId, siloIds, 'silo', true);
    if (!CHANNELS.includes(tp.channel)) report(`${path}.channel: unknown channel`);
    if (!INITIATORS.includes(tp.initiator)) report(`${path}.initiator: unknown initiator`);
    if (!INTENTS.includes(tp.intent)) report(`${path}.intent: unknown intent`);
    if (tp.emotion !== null && !(Number.isInteger(tp.emotion) && tp.emotion >= -2 && tp.emotion <= 2)) {
      report(`${path}.emotion: must be an integer from -2 to 2 or null`);
    }
    if (tp.day !== null && !Number.isSafeInteger(tp.day)) report(`${path}.day: must be an integer or null`);
    checkText(`${path}.description`, tp.description);
  });

  map.handoffs.forEach((handoff, i) => {
    const path = `handoffs[${i}]`;
    checkId(path, handoff.id);
    checkRef(`${path}.fromTouchpointId`, handoff.fromTouchpointId, touchpointIds, 'touchpoint', false);
    checkRef(`${path}.toTouchpointId`, handoff.toTouchpointId, touchpointIds, 'touchpoint', false);
    if (handoff.fromTouchpointId === handoff.toTouchpointId) report(`${path}: hands a touchpoint off to itself`);
    checkText(`${path}.label`, handoff.label);
    checkRef(`${path}.ownerSiloId`, handoff.ownerSiloId, siloIds, 'silo', true);
  });

  map.notes.forEach((note, i) => {
    const path = `notes[${i}]`;
    checkId(path, note.id);
    checkText(`${path}.text`, note.text);
    if (!isHexColor(note.color)) report(`${path}.color: must be #rrggbb`);
    checkRef(`${path}.stageId`, note.stageId, stageIds, 'stage', true);
  });

  map.comments.forEach((comment, i) => {
    const path = `comments[${i}]`;
    checkId(path, comment.id);
    checkText(`${path}.author`, comment.author);
    checkText(`${path}.text`, comment.text);
    checkDateTime(`${path}.createdAt`, comment.createdAt);
    if (typeof comment.resolved !== 'boolean') report(`${path}.resolved: must be true or false`);
    const { kind, id } = comment.target;
    if (!COMMENT_TARGET_KINDS.includes(kind)) report(`${path}.target.kind: unknown kind`);
    else if (kind === 'map') {
      if (id !== null) report(`${path}.target.id: a comment on the whole map has no target id`);
    } else checkRef(`${path}.target.id`, id, kind === 'stage' ? stageIds : touchpointIds, kind, false);
  });

  if (map.alignment !== null) {
    checkText('alignment.question', map.alignment.question);
    map.alignment.answers.forEach((answer, i) => {
      checkText(`alignment.answers[${i}].participant`, answer.participant);
      answer.items.forEach((item, j) => checkText(`alignment.answers[${i}].items[${j}]`, item));
    });
    if (map.alignment.agreedAt !== null) checkDateTime('alignment.agreedAt', map.alignment.agreedAt);
  }

  return problems;
}
