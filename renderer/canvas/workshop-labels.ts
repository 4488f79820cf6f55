/** Wording of the workshop features: emotion levels and averages, note colours, point names. */
import { NOTE_PALETTE } from '../../shared/model/palette';
import type { Emotion } from '../../shared/model/types';
import { emotionText } from './labels';

const NOTE_COLOR_NAMES: Record<(typeof NOTE_PALETTE)[number], string> = {
  '#fde68a': 'yellow',
  '#bbf7d0': 'green',
  '#bfdbfe': 'blue',
  '#fbcfe8': 'pink',
  '#ddd6fe': 'purple',
  '#fed7aa': 'orange',
};

/** The name of a note colour ("yellow"), or "custom colour" for one outside the palette. */
export function noteColorName(color: string): string {
  return NOTE_COLOR_NAMES[color.toLowerCase() as keyof typeof NOTE_COLOR_NAMES] ?? 'custom colour';
}

/** The palette colour after `color` (a colour outside the palette goes to the first one). */
export function nextNoteColor(color: string): string {
  const index = NOTE_PALETTE.indexOf(color.toLowerCase() as (typeof NOTE_PALETTE)[number]);
  return NOTE_PALETTE[(index + 1) % NOTE_PALETTE.length] ?? NOTE_PALETTE[0];
}

/** A signed number the way a screen reader says it: "+1", "0", "−1.3" (true minus sign). */
export function signed(value: number, decimals = 0): string {
  const rounded = Number(value.toFixed(decimals));
  const text = Math.abs(rounded).toFixed(decimals);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return text;
}

/** The label of an emotion level on the curve's axis, e.g. "−2 Very unhappy". */
export function emotionLevelLabel(emotion: Emotion): string {
  const words = emotionText(emotion);
  return `${signed(emotion)} ${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The accessible name of a point on the curve: "Claim payment: emotion happy (+1)". */
export function emotionPointLabel(title: string, emotion: Emotion | null): string {
  return emotion === null
    ? `${title}: emotion not set`
    : `${title}: emotion ${emotionText(emotion)} (${signed(emotion)})`;
}

/** A stage's average as text: "Quote & buy: average −1.3", or that no emotion is set there. */
export function stageAverageLabel(stageName: string, average: number | null): string {
  return average === null ? `${stageName}: no emotions set` : `${stageName}: average ${signed(average, 1)}`;
}

/** The accessible name of a sticky note. */
export function noteLabel(text: string): string {
  const trimmed = text.trim();
  return `Note: ${trimmed || '(empty)'}`;
}
