import { describe, expect, it } from 'vitest';
import { compactAnswer, normalizeAnswer, singularize } from '../../../../shared/alignment/normalize-answer';

describe('normalizeAnswer: when two people named the same stage', () => {
  it("'Renewals' and 'renewal ' are the same answer", () => {
    expect(normalizeAnswer('Renewals')).toBe(normalizeAnswer('renewal '));
  });

  it('ignores case, spacing and punctuation', () => {
    expect(normalizeAnswer('  ON-BOARDING!! ')).toBe(normalizeAnswer('on boarding'));
    expect(normalizeAnswer('Sign   up.')).toBe(normalizeAnswer('sign up'));
    expect(normalizeAnswer("Customer's first bill")).toBe(normalizeAnswer('customer first bill'));
  });

  it('ignores word order: "Claim filing" is "Filing claims"', () => {
    expect(normalizeAnswer('Claim filing')).toBe(normalizeAnswer('Filing claims'));
  });

  it('ignores accents and filler words', () => {
    expect(normalizeAnswer('Café visit')).toBe(normalizeAnswer('cafe visit'));
    expect(normalizeAnswer('Research & buy')).toBe(normalizeAnswer('Research and buy'));
    expect(normalizeAnswer('The purchase')).toBe(normalizeAnswer('Purchase'));
  });

  it('keeps different stages apart', () => {
    expect(normalizeAnswer('Claims')).not.toBe(normalizeAnswer('Renewal'));
    expect(normalizeAnswer('Sign up')).not.toBe(normalizeAnswer('Sign'));
  });

  it('keeps a filler word when it is all there is', () => {
    expect(normalizeAnswer('The')).toBe('the');
  });

  it('gives an empty key to text with no letters or digits', () => {
    expect(normalizeAnswer(' -- !? ')).toBe('');
    expect(normalizeAnswer('')).toBe('');
  });

  it('keeps letters from any script', () => {
    expect(normalizeAnswer('東京 訪問')).toBe(normalizeAnswer('訪問 東京'));
    expect(normalizeAnswer('東京')).not.toBe('');
  });
});

describe('compactAnswer: the words joined without spaces, in their order', () => {
  it.each([
    ['Checkout', 'Check out'],
    ['Onboarding', 'On-boarding'],
    ['Sign up', 'Signup'],
    ['Log in', 'Login'],
    ['e-mail', 'Email'],
    ['Sign-ups', 'signup'],
    ['Check outs', 'Checkout'],
    ['Claims filing', 'Claim filing'],
  ])('"%s" and "%s" join to the same word', (a, b) => {
    expect(compactAnswer(a)).toBe(compactAnswer(b));
  });

  it('keeps word order, so it does not join "Up sign" with "Sign up"', () => {
    expect(compactAnswer('Up sign')).not.toBe(compactAnswer('Sign up'));
  });

  it('keeps different answers apart', () => {
    expect(compactAnswer('Sign')).not.toBe(compactAnswer('Sign up'));
    expect(compactAnswer('Log in')).not.toBe(compactAnswer('Log out'));
  });

  it('drops filler words like the grouping key does, and is empty without letters or digits', () => {
    expect(compactAnswer('Add to cart')).toBe(compactAnswer('Add-cart'));
    expect(compactAnswer(' -- ')).toBe('');
  });
});

describe('singularize', () => {
  it.each([
    ['renewals', 'renewal'],
    ['policies', 'policy'],
    ['classes', 'class'],
    ['claims', 'claim'],
    ['purchases', 'purchase'],
    ['searches', 'search'],
    ['taxes', 'tax'],
    ['pushes', 'push'],
    ['addresses', 'address'],
    ['businesses', 'business'],
    ['people', 'person'],
    ['analyses', 'analysis'],
    ['movies', 'movie'],
  ])('"%s" becomes "%s"', (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });

  it.each(['business', 'process', 'status', 'analysis', 'news', 'series', 'bus', 'gas', 'onboarding', 'renewal'])(
    '"%s" stays as it is',
    (word) => {
      expect(singularize(word)).toBe(word);
    },
  );

  it('does not trip over words that are object keys in JavaScript', () => {
    expect(singularize('constructor')).toBe('constructor');
    expect(normalizeAnswer('__proto__ constructor')).toBe('constructor proto');
  });
});
