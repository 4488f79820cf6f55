import { isIsoDateTime } from './date-time';
import { collectIds, isFreshId } from './ids';
import { cleanColor, cleanOptionalText, cleanRequiredText } from './text-limits';
import {
  CHANNELS,
  COMMENT_TARGET_KINDS,
  INITIATORS,
  INTENTS,
  LIMITS,
  METRIC_DIRECTIONS,
  type Channel,
  type Comment,
  type CommentTarget,
  type Emotion,
  type Handoff,
  type Initiator,
  type Intent,
  type JourneyMap,
  type Metric,
  type MetricDirection,
  type Note,
  type Silo,
  type Stage,
  type Touchpoint,
} from './types';

/**
 * Defensive normalisers for objects entering a map (from an operation, a paste or a template).
 * Each takes an untrusted value and returns a clean object that keeps every integrity rule, or null
 * when it cannot (bad or clashing id, unknown required reference, empty required name).
 */

/** What a new object may refer to, and the ids already taken (accepted ids are added to `taken`). */
export interface SanitizeContext {
  taken: Set<string>;
  stageIds: ReadonlySet<string>;
  siloIds: ReadonlySet<string>;
}

type Fields = Record<string, unknown>;

function asFields(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/** An emotion clamped to −2…2 and rounded; null for anything that is not a finite number. */
export function cleanEmotion(value: unknown): Emotion | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(2, Math.max(-2, Math.round(value))) as Emotion;
}

/** A day number rounded to an integer; null for anything that is not a finite number. */
export function cleanDay(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const day = Math.round(value);
  return Number.isSafeInteger(day) ? day : null;
}

/** A finite metric number, or null. */
export function cleanMetricNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The channel, or `other` when the value is not a known channel. */
export const cleanChannel = (value: unknown): Channel => oneOf(CHANNELS, value, 'other');
/** The initiator, or `company` when the value is not a known initiator. */
export const cleanInitiator = (value: unknown): Initiator => oneOf(INITIATORS, value, 'company');
/** The intent, or `other` when the value is not a known intent. */
export const cleanIntent = (value: unknown): Intent => oneOf(INTENTS, value, 'other');
/** The metric direction, or `higher-is-better` when the value is not a known direction. */
export const cleanDirection = (value: unknown): MetricDirection => oneOf(METRIC_DIRECTIONS, value, 'higher-is-better');

/** Owner silo ids that exist, without duplicates, in first-seen order. */
export function cleanOwnerSiloIds(value: unknown, siloIds: ReadonlySet<string>): string[] {
  if (!Array.isArray(value)) return [];
  const owners: string[] = [];
  for (const id of value) if (typeof id === 'string' && siloIds.has(id) && !owners.includes(id)) owners.push(id);
  return owners;
}

function claimId(value: unknown, taken: Set<string>): string | null {
  if (!isFreshId(value, taken)) return null;
  taken.add(value);
  return value;
}

function existingOrNull(value: unknown, ids: ReadonlySet<string>): string | null {
  return typeof value === 'string' && ids.has(value) ? value : null;
}

/** A clean silo, or null. */
export function sanitizeSilo(value: unknown, context: SanitizeContext, fallbackColor: string): Silo | null {
  const fields = asFields(value);
  if (!fields) return null;
  const name = cleanRequiredText(fields.name, LIMITS.maxNameLength);
  if (name === null) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return { id, name, color: cleanColor(fields.color) ?? fallbackColor, lead: cleanOptionalText(fields.lead) ?? '' };
}

/** A clean metric (owners that do not exist are dropped), or null. */
export function sanitizeMetric(value: unknown, context: SanitizeContext): Metric | null {
  const fields = asFields(value);
  if (!fields) return null;
  const name = cleanRequiredText(fields.name, LIMITS.maxNameLength);
  if (name === null) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return {
    id,
    name,
    definition: cleanOptionalText(fields.definition) ?? '',
    unit: cleanOptionalText(fields.unit) ?? '',
    direction: cleanDirection(fields.direction),
    target: cleanMetricNumber(fields.target),
    current: cleanMetricNumber(fields.current),
    ownerSiloIds: cleanOwnerSiloIds(fields.ownerSiloIds, context.siloIds),
  };
}

/** A clean stage with clean metrics (an unknown accountable silo becomes null), or null. */
export function sanitizeStage(value: unknown, context: SanitizeContext): Stage | null {
  const fields = asFields(value);
  if (!fields) return null;
  const name = cleanRequiredText(fields.name, LIMITS.maxNameLength);
  if (name === null) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  const metrics: Metric[] = [];
  for (const raw of Array.isArray(fields.metrics) ? fields.metrics : []) {
    const metric = sanitizeMetric(raw, context);
    if (metric === null) return null;
    metrics.push(metric);
  }
  return {
    id,
    name,
    description: cleanOptionalText(fields.description) ?? '',
    customerGoal: cleanOptionalText(fields.customerGoal) ?? '',
    accountableSiloId: existingOrNull(fields.accountableSiloId, context.siloIds),
    metrics,
  };
}

/** A clean touchpoint, or null when its stage or (non-null) silo does not exist. */
export function sanitizeTouchpoint(value: unknown, context: SanitizeContext): Touchpoint | null {
  const fields = asFields(value);
  if (!fields) return null;
  const title = cleanRequiredText(fields.title, LIMITS.maxTitleLength);
  if (title === null) return null;
  if (typeof fields.stageId !== 'string' || !context.stageIds.has(fields.stageId)) return null;
  const siloId = fields.siloId ?? null;
  if (siloId !== null && (typeof siloId !== 'string' || !context.siloIds.has(siloId))) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return {
    id,
    title,
    stageId: fields.stageId,
    siloId,
    channel: cleanChannel(fields.channel),
    initiator: cleanInitiator(fields.initiator),
    intent: cleanIntent(fields.intent),
    emotion: cleanEmotion(fields.emotion),
    day: cleanDay(fields.day),
    description: cleanOptionalText(fields.description) ?? '',
  };
}

/**
 * A clean hand-off, or null when an end is not in `touchpointIds` or both ends are the same touchpoint.
 * An owner that does not exist becomes null.
 */
export function sanitizeHandoff(
  value: unknown,
  context: SanitizeContext,
  touchpointIds: ReadonlySet<string>,
): Handoff | null {
  const fields = asFields(value);
  if (!fields) return null;
  const from = existingOrNull(fields.fromTouchpointId, touchpointIds);
  const to = existingOrNull(fields.toTouchpointId, touchpointIds);
  if (from === null || to === null || from === to) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return {
    id,
    fromTouchpointId: from,
    toTouchpointId: to,
    label: cleanOptionalText(fields.label) ?? '',
    ownerSiloId: existingOrNull(fields.ownerSiloId, context.siloIds),
  };
}

/** A clean note (an unknown stage sends it to the parking lot), or null. */
export function sanitizeNote(value: unknown, context: SanitizeContext, fallbackColor: string): Note | null {
  const fields = asFields(value);
  if (!fields) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return {
    id,
    text: cleanOptionalText(fields.text) ?? '',
    color: cleanColor(fields.color) ?? fallbackColor,
    stageId: existingOrNull(fields.stageId, context.stageIds),
  };
}

/** A comment target that exists in the map (a map target always has a null id), or null. */
export function cleanCommentTarget(value: unknown, touchpointIds: ReadonlySet<string>, context: SanitizeContext): CommentTarget | null {
  const fields = asFields(value);
  if (!fields || !COMMENT_TARGET_KINDS.includes(fields.kind as CommentTarget['kind'])) return null;
  if (fields.kind === 'map') return { kind: 'map', id: null };
  const ids = fields.kind === 'stage' ? context.stageIds : touchpointIds;
  const id = existingOrNull(fields.id, ids);
  return id === null ? null : { kind: fields.kind as 'stage' | 'touchpoint', id };
}

/** A clean comment with non-empty text on an existing target, or null. */
export function sanitizeComment(
  value: unknown,
  context: SanitizeContext,
  touchpointIds: ReadonlySet<string>,
): Comment | null {
  const fields = asFields(value);
  if (!fields) return null;
  const text = cleanRequiredText(fields.text, LIMITS.maxStringLength);
  const target = cleanCommentTarget(fields.target, touchpointIds, context);
  if (text === null || target === null || !isIsoDateTime(fields.createdAt)) return null;
  const id = claimId(fields.id, context.taken);
  if (id === null) return null;
  return {
    id,
    author: cleanOptionalText(fields.author) ?? '',
    createdAt: fields.createdAt,
    text,
    resolved: fields.resolved === true,
    target,
  };
}

/** The ids a new object may refer to in `map`, and every id already taken there. */
export function contextOf(map: JourneyMap): SanitizeContext {
  return {
    taken: collectIds(map),
    stageIds: new Set(map.stages.map((stage) => stage.id)),
    siloIds: new Set(map.silos.map((silo) => silo.id)),
  };
}
