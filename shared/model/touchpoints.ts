import { insertAt, mapKeep, patchKeep, sameItems } from './arrays';
import { removeTouchpointsWithDependents } from './cascade';
import { cleanDay, cleanEmotion, contextOf, sanitizeTouchpoint } from './sanitize';
import { cleanOptionalText, cleanRequiredText } from './text-limits';
import { CHANNELS, INITIATORS, INTENTS, LIMITS, type JourneyMap, type Touchpoint } from './types';
import { itemsById } from './by-id';

/** One cell of the grid: a stage (column) and a silo lane, or the unowned lane when `siloId` is null. */
export interface Cell {
  stageId: string;
  siloId: string | null;
}

/** Where cards land in a cell: before `beforeTouchpointId`, or at the end of the cell when it is null or absent. */
export interface CellPlacement extends Cell {
  beforeTouchpointId?: string | null;
}

/** The editable fields of a touchpoint; values outside the spec's domains are clamped or ignored. */
export interface TouchpointFields {
  title?: string;
  channel?: Touchpoint['channel'];
  initiator?: Touchpoint['initiator'];
  intent?: Touchpoint['intent'];
  emotion?: number | null;
  day?: number | null;
  description?: string;
}

/** True when the touchpoint sits in the cell. */
export function isInCell(touchpoint: Touchpoint, cell: Cell): boolean {
  return touchpoint.stageId === cell.stageId && touchpoint.siloId === cell.siloId;
}

/** The cards of one cell, in their display order (their array order). */
export function cellTouchpoints(map: JourneyMap, cell: Cell): Touchpoint[] {
  return map.touchpoints.filter((touchpoint) => isInCell(touchpoint, cell));
}

function cellExists(map: JourneyMap, cell: Cell): boolean {
  return (
    map.stages.some((stage) => stage.id === cell.stageId) &&
    (cell.siloId === null || map.silos.some((silo) => silo.id === cell.siloId))
  );
}

/** The array index after the last card of the cell, or -1 when the cell is empty. */
function indexAfterCell(touchpoints: readonly Touchpoint[], cell: Cell): number {
  for (let i = touchpoints.length - 1; i >= 0; i--) {
    const touchpoint = touchpoints[i];
    if (touchpoint !== undefined && isInCell(touchpoint, cell)) return i + 1;
  }
  return -1;
}

/**
 * Adds a touchpoint to its cell at `indexInCell` among that cell's cards (default: last). Refused when
 * its id clashes, its title is empty, its stage or silo does not exist, or the touchpoint limit is reached.
 */
export function addTouchpoint(map: JourneyMap, touchpoint: Touchpoint, indexInCell?: number): JourneyMap {
  if (map.touchpoints.length >= LIMITS.maxTouchpoints) return map;
  const clean = sanitizeTouchpoint(touchpoint, contextOf(map));
  if (clean === null) return map;
  const cards = cellTouchpoints(map, clean);
  const before = indexInCell === undefined ? undefined : cards[Math.max(0, Math.trunc(indexInCell))];
  let at: number;
  if (before !== undefined) at = map.touchpoints.indexOf(before);
  else {
    const after = indexAfterCell(map.touchpoints, clean);
    at = after === -1 ? map.touchpoints.length : after;
  }
  return { ...map, touchpoints: insertAt(map.touchpoints, at, clean) };
}

/** Updates a touchpoint's text and attributes, clamping emotion to −2…2 and rounding days. */
export function updateTouchpoint(map: JourneyMap, touchpointId: string, fields: TouchpointFields): JourneyMap {
  const patch: Partial<Touchpoint> = {};
  if (fields.title !== undefined) patch.title = cleanRequiredText(fields.title, LIMITS.maxTitleLength) ?? undefined;
  if (CHANNELS.includes(fields.channel as Touchpoint['channel'])) patch.channel = fields.channel;
  if (INITIATORS.includes(fields.initiator as Touchpoint['initiator'])) patch.initiator = fields.initiator;
  if (INTENTS.includes(fields.intent as Touchpoint['intent'])) patch.intent = fields.intent;
  if (fields.emotion === null) patch.emotion = null;
  else if (typeof fields.emotion === 'number') patch.emotion = cleanEmotion(fields.emotion) ?? undefined;
  if (fields.day === null) patch.day = null;
  else if (typeof fields.day === 'number') patch.day = cleanDay(fields.day) ?? undefined;
  if (fields.description !== undefined) patch.description = cleanOptionalText(fields.description) ?? undefined;
  const touchpoints = mapKeep(map.touchpoints, (tp) => (tp.id === touchpointId ? patchKeep(tp, patch) : tp));
  return touchpoints === map.touchpoints ? map : { ...map, touchpoints };
}

/**
 * Gives a touchpoint to another silo, or to nobody, without moving it: its stage and its place in the
 * touchpoints array stay (array order decides which end of a conflicting pair comes first, so a move would
 * shift findings between stages). Refused when the silo does not exist; the same map when nothing changes.
 */
export function setTouchpointSilo(map: JourneyMap, touchpointId: string, siloId: string | null): JourneyMap {
  if (siloId !== null && !map.silos.some((silo) => silo.id === siloId)) return map;
  const touchpoints = mapKeep(map.touchpoints, (tp) => (tp.id === touchpointId && tp.siloId !== siloId ? { ...tp, siloId } : tp));
  return touchpoints === map.touchpoints ? map : { ...map, touchpoints };
}

/**
 * Moves cards to a cell, keeping their relative order, before `beforeTouchpointId` or at the end of
 * the cell. Moving a card to another lane changes its owner; to another column, its stage.
 * Refused when the cell does not exist; the same map when nothing moves.
 */
export function moveTouchpoints(map: JourneyMap, touchpointIds: readonly string[], placement: CellPlacement): JourneyMap {
  const cell: Cell = { stageId: placement.stageId, siloId: placement.siloId };
  if (!cellExists(map, cell)) return map;
  const ids = new Set(touchpointIds);
  const firstMoving = map.touchpoints.findIndex((tp) => ids.has(tp.id));
  if (firstMoving === -1) return map;

  const anchorIndex = placement.beforeTouchpointId
    ? map.touchpoints.findIndex((tp) => tp.id === placement.beforeTouchpointId && isInCell(tp, cell))
    : -1;
  const anchor =
    anchorIndex === -1
      ? undefined
      : map.touchpoints.slice(anchorIndex).find((tp) => isInCell(tp, cell) && !ids.has(tp.id));

  const rest: Touchpoint[] = [];
  const moved: Touchpoint[] = [];
  let restBeforeFirstMoving = 0;
  map.touchpoints.forEach((tp, index) => {
    if (ids.has(tp.id)) moved.push(isInCell(tp, cell) ? tp : { ...tp, stageId: cell.stageId, siloId: cell.siloId });
    else {
      rest.push(tp);
      if (index < firstMoving) restBeforeFirstMoving++;
    }
  });

  let at: number;
  if (anchor !== undefined) at = rest.indexOf(anchor);
  else {
    const after = indexAfterCell(rest, cell);
    at = after === -1 ? restBeforeFirstMoving : after;
  }
  const touchpoints = insertAt(rest, at, ...moved);
  return sameItems(touchpoints, map.touchpoints) ? map : { ...map, touchpoints };
}

/** Moves one card to a cell, before `beforeTouchpointId` or at the end of the cell. */
export function moveTouchpoint(map: JourneyMap, touchpointId: string, placement: CellPlacement): JourneyMap {
  return moveTouchpoints(map, [touchpointId], placement);
}

/** Moves a card to position `indexInCell` among the other cards of its own cell. */
export function reorderTouchpointInCell(map: JourneyMap, touchpointId: string, indexInCell: number): JourneyMap {
  const touchpoint = map.touchpoints.find((tp) => tp.id === touchpointId);
  if (touchpoint === undefined) return map;
  const cell: Cell = { stageId: touchpoint.stageId, siloId: touchpoint.siloId };
  const others = cellTouchpoints(map, cell).filter((tp) => tp.id !== touchpointId);
  const before = others[Math.max(0, Math.trunc(indexInCell))];
  return moveTouchpoints(map, [touchpointId], { ...cell, beforeTouchpointId: before?.id ?? null });
}

/**
 * Removes touchpoints with their hand-offs. Comments on a removed touchpoint are kept and move to its
 * stage, the nearest anchor that still exists.
 */
export function removeTouchpoints(map: JourneyMap, touchpointIds: readonly string[]): JourneyMap {
  return removeTouchpointsWithDependents(map, new Set(touchpointIds), (tp) => ({ kind: 'stage', id: tp.stageId }));
}

/** Removes one touchpoint with its hand-offs (see `removeTouchpoints`). */
export function removeTouchpoint(map: JourneyMap, touchpointId: string): JourneyMap {
  return removeTouchpoints(map, [touchpointId]);
}

function cellKey(cell: Cell): string {
  return JSON.stringify([cell.stageId, cell.siloId]);
}

/**
 * Inserts new cards at the end of their cells in one pass (cards for an empty cell go to the end of
 * the array). The caller has already checked ids, references and limits.
 */
export function appendToCells(touchpoints: readonly Touchpoint[], additions: readonly Touchpoint[]): Touchpoint[] {
  if (additions.length === 0) return touchpoints as Touchpoint[];
  const groups = new Map<string, Touchpoint[]>();
  for (const touchpoint of additions) {
    const key = cellKey(touchpoint);
    const group = groups.get(key);
    if (group) group.push(touchpoint);
    else groups.set(key, [touchpoint]);
  }
  const lastIndex = new Map<string, number>();
  touchpoints.forEach((touchpoint, index) => {
    const key = cellKey(touchpoint);
    if (groups.has(key)) lastIndex.set(key, index);
  });
  const keysAfter = new Map<number, string[]>();
  for (const [key, index] of lastIndex) keysAfter.set(index, [...(keysAfter.get(index) ?? []), key]);

  const result: Touchpoint[] = [];
  touchpoints.forEach((touchpoint, index) => {
    result.push(touchpoint);
    for (const key of keysAfter.get(index) ?? []) result.push(...(groups.get(key) ?? []));
  });
  for (const [key, group] of groups) if (!lastIndex.has(key)) result.push(...group);
  return result;
}

/**
 * The touchpoints by id (the last one wins when ids repeat), built once per touchpoints array: a map's
 * arrays are never mutated, an edit makes new ones.
 */
export function touchpointsById(touchpoints: readonly Touchpoint[]): ReadonlyMap<string, Touchpoint> {
  return itemsById(touchpoints);
}
