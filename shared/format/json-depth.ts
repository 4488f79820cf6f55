const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether the text nests objects and arrays more than `limit` levels deep, found by one linear scan
 * that skips string contents (and their escapes), so `JSON.parse` and everything after it only ever
 * see bounded nesting. Works on malformed JSON too.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (inString) {
      if (unit === BACKSLASH) i++;
      else if (unit === QUOTE) inString = false;
    } else if (unit === QUOTE) {
      inString = true;
    } else if (unit === OPEN_BRACE || unit === OPEN_BRACKET) {
      depth++;
      if (depth > limit) return true;
    } else if ((unit === CLOSE_BRACE || unit === CLOSE_BRACKET) && depth > 0) {
      depth--;
    }
  }
  return false;
}
