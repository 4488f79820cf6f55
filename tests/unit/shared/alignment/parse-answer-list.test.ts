import { describe, expect, it } from 'vitest';
import { parseAnswerList } from '../../../../shared/alignment/parse-answer-list';

describe('parseAnswerList', () => {
  it('reads one stage per line', () => {
    expect(parseAnswerList('Research\nBuy\r\nUse\rRenew')).toEqual(['Research', 'Buy', 'Use', 'Renew']);
  });

  it('removes bullets and numbering from a pasted list', () => {
    expect(parseAnswerList('- Research\n* Buy\n• Use\n1. Renew\n2) Claim\n[x] Cancel')).toEqual([
      'Research',
      'Buy',
      'Use',
      'Renew',
      'Claim',
      'Cancel',
    ]);
  });

  it('keeps numbers that are part of a stage name', () => {
    expect(parseAnswerList('3D preview\n24/7 support')).toEqual(['3D preview', '24/7 support']);
  });

  it('splits one line on commas, semicolons, tabs and arrows', () => {
    expect(parseAnswerList('Research, Buy; Use')).toEqual(['Research', 'Buy', 'Use']);
    expect(parseAnswerList('Research\tBuy\tUse')).toEqual(['Research', 'Buy', 'Use']);
    expect(parseAnswerList('Research → Buy > Use -> Renew')).toEqual(['Research', 'Buy', 'Use', 'Renew']);
  });

  it('does not split lines on commas when there are several lines', () => {
    expect(parseAnswerList('Research, compare\nBuy')).toEqual(['Research, compare', 'Buy']);
  });

  it('trims, collapses spaces and drops blank lines', () => {
    expect(parseAnswerList('\n   Sign    up  \n\n\t\nBuy\n')).toEqual(['Sign up', 'Buy']);
  });

  it('keeps the first spelling of a stage named twice', () => {
    expect(parseAnswerList('Renewals\nBuy\nrenewal\nfiling claims\nClaim filing')).toEqual(['Renewals', 'Buy', 'filing claims']);
  });

  it('treats a stage spelled with or without a space inside a word as named twice', () => {
    expect(parseAnswerList('Sign up\nCheckout\nSignup\nCheck-out\nLog in')).toEqual(['Sign up', 'Checkout', 'Log in']);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(parseAnswerList('')).toEqual([]);
    expect(parseAnswerList(' ,, ; ')).toEqual([]);
    expect(parseAnswerList('-\n*\n1.')).toEqual([]);
  });
});
