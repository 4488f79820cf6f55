import { compactAnswer, normalizeAnswer, type AnswerGroup } from '../../shared/alignment';
import { LIMITS } from '../../shared/model/types';

/** One stage on the group's agreed list, and which grouped answers it stands for. */
export interface AgreedStage {
  /** A view-only key (never saved). */
  id: string;
  name: string;
  /** The `normalizeAnswer` keys of the answer groups merged into this stage. */
  sourceKeys: string[];
}

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.maxNameLength).trim();
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Adds a stage to the end of the agreed list. A blank name is ignored; a name already on the list
 * (ignoring case) is not repeated, the groups it stands for are merged into the one already there.
 */
export function addAgreedStage(
  list: readonly AgreedStage[],
  name: string,
  sourceKeys: readonly string[],
  makeId: () => string,
): AgreedStage[] {
  const clean = cleanName(name);
  if (clean === '') return [...list];
  const existing = list.find((stage) => sameName(stage.name, clean));
  if (existing !== undefined) {
    const keys = [...new Set([...existing.sourceKeys, ...sourceKeys])];
    return list.map((stage) => (stage === existing ? { ...stage, sourceKeys: keys } : stage));
  }
  return [...list, { id: makeId(), name: clean, sourceKeys: [...new Set(sourceKeys)] }];
}

/**
 * Merges answer groups into one agreed stage named `name`. Agreed stages that stood only for some of
 * those groups are replaced by it, in the place of the first one; otherwise it goes to the end.
 */
export function mergeIntoAgreedStage(
  list: readonly AgreedStage[],
  name: string,
  sourceKeys: readonly string[],
  makeId: () => string,
): AgreedStage[] {
  const clean = cleanName(name);
  if (clean === '') return [...list];
  const keys = new Set(sourceKeys);
  const superseded = (stage: AgreedStage) =>
    !sameName(stage.name, clean) && stage.sourceKeys.length > 0 && stage.sourceKeys.every((key) => keys.has(key));
  const position = list.findIndex(superseded);
  const remaining = list.filter((stage) => !superseded(stage));
  const merged = addAgreedStage(remaining, clean, sourceKeys, makeId);
  if (position < 0 || merged.length === remaining.length) return merged;
  const added = merged.at(-1);
  if (added === undefined) return merged;
  const result = merged.slice(0, -1);
  result.splice(position, 0, added);
  return result;
}

/** Renames an agreed stage; a blank name, or one another agreed stage already has, is refused. */
export function renameAgreedStage(list: readonly AgreedStage[], id: string, name: string): AgreedStage[] {
  const clean = cleanName(name);
  if (clean === '' || list.some((stage) => stage.id !== id && sameName(stage.name, clean))) return [...list];
  return list.map((stage) => (stage.id === id ? { ...stage, name: clean } : stage));
}

/** Moves an agreed stage `offset` places (−1 up, +1 down), staying within the list. */
export function moveAgreedStage(list: readonly AgreedStage[], id: string, offset: number): AgreedStage[] {
  const from = list.findIndex((stage) => stage.id === id);
  const to = Math.min(list.length - 1, Math.max(0, from + offset));
  const moving = list[from];
  if (moving === undefined || to === from) return [...list];
  const next = list.filter((stage) => stage.id !== id);
  next.splice(to, 0, moving);
  return next;
}

/** Removes an agreed stage. */
export function removeAgreedStage(list: readonly AgreedStage[], id: string): AgreedStage[] {
  return list.filter((stage) => stage.id !== id);
}

/**
 * The agreed stage that stands for an answer group: one it was merged into (by any of the group's keys),
 * or else one named the same answer in another spelling (same `normalizeAnswer` or `compactAnswer` key).
 */
export function agreedStageForGroup(list: readonly AgreedStage[], group: Pick<AnswerGroup, 'keys' | 'joinedKeys'>): AgreedStage | undefined {
  return (
    list.find((stage) => stage.sourceKeys.some((key) => group.keys.includes(key))) ??
    list.find((stage) => group.keys.includes(normalizeAnswer(stage.name)) || group.joinedKeys.includes(compactAnswer(stage.name)))
  );
}

/** Appends existing names (e.g. the stages already on the map) to the agreed list, in order, skipping repeats. */
export function appendAgreedNames(list: readonly AgreedStage[], names: readonly string[], makeId: () => string): AgreedStage[] {
  return names.reduce<AgreedStage[]>((current, name) => addAgreedStage(current, name, [], makeId), [...list]);
}
