import { describe, expect, it } from 'vitest';
import { describeFileFailure, FILE_ERROR_CODES, invalidFailure, type FileFailure } from '../../../../shared/format/errors';

const oneOfEach: FileFailure[] = [
  { code: 'too-large', bytes: 30_000_000, limitBytes: 20_000_000 },
  { code: 'not-utf8', source: 'bytes' },
  { code: 'not-json', location: { line: 2, column: 7 }, empty: false },
  { code: 'too-deep', limit: 64 },
  { code: 'not-a-journeymap', reason: 'no-format-marker' },
  { code: 'version-too-new', fileVersion: 3, appVersion: 1 },
  invalidFailure(['touchpoints[3].stageId: no stage "st-9"']),
];

describe('describeFileFailure', () => {
  it('gives every code a plain message that starts like a sentence and ends with a full stop', () => {
    expect(oneOfEach.map((failure) => failure.code)).toEqual([...FILE_ERROR_CODES]);
    for (const failure of oneOfEach) {
      const { code, message } = describeFileFailure(failure);
      expect(code).toBe(failure.code);
      expect(message).toMatch(/^This (file|map|journey map) /);
      expect(message.split('\n')[0]).toMatch(/[.:]$/);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
    }
  });

  it('writes the spec examples word for word', () => {
    expect(describeFileFailure({ code: 'too-large', bytes: 23_400_000, limitBytes: 20_000_000 }).message).toBe(
      'This file is too large to open (23.4 MB). Journey maps can be up to 20 MB.',
    );
    expect(describeFileFailure({ code: 'version-too-new', fileVersion: 3, appVersion: 1 }).message).toBe(
      'This map was made with a newer version of Journey Map (file format 3). This app reads format 1 and older. The file was not changed.',
    );
  });

  it('lists at most five problems and counts the rest, singular or plural', () => {
    const six = invalidFailure(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(describeFileFailure(six).message.split('\n').slice(1)).toEqual(['- a', '- b', '- c', '- d', '- e', '- and 1 more problem.']);
    const many = invalidFailure(['a', 'b', 'c', 'd', 'e'], 40);
    expect(describeFileFailure(many).message.endsWith('- and 35 more problems.')).toBe(true);
  });

  it('counts a megabyte as 1,000,000 bytes, so the limit reads "20 MB" and one byte over is "just over 20 MB"', () => {
    expect(describeFileFailure({ code: 'too-large', bytes: 20_000_001, limitBytes: 20_000_000 }).message).toBe(
      'This file is too large to open (just over 20 MB). Journey maps can be up to 20 MB.',
    );
    expect(describeFileFailure({ code: 'too-large', bytes: 20 * 1024 * 1024 + 1, limitBytes: 20_000_000 }).message).toBe(
      'This file is too large to open (21.0 MB). Journey maps can be up to 20 MB.',
    );
  });

  it('names a version too large to write out without printing "Infinity"', () => {
    const { message } = describeFileFailure({ code: 'version-too-new', fileVersion: Number.POSITIVE_INFINITY, appVersion: 1 });
    expect(message).toBe(
      'This map was made with a newer version of Journey Map (its file format number is too large to show). This app reads format 1 and older. The file was not changed.',
    );
  });

  it('distinguishes broken text from broken bytes, and an empty file from bad JSON', () => {
    expect(describeFileFailure({ code: 'not-utf8', source: 'text' }).message).toMatch(/broken characters/);
    expect(describeFileFailure({ code: 'not-utf8', source: 'replacement-character' }).message).toMatch(/could not be read as characters/);
    expect(describeFileFailure({ code: 'not-json', location: null, empty: true }).message).toMatch(/empty/);
    expect(describeFileFailure({ code: 'not-json', location: null, empty: false }).message).toBe(
      'This file is damaged or is not a journey map: its text is not valid JSON.',
    );
  });
});
