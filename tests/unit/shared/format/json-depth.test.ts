import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth } from '../../../../shared/format/json-depth';

describe('exceedsJsonDepth', () => {
  it('counts objects and arrays alike, up to and over the limit', () => {
    expect(exceedsJsonDepth('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(exceedsJsonDepth('[]'.repeat(1000), 1)).toBe(false);
  });

  it('ignores brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(exceedsJsonDepth('["[[[[", "\\"[[[[", "\\\\"]', 1)).toBe(false);
    expect(exceedsJsonDepth('["\\\\", [[]]]', 2)).toBe(true);
  });

  it('works on malformed text: unbalanced closers never lower the count below zero', () => {
    expect(exceedsJsonDepth(']]]]]][[[', 2)).toBe(true);
    expect(exceedsJsonDepth('[[[ "unterminated', 3)).toBe(false);
  });

  it('scans a million levels without recursion', () => {
    expect(exceedsJsonDepth('['.repeat(1_000_000), 64)).toBe(true);
  });
});
