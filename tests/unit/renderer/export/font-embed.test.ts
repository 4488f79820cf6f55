import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, preferredFontUrl, rangeCoversAny } from '../../../../renderer/export/font-embed';

describe('embedding the bundled fonts', () => {
  it('reads unicode ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+02??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x200, 0x2ff],
    ]);
    expect(parseUnicodeRange('')).toBeNull();
  });

  it('keeps only the font files that cover some character of the map', () => {
    const latin = new Set([...'Quote'].map((char) => char.codePointAt(0) ?? 0));
    expect(rangeCoversAny('U+0000-00FF', latin)).toBe(true);
    expect(rangeCoversAny('U+0400-045F', latin)).toBe(false);
    expect(rangeCoversAny('', latin)).toBe(true);
  });

  it('prefers the WOFF2 source of a font', () => {
    expect(preferredFontUrl('url("./inter.woff") format("woff"), url("./inter.woff2") format("woff2")')).toBe('./inter.woff2');
    expect(preferredFontUrl('url(./inter.ttf)')).toBe('./inter.ttf');
    expect(preferredFontUrl('local(Inter)')).toBeNull();
  });
});
