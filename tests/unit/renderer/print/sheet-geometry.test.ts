import { describe, expect, it } from 'vitest';
import { pageSizeFor } from '../../../../shared/print/page-size';
import { SHEET } from '../../../../renderer/print/print-metrics';
import { bareBodyHeightPx, bodyHeightPx, cssLengthToPx, sheetGeometry } from '../../../../renderer/print/sheet-geometry';

describe('sheet geometry', () => {
  it('converts page lengths to CSS pixels at 96 per inch', () => {
    expect(cssLengthToPx('13.333in')).toBeCloseTo(1279.968);
    expect(cssLengthToPx('297mm')).toBeCloseTo(1122.52, 1);
    expect(Number.isNaN(cssLengthToPx('12pt'))).toBe(true);
  });

  it('draws each sheet exactly the size of its PDF page, in the page’s own units', () => {
    const geometry = sheetGeometry('a4', 'Title');
    expect(`${geometry.cssWidth} ${geometry.cssHeight}`).toBe(pageSizeFor('a4').cssSize);
    expect(geometry.cssSize).toBe(pageSizeFor('a4').cssSize);
    expect(sheetGeometry('slide', 'Title').widthPx / sheetGeometry('slide', 'Title').heightPx).toBeCloseTo(16 / 9, 2);
  });

  it('gives two columns to slides and office paper and three to posters', () => {
    expect(sheetGeometry('slide', 'T').columns).toBe(2);
    expect(sheetGeometry('letter', 'T').columns).toBe(2);
    expect(sheetGeometry('poster-tabloid', 'T').columns).toBe(3);
    const geometry = sheetGeometry('a4', 'T');
    expect(geometry.columns * geometry.columnWidthPx + (geometry.columns - 1) * SHEET.columnGap).toBeCloseTo(geometry.contentWidthPx);
  });

  it('leaves less room for the body under a header that wraps and above a footer with a long map title', () => {
    const short = sheetGeometry('slide', 'Map');
    const long = sheetGeometry('slide', 'A very long map title that goes on and on '.repeat(5));
    expect(long.footerHeightPx).toBeGreaterThan(short.footerHeightPx);
    expect(bodyHeightPx(short, 'Stage', null)).toBeGreaterThan(bodyHeightPx(short, 'Stage', 'Stage 1 of 6'));
    expect(bodyHeightPx(short, 'Stage', 'x')).toBeGreaterThan(bodyHeightPx(short, 'Stage '.repeat(60), 'x'));
    expect(bareBodyHeightPx(short)).toBeGreaterThan(bodyHeightPx(short, 'Stage', null));
    expect(bareBodyHeightPx(short)).toBeLessThan(short.heightPx);
  });
});
