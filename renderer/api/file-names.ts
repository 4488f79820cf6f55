/** File names the browser build suggests for downloads. */

export const JOURNEYMAP_EXTENSION = '.journeymap';

const MAX_BASE_LENGTH = 100;
const RESERVED_CHARACTERS = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

function isForbidden(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || RESERVED_CHARACTERS.has(char);
}

/** A safe file name base from free text (a map title): no path separators or reserved characters. */
export function safeFileBase(text: string, fallback = 'journey-map'): string {
  const cleaned = Array.from(text, (char) => (isForbidden(char) ? '/' : char))
    .join('')
    .replace(/\/+/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/( - )+/g, ' - ')
    .trim()
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const base = Array.from(cleaned).slice(0, MAX_BASE_LENGTH).join('').trim();
  return base.length > 0 ? base : fallback;
}

/** `name` with `extension`, unless it already ends with it (case-insensitive). */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`;
}

/** `name` without its last extension ("a.b.journeymap" → "a.b"). */
export function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The name a map is downloaded under: the name it was opened from, else one made from its title. */
export function journeyFileName(title: string, currentFileName: string | null): string {
  if (currentFileName) return withExtension(currentFileName, JOURNEYMAP_EXTENSION);
  return `${safeFileBase(title)}${JOURNEYMAP_EXTENSION}`;
}
