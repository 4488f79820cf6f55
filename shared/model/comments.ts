import { filterKeep, mapKeep } from './arrays';
import { contextOf, sanitizeComment } from './sanitize';
import { cleanRequiredText } from './text-limits';
import { LIMITS, type Comment, type JourneyMap } from './types';

/** Adds a review comment on the map, a stage or a touchpoint; refused when the target does not exist or the text is empty. */
export function addComment(map: JourneyMap, comment: Comment): JourneyMap {
  const touchpointIds = new Set(map.touchpoints.map((tp) => tp.id));
  const clean = sanitizeComment(comment, contextOf(map), touchpointIds);
  return clean === null ? map : { ...map, comments: [...map.comments, clean] };
}

/** Replaces a comment's text; empty text is refused (remove the comment instead). */
export function editCommentText(map: JourneyMap, commentId: string, text: string): JourneyMap {
  const clean = cleanRequiredText(text, LIMITS.maxStringLength);
  if (clean === null) return map;
  const comments = mapKeep(map.comments, (comment) =>
    comment.id === commentId && comment.text !== clean ? { ...comment, text: clean } : comment,
  );
  return comments === map.comments ? map : { ...map, comments };
}

/** Marks a comment resolved (`true`) or reopens it (`false`). */
export function setCommentResolved(map: JourneyMap, commentId: string, resolved: boolean): JourneyMap {
  const comments = mapKeep(map.comments, (comment) =>
    comment.id === commentId && comment.resolved !== resolved ? { ...comment, resolved } : comment,
  );
  return comments === map.comments ? map : { ...map, comments };
}

/** Removes a comment. */
export function removeComment(map: JourneyMap, commentId: string): JourneyMap {
  const comments = filterKeep(map.comments, (comment) => comment.id !== commentId);
  return comments === map.comments ? map : { ...map, comments };
}
