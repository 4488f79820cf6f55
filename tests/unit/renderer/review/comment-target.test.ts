import { describe, expect, it } from 'vitest';
import { commentTargetFor, commentTargetLabel, formatCommentTime } from '../../../../renderer/review/comment-target';
import { fixtureMap } from '../analysis/diagnosis-fixture';

const map = fixtureMap();

describe('comment targets', () => {
  it('is the one selected stage or touchpoint, else the whole map', () => {
    expect(commentTargetFor(map, { kind: 'stage', ids: ['stage-buy'] })).toEqual({ kind: 'stage', id: 'stage-buy' });
    expect(commentTargetFor(map, { kind: 'touchpoint', ids: ['tp-fnol'] })).toEqual({ kind: 'touchpoint', id: 'tp-fnol' });
    expect(commentTargetFor(map, null)).toEqual({ kind: 'map', id: null });
    expect(commentTargetFor(map, { kind: 'touchpoint', ids: ['tp-fnol', 'tp-ad'] })).toEqual({ kind: 'map', id: null });
    expect(commentTargetFor(map, { kind: 'silo', ids: ['silo-claims'] })).toEqual({ kind: 'map', id: null });
    expect(commentTargetFor(map, { kind: 'stage', ids: ['stage-gone'] })).toEqual({ kind: 'map', id: null });
  });

  it('names the target in words', () => {
    expect(commentTargetLabel(map, { kind: 'map', id: null })).toBe('the whole map');
    expect(commentTargetLabel(map, { kind: 'stage', id: 'stage-buy' })).toBe('stage Quote & buy');
    expect(commentTargetLabel(map, { kind: 'touchpoint', id: 'tp-fnol' })).toBe('touchpoint \u201cFirst notice of loss\u201d');
    expect(commentTargetLabel(map, { kind: 'stage', id: 'stage-gone' })).toBe('a stage that was removed');
  });

  it('writes the time for people and keeps text that is not a date', () => {
    expect(formatCommentTime('2026-11-02T10:15:00.000Z', 'en-GB')).toMatch(/2 Nov 2026/);
    expect(formatCommentTime('not a date')).toBe('not a date');
  });
});
