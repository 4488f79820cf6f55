import { describe, expect, it } from 'vitest';
import type { PdfPageFormat } from '../../../../shared/ipc/contract';
import { isPosterFormat, pageSizeFor } from '../../../../shared/print/page-size';

const FORMATS: PdfPageFormat[] = ['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid'];

describe('pageSizeFor', () => {
  it('makes slide pages 16:9 at 13.333 × 7.5 inches, like a widescreen deck', () => {
    const size = pageSizeFor('slide');
    expect(size).toMatchObject({ widthInches: 13.333, heightInches: 7.5, cssSize: '13.333in 7.5in' });
    expect(size.widthInches / size.heightInches).toBeCloseTo(16 / 9, 3);
    expect(size.widthMm).toBeCloseTo(338.66, 1);
  });

  it('makes A4 landscape 297 × 210 mm', () => {
    expect(pageSizeFor('a4')).toMatchObject({ widthMm: 297, heightMm: 210, cssSize: '297mm 210mm', label: 'A4 landscape' });
    expect(pageSizeFor('a4').widthInches).toBeCloseTo(11.693, 3);
  });

  it('makes US Letter landscape 11 × 8.5 inches', () => {
    expect(pageSizeFor('letter')).toMatchObject({ widthInches: 11, heightInches: 8.5, widthMm: 279.4, heightMm: 215.9 });
  });

  it('knows which formats are one-page posters', () => {
    expect(FORMATS.filter(isPosterFormat)).toEqual(['poster-a3', 'poster-tabloid']);
  });

  it('offers posters on A3 and Tabloid, landscape', () => {
    expect(pageSizeFor('poster-a3')).toMatchObject({ widthMm: 420, heightMm: 297 });
    expect(pageSizeFor('poster-tabloid')).toMatchObject({ widthInches: 17, heightInches: 11 });
  });

  it.each(FORMATS)('%s is landscape, consistent in both units and labelled', (format) => {
    const size = pageSizeFor(format);
    expect(size.widthInches).toBeGreaterThan(size.heightInches);
    expect(size.widthMm / 25.4).toBeCloseTo(size.widthInches, 1);
    expect(size.heightMm / 25.4).toBeCloseTo(size.heightInches, 1);
    expect(size.label.length).toBeGreaterThan(0);
  });
});
