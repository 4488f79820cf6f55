import type { JourneyMap } from '../../shared/model/types';

/** The fields a change in review mode may touch: the comments, and the time stamp every edit sets. */
const REVIEW_WRITABLE_FIELDS: ReadonlySet<string> = new Set(['comments', 'updatedAt']);

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * True when `after` differs from `before` in nothing but its comments (and `updatedAt`): the only change
 * review mode allows. Unchanged parts are usually the same objects, so the deep comparison rarely runs.
 */
export function changesOnlyComments(before: JourneyMap, after: JourneyMap): boolean {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (REVIEW_WRITABLE_FIELDS.has(field)) continue;
    if (!sameValue(before[field as keyof JourneyMap], after[field as keyof JourneyMap])) return false;
  }
  return true;
}
