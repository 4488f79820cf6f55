import { LIMITS } from './types';

/** Cuts free text to the spec's string limit (10,000 chars) without splitting a surrogate pair. */
export function limitText(text: string, max: number = LIMITS.maxStringLength): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A trimmed, truncated required name or title; null when nothing is left (the edit is refused). */
export function cleanRequiredText(text: unknown, max: number): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = limitText(text.trim(), max).trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** A truncated optional text; null when the value is not a string (the edit is ignored). */
export function cleanOptionalText(text: unknown, max: number = LIMITS.maxStringLength): string | null {
  return typeof text === 'string' ? limitText(text, max) : null;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** A `#rrggbb` colour in lower case, or null when the value is not one. */
export function cleanColor(color: unknown): string | null {
  return typeof color === 'string' && HEX_COLOR.test(color) ? color.toLowerCase() : null;
}

/** True for a `#rrggbb` colour. */
export function isHexColor(color: unknown): color is string {
  return typeof color === 'string' && HEX_COLOR.test(color);
}
