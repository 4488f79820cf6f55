import { limitText } from '../model/text-limits';
import { compactAnswer, normalizeAnswer } from './normalize-answer';

/** Bullets and numbering people type or paste before list items: "- ", "* ", "• ", "1. ", "2) ", "[ ] ". */
const LIST_MARKER = /^(?:[-*•·–—]\s*|\d{1,3}[.)](?:\s+|$)|\[[ xX]?\]\s*)+/u;

/** Separators between items written on one line: "Research, Buy; Use", tab-separated cells, "Research → Buy > Use". */
const ONE_LINE_SEPARATOR = /[,;\t|→]|\s+-+>\s+|\s+>\s+/u;

/**
 * The items of a typed or pasted list: one per line (bullets and numbering removed), or split on commas,
 * semicolons, tabs or arrows when everything is on one line. Trimmed; blanks and repeats (same
 * `normalizeAnswer` or `compactAnswer` key as an item before) dropped, keeping the first spelling.
 */
export function parseAnswerList(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim().length > 0);
  const pieces = lines.length === 1 ? (lines[0] ?? '').split(ONE_LINE_SEPARATOR) : lines;
  const items: string[] = [];
  const seen = new Set<string>();
  const seenJoined = new Set<string>();
  for (const piece of pieces) {
    const item = limitText(piece.trim().replace(LIST_MARKER, '').trim().replace(/\s+/g, ' '));
    const key = normalizeAnswer(item);
    const joinedKey = compactAnswer(item);
    if (key === '' || seen.has(key) || seenJoined.has(joinedKey)) continue;
    seen.add(key);
    seenJoined.add(joinedKey);
    items.push(item);
  }
  return items;
}
