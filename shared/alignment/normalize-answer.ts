/** Filler words dropped from a grouping key, unless nothing else is left ("The end" stays "end", "The" stays "the"). */
const FILLER_WORDS = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'for']);

/** Plurals the simple rules below would get wrong, and their singular. */
const IRREGULAR_PLURALS = new Map<string, string>([
  ['people', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['analyses', 'analysis'],
  ['bases', 'basis'],
  ['crises', 'crisis'],
  ['criteria', 'criterion'],
  ['buses', 'bus'],
  ['statuses', 'status'],
  ['caches', 'cache'],
  ['niches', 'niche'],
  ['headaches', 'headache'],
  ['movies', 'movie'],
  ['cookies', 'cookie'],
  ['ties', 'tie'],
  ['lies', 'lie'],
  ['pies', 'pie'],
]);

/** Words that end in "s" but are already singular (or have no singular). */
const ALWAYS_SINGULAR = new Set(['news', 'series', 'species', 'means', 'always', 'perhaps', 'various', 'whereas']);

/** Simple English singularisation for one lower-case word: "renewals" → "renewal", "policies" → "policy", "classes" → "class". */
export function singularize(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || !word.endsWith('s') || ALWAYS_SINGULAR.has(word)) return word;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The words of an answer that count for grouping, in their order: lower case, no accents or punctuation, filler words dropped. */
function answerWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const meaningful = words.filter((word) => !FILLER_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * The grouping key of one answer: two answers with the same key are "the same answer". Ignores case,
 * accents, spacing, punctuation, simple plurals, filler words and word order, so "Renewals", "renewal "
 * and "Claim filing" / "Filing claims" each collapse to one key. Empty when the text has no letters or digits.
 * Answers split differently into words ("Sign up" / "Signup") have different keys here; see `compactAnswer`.
 */
export function normalizeAnswer(text: string): string {
  return answerWords(text).map(singularize).sort().join(' ');
}

/**
 * The second grouping key of one answer: its words (as in `normalizeAnswer`, each made singular) joined
 * without spaces in their original order, then made singular as one word. Answers that differ only in
 * where people put spaces or hyphens share it: "Check out" / "Checkout", "On-boarding" / "Onboarding",
 * "Sign ups" / "Signup", "e-mail" / "email". Empty when the text has no letters or digits.
 */
export function compactAnswer(text: string): string {
  return singularize(answerWords(text).map(singularize).join(''));
}

/** Whether two answers are the same answer by either grouping key (`normalizeAnswer` or `compactAnswer`). */
export function sameAnswer(a: string, b: string): boolean {
  const key = normalizeAnswer(a);
  if (key === '') return false;
  return key === normalizeAnswer(b) || compactAnswer(a) === compactAnswer(b);
}
