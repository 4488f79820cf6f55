import { sameValue } from '../../shared/model/same-value';
import type { JourneyMap } from '../../shared/model/types';

interface Identified {
  id: string;
}

interface CollectionChanges<T extends Identified> {
  added: T[];
  removed: T[];
  /** Items present on both sides whose fields differ. */
  changed: { before: T; after: T }[];
  /** The items kept on both sides are in a different order. */
  reordered: boolean;
}

/** Renames listed one by one before the rest are only counted. */
const MAX_LISTED_RENAMES = 3;

function compareCollections<T extends Identified>(before: readonly T[], after: readonly T[]): CollectionChanges<T> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const added = after.filter((item) => !beforeById.has(item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const changed: { before: T; after: T }[] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (previous && !sameValue(previous, item)) changed.push({ before: previous, after: item });
  }
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  return { added, removed, changed, reordered: !sameValue(keptBefore, keptAfter) };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "3 touchpoints added, 1 removed, 2 changed": the noun once, on the first count. */
function countLine(noun: readonly [string, string], counts: readonly [verb: string, count: number][]): string | null {
  const parts = counts.filter(([, count]) => count > 0);
  if (parts.length === 0) return null;
  return parts
    .map(([verb, count], index) => (index === 0 ? `${plural(count, noun[0], noun[1])} ${verb}` : `${count} ${verb}`))
    .join(', ');
}

/** Lines for a collection whose items have a name: renames listed, the rest counted. */
function namedCollectionLines<T extends Identified>(
  noun: readonly [string, string],
  changes: CollectionChanges<T>,
  nameOf: (item: T) => string,
): string[] {
  const renames = changes.changed.filter(({ before, after }) => nameOf(before) !== nameOf(after));
  const otherwiseChanged = changes.changed.filter(({ before, after }) => !sameValue({ ...before, name: '' }, { ...after, name: '' }));
  const lines: string[] = [];
  const counts = countLine(noun, [
    ['added', changes.added.length],
    ['removed', changes.removed.length],
    ['changed', otherwiseChanged.length],
  ]);
  if (counts) lines.push(counts);
  for (const { before, after } of renames.slice(0, MAX_LISTED_RENAMES)) {
    lines.push(`${noun[0]} “${nameOf(before)}” renamed to “${nameOf(after)}”`);
  }
  const unlisted = renames.length - MAX_LISTED_RENAMES;
  if (unlisted > 0) lines.push(`${plural(unlisted, `more ${noun[0]}`, `more ${noun[1]}`)} renamed`);
  if (changes.reordered) lines.push(`${noun[1]} reordered`);
  return lines;
}

function collectionLines<T extends Identified>(noun: readonly [string, string], changes: CollectionChanges<T>, withOrder: boolean): string[] {
  const counts = countLine(noun, [
    ['added', changes.added.length],
    ['removed', changes.removed.length],
    ['changed', changes.changed.length],
  ]);
  const lines = counts ? [counts] : [];
  if (withOrder && changes.reordered) lines.push(`${noun[1]} reordered`);
  return lines;
}

/** "4 stages, 3 silos, 12 touchpoints": what a map holds, for a draft with nothing to compare with. */
function contentsLine(map: JourneyMap): string {
  const parts = [
    plural(map.stages.length, 'stage'),
    plural(map.silos.length, 'silo'),
    plural(map.touchpoints.length, 'touchpoint'),
  ];
  if (map.handoffs.length > 0) parts.push(plural(map.handoffs.length, 'hand-off'));
  if (map.notes.length > 0) parts.push(plural(map.notes.length, 'note'));
  return parts.join(', ');
}

/**
 * What a draft changes compared with the saved map, as short plain lines for the recovery dialog, e.g.
 * "Title changed from “A” to “B”", "3 touchpoints added, 1 removed, 2 changed",
 * "Stage “Onboard” renamed to “Welcome”". `updatedAt` is ignored: it changes with every edit.
 */
export function summarizeDraftChanges(saved: JourneyMap | null, draft: JourneyMap): string[] {
  if (saved === null) return [`No saved version to compare with: ${contentsLine(draft)}`];
  const lines: string[] = [];
  if (saved.title !== draft.title) lines.push(`title changed from “${saved.title}” to “${draft.title}”`);
  if (!sameValue(saved.customer, draft.customer)) lines.push('customer definition changed');
  if (saved.intendedMemory !== draft.intendedMemory) lines.push('intended memory changed');
  lines.push(...namedCollectionLines(['stage', 'stages'], compareCollections(saved.stages, draft.stages), (stage) => stage.name));
  lines.push(...namedCollectionLines(['silo', 'silos'], compareCollections(saved.silos, draft.silos), (silo) => silo.name));
  lines.push(...collectionLines(['touchpoint', 'touchpoints'], compareCollections(saved.touchpoints, draft.touchpoints), true));
  lines.push(...collectionLines(['hand-off', 'hand-offs'], compareCollections(saved.handoffs, draft.handoffs), false));
  lines.push(...collectionLines(['note', 'notes'], compareCollections(saved.notes, draft.notes), false));
  lines.push(...collectionLines(['comment', 'comments'], compareCollections(saved.comments, draft.comments), false));
  if (!sameValue(saved.alignment, draft.alignment)) lines.push('stage-alignment exercise changed');
  if (saved.id !== draft.id || saved.createdAt !== draft.createdAt) lines.push('map identity changed');
  if (lines.length === 0) return ['No changes from the saved version'];
  return lines.map(capitalize);
}

/** True when the draft holds nothing the saved map lacks (only `updatedAt` may differ). */
export function draftMatchesSaved(saved: JourneyMap | null, draft: JourneyMap): boolean {
  return saved !== null && sameValue({ ...saved, updatedAt: '' }, { ...draft, updatedAt: '' });
}
