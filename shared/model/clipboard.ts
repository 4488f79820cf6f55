import { uniqueId } from './ids';
import { cleanChannel, cleanDay, cleanEmotion, cleanInitiator, cleanIntent, contextOf, sanitizeHandoff, sanitizeTouchpoint } from './sanitize';
import { cleanOptionalText, cleanRequiredText } from './text-limits';
import { appendToCells, type Cell } from './touchpoints';
import { LIMITS, type Handoff, type JourneyMap, type Touchpoint } from './types';

/** Marks clipboard text as ours, so pasting arbitrary text never turns into cards by accident. */
export const CLIPBOARD_KIND = 'journeymap/touchpoints';
export const CLIPBOARD_VERSION = 1;

/** Copied cards and the hand-offs between them. Ids and references are those of the source map. */
export interface ClipboardPayload {
  touchpoints: Touchpoint[];
  handoffs: Handoff[];
}

/** The map after a paste or duplicate, and the ids of the new cards (to select them). */
export interface PasteResult {
  map: JourneyMap;
  pastedIds: string[];
}

/** Copies the given cards (in map order) and the hand-offs whose both ends are among them. */
export function copySelection(map: JourneyMap, touchpointIds: readonly string[]): ClipboardPayload {
  const ids = new Set(touchpointIds);
  return {
    touchpoints: map.touchpoints.filter((tp) => ids.has(tp.id)),
    handoffs: map.handoffs.filter((handoff) => ids.has(handoff.fromTouchpointId) && ids.has(handoff.toTouchpointId)),
  };
}

/**
 * Pastes copied cards with fresh ids (hand-offs between them are remapped to the new cards).
 * With a target cell every card lands at the end of that cell, in copied order; without one each card
 * goes back to its own stage and lane, or to the first stage / the unowned lane when those no longer
 * exist. Refused (same map, no ids) when the map has no stage or a limit would be exceeded.
 */
export function pasteClipboard(map: JourneyMap, payload: ClipboardPayload, target: Cell | null): PasteResult {
  const refused: PasteResult = { map, pastedIds: [] };
  const firstStage = map.stages[0];
  if (firstStage === undefined || !Array.isArray(payload.touchpoints) || !Array.isArray(payload.handoffs)) return refused;
  if (map.touchpoints.length + payload.touchpoints.length > LIMITS.maxTouchpoints) return refused;

  const context = contextOf(map);
  const validTarget =
    target !== null && context.stageIds.has(target.stageId) && (target.siloId === null || context.siloIds.has(target.siloId))
      ? target
      : null;
  const newIdOf = new Map<string, string>();
  const pasted: Touchpoint[] = [];
  for (const source of payload.touchpoints) {
    if (typeof source !== 'object' || source === null || newIdOf.has(source.id)) continue;
    const cell: Cell = validTarget ?? {
      stageId: context.stageIds.has(source.stageId) ? source.stageId : firstStage.id,
      siloId: source.siloId !== null && context.siloIds.has(source.siloId) ? source.siloId : null,
    };
    const touchpoint = sanitizeTouchpoint({ ...source, ...cell, id: uniqueId(map, 'tp', context.taken) }, context);
    if (touchpoint === null) continue;
    newIdOf.set(source.id, touchpoint.id);
    pasted.push(touchpoint);
  }
  if (pasted.length === 0) return refused;

  const handoffs = remapHandoffs(map, payload.handoffs, newIdOf, context);
  if (map.handoffs.length + handoffs.length > LIMITS.maxHandoffs) return refused;
  return {
    map: {
      ...map,
      touchpoints: appendToCells(map.touchpoints, pasted),
      handoffs: handoffs.length === 0 ? map.handoffs : [...map.handoffs, ...handoffs],
    },
    pastedIds: pasted.map((tp) => tp.id),
  };
}

function remapHandoffs(
  map: JourneyMap,
  handoffs: readonly Handoff[],
  newIdOf: ReadonlyMap<string, string>,
  context: ReturnType<typeof contextOf>,
): Handoff[] {
  const newIds = new Set(newIdOf.values());
  const result: Handoff[] = [];
  for (const source of handoffs) {
    if (typeof source !== 'object' || source === null) continue;
    const from = newIdOf.get(source.fromTouchpointId);
    const to = newIdOf.get(source.toTouchpointId);
    if (from === undefined || to === undefined) continue;
    const handoff = sanitizeHandoff(
      { ...source, id: uniqueId(map, 'handoff', context.taken), fromTouchpointId: from, toTouchpointId: to },
      context,
      newIds,
    );
    if (handoff !== null) result.push(handoff);
  }
  return result;
}

/**
 * Duplicates cards: each copy sits right after its original in the same cell, with a fresh id;
 * hand-offs between duplicated cards are duplicated between the copies.
 */
export function duplicateTouchpoints(map: JourneyMap, touchpointIds: readonly string[]): PasteResult {
  const payload = copySelection(map, touchpointIds);
  if (payload.touchpoints.length === 0 || map.touchpoints.length + payload.touchpoints.length > LIMITS.maxTouchpoints) {
    return { map, pastedIds: [] };
  }
  const context = contextOf(map);
  const copyOf = new Map<string, Touchpoint>();
  for (const original of payload.touchpoints) {
    const id = uniqueId(map, 'tp', context.taken);
    context.taken.add(id);
    copyOf.set(original.id, { ...original, id });
  }
  const newIdOf = new Map([...copyOf].map(([id, copy]) => [id, copy.id]));
  const handoffs = remapHandoffs(map, payload.handoffs, newIdOf, context);
  if (map.handoffs.length + handoffs.length > LIMITS.maxHandoffs) return { map, pastedIds: [] };
  return {
    map: {
      ...map,
      touchpoints: map.touchpoints.flatMap((tp) => {
        const copy = copyOf.get(tp.id);
        return copy ? [tp, copy] : [tp];
      }),
      handoffs: handoffs.length === 0 ? map.handoffs : [...map.handoffs, ...handoffs],
    },
    pastedIds: [...newIdOf.values()],
  };
}

/** The clipboard text for copied cards: JSON tagged with our kind and version. */
export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify({ kind: CLIPBOARD_KIND, version: CLIPBOARD_VERSION, ...payload });
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.maxIdLength ? value : null;
}

function parseTouchpoint(value: unknown): Touchpoint | null {
  if (!isFields(value)) return null;
  const id = cleanId(value.id);
  const stageId = cleanId(value.stageId);
  const title = cleanRequiredText(value.title, LIMITS.maxTitleLength);
  if (id === null || stageId === null || title === null) return null;
  return {
    id,
    title,
    stageId,
    siloId: cleanId(value.siloId),
    channel: cleanChannel(value.channel),
    initiator: cleanInitiator(value.initiator),
    intent: cleanIntent(value.intent),
    emotion: cleanEmotion(value.emotion),
    day: cleanDay(value.day),
    description: cleanOptionalText(value.description) ?? '',
  };
}

function parseHandoff(value: unknown, touchpointIds: ReadonlySet<string>): Handoff | null {
  if (!isFields(value)) return null;
  const id = cleanId(value.id);
  const from = cleanId(value.fromTouchpointId);
  const to = cleanId(value.toTouchpointId);
  if (id === null || from === null || to === null || from === to) return null;
  if (!touchpointIds.has(from) || !touchpointIds.has(to)) return null;
  return { id, fromTouchpointId: from, toTouchpointId: to, label: cleanOptionalText(value.label) ?? '', ownerSiloId: cleanId(value.ownerSiloId) };
}

/**
 * Reads clipboard text defensively (it is untrusted): null unless it is our tagged JSON with at least
 * one usable card. Malformed cards and hand-offs are dropped; values outside the spec's domains are cleaned.
 */
export function parseClipboard(text: unknown): ClipboardPayload | null {
  if (typeof text !== 'string' || text.length > LIMITS.maxFileBytes || !text.includes(CLIPBOARD_KIND)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isFields(data) || data.kind !== CLIPBOARD_KIND || data.version !== CLIPBOARD_VERSION) return null;
  if (!Array.isArray(data.touchpoints) || data.touchpoints.length > LIMITS.maxTouchpoints) return null;
  const touchpoints: Touchpoint[] = [];
  const ids = new Set<string>();
  for (const raw of data.touchpoints) {
    const touchpoint = parseTouchpoint(raw);
    if (touchpoint === null || ids.has(touchpoint.id)) continue;
    ids.add(touchpoint.id);
    touchpoints.push(touchpoint);
  }
  if (touchpoints.length === 0) return null;
  const rawHandoffs = Array.isArray(data.handoffs) ? data.handoffs.slice(0, LIMITS.maxHandoffs) : [];
  const handoffs = rawHandoffs.flatMap((raw) => {
    const handoff = parseHandoff(raw, ids);
    return handoff === null ? [] : [handoff];
  });
  return { touchpoints, handoffs };
}

