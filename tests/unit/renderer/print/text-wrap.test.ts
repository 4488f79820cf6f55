import { describe, expect, it } from 'vitest';
import { charWidthEm, lineCount, splitTextAfterLines, textWidthEm, wrapText } from '../../../../renderer/print/text-wrap';

/** Width in px that holds exactly `ems` ems at a 10 px font. */
const ems = (value: number): number => value * 10;

describe('text wrapping estimate', () => {
  it('counts wide capitals as wider than lower-case letters, and narrow punctuation as narrower', () => {
    expect(charWidthEm('W')).toBeGreaterThan(charWidthEm('A'));
    expect(charWidthEm('A')).toBeGreaterThan(charWidthEm('a'));
    expect(charWidthEm('a')).toBeGreaterThan(charWidthEm('i'));
    expect(textWidthEm('ab')).toBeCloseTo(charWidthEm('a') + charWidthEm('b'));
  });

  it('breaks at spaces and keeps words whole', () => {
    const lines = wrapText('one two three four', ems(textWidthEm('one two')), 10);
    expect(lines).toEqual(['one two', 'three', 'four']);
  });

  it('starts a new line at every newline and keeps empty lines', () => {
    expect(wrapText('first\n\nthird', ems(100), 10)).toEqual(['first', '', 'third']);
    expect(lineCount('', ems(100), 10)).toBe(1);
  });

  it('cuts a word that is wider than the whole line', () => {
    const lines = wrapText('x'.repeat(25), ems(textWidthEm('x'.repeat(10))), 10);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('needs more lines for the same number of wide letters than for narrow ones', () => {
    const width = ems(20);
    expect(lineCount('W'.repeat(60), width, 10)).toBeGreaterThan(lineCount('i'.repeat(60), width, 10));
  });

  it('splits a paragraph after a number of lines so that the parts join back to the text', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    const width = ems(textWidthEm('alpha beta'));
    const parts = splitTextAfterLines(text, width, 10, 2);
    expect(parts).not.toBeNull();
    if (parts === null) return;
    expect(lineCount(parts.head, width, 10)).toBe(2);
    expect(parts.head + parts.glue + parts.tail).toBe(text);
  });

  it('joins a word cut in the middle back without a space', () => {
    const text = 'y'.repeat(30);
    const parts = splitTextAfterLines(text, ems(textWidthEm('y'.repeat(10))), 10, 1);
    expect(parts).toEqual({ head: 'y'.repeat(10), tail: 'y'.repeat(20), glue: '' });
  });

  it('does not split text that already fits', () => {
    expect(splitTextAfterLines('short', ems(100), 10, 3)).toBeNull();
  });
});

describe('text widths from the look-up tables', () => {
  it('gives the listed punctuation above Latin its own width and anything else outside Latin a full em', () => {
    expect(charWidthEm('—')).toBe(charWidthEm('M'));
    expect(charWidthEm('‘')).toBe(charWidthEm('i'));
    expect(charWidthEm('–')).toBe(charWidthEm('f'));
    expect(charWidthEm('é')).toBe(charWidthEm('A'));
    expect(charWidthEm('Ж')).toBe(1.05);
    expect(charWidthEm('')).toBe(charWidthEm('\u0000'));
  });

  it('counts a surrogate pair as one character, like iterating the string by code points', () => {
    for (const text of ['😀x', 'a😀b😀', '\ud800', '\udc00a', 'a\ud800', 'Hello — “world”… ‘x’']) {
      expect(textWidthEm(text), text).toBe([...text].reduce((sum, char) => sum + charWidthEm(char), 0));
    }
  });
});
