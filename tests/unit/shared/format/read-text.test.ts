import { describe, expect, it } from 'vitest';
import { measureUtf8, readJourneyText } from '../../../../shared/format/read-text';

describe('measureUtf8', () => {
  it('counts the bytes UTF-8 needs for each kind of character', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€', '東京']) {
      expect(measureUtf8(text), text).toEqual({
        bytes: new TextEncoder().encode(text).byteLength,
        hasLoneSurrogate: false,
        hasReplacementCharacter: false,
      });
    }
  });

  it('notices lone surrogates, high or low, anywhere', () => {
    expect(measureUtf8('a\uD800').hasLoneSurrogate).toBe(true);
    expect(measureUtf8('\uDC00a').hasLoneSurrogate).toBe(true);
    expect(measureUtf8('\uD800\uD800\uDC00').hasLoneSurrogate).toBe(true);
  });

  it('notices U+FFFD, the character a decoder leaves for bytes it could not read, and counts its 3 bytes', () => {
    expect(measureUtf8('ok \uFFFD')).toEqual({ bytes: 6, hasLoneSurrogate: false, hasReplacementCharacter: true });
    expect(measureUtf8('\uFFFE\uFFFF\uFFFC').hasReplacementCharacter).toBe(false);
  });
});

describe('readJourneyText', () => {
  it('decodes UTF-8 bytes and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"é":1}')]);
    expect(readJourneyText(bytes, 100)).toEqual({ ok: true, text: '{"é":1}' });
    expect(readJourneyText('\uFEFF{}', 100)).toEqual({ ok: true, text: '{}' });
  });

  it('checks the size before anything else', () => {
    expect(readJourneyText(new Uint8Array([0xff, 0xff]), 1)).toEqual({
      ok: false,
      failure: { code: 'too-large', bytes: 2, limitBytes: 1 },
    });
    expect(readJourneyText('\uD800\uD800', 5)).toEqual({ ok: false, failure: { code: 'too-large', bytes: 6, limitBytes: 5 } });
  });

  it('refuses text holding U+FFFD as not-utf8 (it was decoded from bad bytes), but only after the size check', () => {
    expect(readJourneyText('{"a":"\uFFFD"}', 100)).toEqual({ ok: false, failure: { code: 'not-utf8', source: 'replacement-character' } });
    expect(readJourneyText('\uFFFD\uFFFD', 5)).toEqual({ ok: false, failure: { code: 'too-large', bytes: 6, limitBytes: 5 } });
  });

  it('takes bytes EF BF BD at their word: valid UTF-8 for a real U+FFFD', () => {
    expect(readJourneyText(new Uint8Array([0x22, 0xef, 0xbf, 0xbd, 0x22]), 100)).toEqual({ ok: true, text: '"\uFFFD"' });
  });

  it('refuses overlong and truncated UTF-8 sequences', () => {
    expect(readJourneyText(new Uint8Array([0xc0, 0xaf]), 100).ok).toBe(false);
    expect(readJourneyText(new Uint8Array([0x7b, 0xe2, 0x82]), 100).ok).toBe(false);
  });
});
