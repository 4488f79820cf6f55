/** What a new comment is about, and how a comment's target is named in the list. */
import type { CommentTarget, JourneyMap } from '../../shared/model/types';
import type { Selection } from '../store/view-store';

/** The target for a new comment: the one selected stage or touchpoint, else the whole map. */
export function commentTargetFor(map: JourneyMap, selection: Selection | null): CommentTarget {
  const id = selection?.ids.length === 1 ? selection.ids[0] : undefined;
  if (id !== undefined && selection?.kind === 'stage' && map.stages.some((stage) => stage.id === id)) return { kind: 'stage', id };
  if (id !== undefined && selection?.kind === 'touchpoint' && map.touchpoints.some((touchpoint) => touchpoint.id === id)) {
    return { kind: 'touchpoint', id };
  }
  return { kind: 'map', id: null };
}

/** "the whole map", "stage Quote & buy" or "touchpoint “Online quote”". */
export function commentTargetLabel(map: JourneyMap, target: CommentTarget): string {
  switch (target.kind) {
    case 'map':
      return 'the whole map';
    case 'stage': {
      const stage = map.stages.find((candidate) => candidate.id === target.id);
      return stage ? `stage ${stage.name}` : 'a stage that was removed';
    }
    case 'touchpoint': {
      const touchpoint = map.touchpoints.find((candidate) => candidate.id === target.id);
      return touchpoint ? `touchpoint \u201c${touchpoint.title}\u201d` : 'a touchpoint that was removed';
    }
  }
}

const commentTimeFormats = new Map<string, Intl.DateTimeFormat>();

function commentTimeFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = commentTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    commentTimeFormats.set(key, format);
  }
  return format;
}

/** A comment's time for people, e.g. "2 Nov 2026, 10:15"; the raw text when it is not a date. */
export function formatCommentTime(iso: string, locale?: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return commentTimeFormat(locale).format(time);
}
