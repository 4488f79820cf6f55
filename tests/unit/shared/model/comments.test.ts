import { describe, expect, it } from 'vitest';
import { addComment, editCommentText, removeComment, setCommentResolved } from '../../../../shared/model/comments';
import { newComment } from '../../../../shared/model/create';
import { sampleMap } from './sample-map';

describe('comments', () => {
  it('adds a comment on the map, a stage or a touchpoint', () => {
    let map = addComment(sampleMap(), newComment({ id: 'c4', text: 'Who owns this?', author: 'CFO', target: { kind: 'touchpoint', id: 't3' } }));
    map = addComment(map, newComment({ id: 'c5', text: 'Good', author: 'CFO', target: { kind: 'stage', id: 'use' } }));
    map = addComment(map, newComment({ id: 'c6', text: 'Overall', author: 'CFO' }));
    expect(map.comments.slice(3).map((comment) => comment.target)).toEqual([
      { kind: 'touchpoint', id: 't3' },
      { kind: 'stage', id: 'use' },
      { kind: 'map', id: null },
    ]);
  });

  it('refuses a target that does not exist, empty text and a clashing id', () => {
    const map = sampleMap();
    expect(addComment(map, newComment({ text: 'x', author: 'a', target: { kind: 'stage', id: 't1' } }))).toBe(map);
    expect(addComment(map, newComment({ text: 'x', author: 'a', target: { kind: 'touchpoint', id: null } }))).toBe(map);
    expect(addComment(map, newComment({ text: '  ', author: 'a' }))).toBe(map);
    expect(addComment(map, newComment({ id: 'c1', text: 'x', author: 'a' }))).toBe(map);
  });

  it('edits the text, refusing empty text', () => {
    const map = editCommentText(sampleMap(), 'c1', 'Why three silos?');
    expect(map.comments[0]?.text).toBe('Why three silos?');
    expect(editCommentText(map, 'c1', '')).toBe(map);
    expect(editCommentText(map, 'c1', 'Why three silos?')).toBe(map);
  });

  it('resolves and reopens', () => {
    const resolved = setCommentResolved(sampleMap(), 'c1', true);
    expect(resolved.comments[0]?.resolved).toBe(true);
    expect(setCommentResolved(resolved, 'c1', false).comments[0]?.resolved).toBe(false);
    expect(setCommentResolved(resolved, 'c1', true)).toBe(resolved);
  });

  it('removes a comment', () => {
    const map = removeComment(sampleMap(), 'c2');
    expect(map.comments.map((comment) => comment.id)).toEqual(['c1', 'c3']);
    expect(removeComment(map, 'c2')).toBe(map);
  });
});
