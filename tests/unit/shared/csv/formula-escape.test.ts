import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../../shared/csv/formula-escape';

describe('formula escaping', () => {
  it.each(['=SUM(A1)', '+1', '-2 days', '@user', '\tindented', '\rreturn'])('makes %j inert with a leading apostrophe', (text) => {
    expect(escapeFormula(text)).toBe(`'${text}`);
  });

  it.each(['Plain title', "'quoted", '', ' =not first', '1+1'])('leaves %j alone', (text) => {
    expect(escapeFormula(text)).toBe(text);
  });

  it('escapes text that already starts with an apostrophe before a formula character', () => {
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(unescapeFormula("''=x")).toBe("'=x");
  });

  it('removes exactly the apostrophe it added', () => {
    expect(unescapeFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unescapeFormula("'quoted")).toBe("'quoted");
  });

  it('round-trips any text', () => {
    const risky = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' '), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
        expect(/^[=+\-@\t\r]/.test(escapeFormula(text))).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
