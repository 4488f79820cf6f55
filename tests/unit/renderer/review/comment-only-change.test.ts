import { describe, expect, it } from 'vitest';
import { changesOnlyComments } from '../../../../renderer/review/comment-only-change';
import { addComment, newComment, renameStage, setMapTitle } from '../../../../shared/model';
import { fixtureMap } from '../analysis/diagnosis-fixture';

describe('a change that touches only the comments', () => {
  const map = fixtureMap();
  const commented = addComment(map, newComment({ text: 'Why?', author: 'Dana' }));

  it('accepts new or changed comments and a new updatedAt', () => {
    expect(changesOnlyComments(map, commented)).toBe(true);
    expect(changesOnlyComments(map, { ...commented, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(true);
    expect(changesOnlyComments(map, structuredClone(map))).toBe(true);
  });

  it('rejects any other difference, deep or shallow', () => {
    expect(changesOnlyComments(map, setMapTitle(map, 'Other'))).toBe(false);
    expect(changesOnlyComments(map, renameStage(commented, 'stage-buy', 'Buy'))).toBe(false);
    expect(changesOnlyComments(map, { ...map, extra: 1 } as typeof map)).toBe(false);
  });
});
