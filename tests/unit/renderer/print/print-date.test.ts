import { describe, expect, it } from 'vitest';
import { formatPrintDate } from '../../../../renderer/print/print-date';

describe('formatPrintDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatPrintDate(new Date(2026, 10, 3, 15, 30))).toBe('3 November 2026');
    expect(formatPrintDate(new Date(2027, 0, 31))).toBe('31 January 2027');
  });

  it('uses the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 59);
    expect(formatPrintDate(lateEvening)).toBe('31 December 2026');
  });

  it('gives an empty string for an invalid date rather than "NaN"', () => {
    expect(formatPrintDate(new Date(Number.NaN))).toBe('');
  });
});
