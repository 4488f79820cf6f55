/**
 * The projector theme: dark ink on white, tinted panels and severity colours that each keep at least
 * 7:1 contrast, so the map stays readable on a washed-out projector at the back of a room. The colours
 * reach the CSS as custom properties from here, so the pairs the unit test checks are the ones shown.
 */
import type { CSSProperties } from 'react';

export const PROJECTOR_COLORS = {
  paper: '#ffffff',
  ink: '#0b0d12',
  inkMuted: '#2d3440',
  panel: '#e8ecf2',
  card: '#f4f6f9',
  line: '#4b5563',
  dimmed: '#d5dbe3',
  dimmedLine: '#aab3bf',
  focusBand: '#0b0d12',
  onFocusBand: '#ffffff',
  critical: '#8f0f0f',
  criticalTint: '#fdeeee',
  warning: '#613600',
  warningTint: '#fdf4e1',
  note: '#0a3a87',
  noteTint: '#ebf2fc',
  ok: '#0c5227',
  okTint: '#e9f6ee',
  timer: '#0b0d12',
  onTimer: '#ffffff',
  timeUp: '#ffe14d',
  onTimeUp: '#0b0d12',
  blank: '#000000',
} as const;

export type ProjectorColor = keyof typeof PROJECTOR_COLORS;

/** A text colour and the background it is drawn on somewhere in the presentation. */
export interface TextPair {
  use: string;
  text: ProjectorColor;
  background: ProjectorColor;
}

/** Every text colour × background combination the presentation uses. */
export const PROJECTOR_TEXT_PAIRS: readonly TextPair[] = [
  { use: 'body text', text: 'ink', background: 'paper' },
  { use: 'secondary text', text: 'inkMuted', background: 'paper' },
  { use: 'stage and silo headers', text: 'ink', background: 'panel' },
  { use: 'header details', text: 'inkMuted', background: 'panel' },
  { use: 'card text', text: 'ink', background: 'card' },
  { use: 'card details', text: 'inkMuted', background: 'card' },
  { use: 'focused stage header', text: 'onFocusBand', background: 'focusBand' },
  { use: 'stages dimmed beside the focused one', text: 'inkMuted', background: 'dimmed' },
  { use: 'critical status on a header', text: 'critical', background: 'panel' },
  { use: 'warning status on a header', text: 'warning', background: 'panel' },
  { use: 'note status on a header', text: 'note', background: 'panel' },
  { use: 'ok status on a header', text: 'ok', background: 'panel' },
  { use: 'high-severity callout word', text: 'critical', background: 'criticalTint' },
  { use: 'high-severity callout text', text: 'ink', background: 'criticalTint' },
  { use: 'medium-severity callout word', text: 'warning', background: 'warningTint' },
  { use: 'medium-severity callout text', text: 'ink', background: 'warningTint' },
  { use: 'low-severity callout word', text: 'note', background: 'noteTint' },
  { use: 'low-severity callout text', text: 'ink', background: 'noteTint' },
  { use: 'no-problem callout word', text: 'ok', background: 'okTint' },
  { use: 'no-problem callout text', text: 'ink', background: 'okTint' },
  { use: 'error under the timer minutes field', text: 'critical', background: 'paper' },
  { use: 'workshop timer', text: 'onTimer', background: 'timer' },
  { use: 'time is up', text: 'onTimeUp', background: 'timeUp' },
];

function cssName(color: ProjectorColor): string {
  return `--pm-${color.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The theme as CSS custom properties for the presentation's root element (`--pm-ink`, `--pm-focus-band`, …),
 * plus the app variables the shared diagnosis icons read, so they take the projector colours too.
 */
export function projectorCssVariables(): CSSProperties {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(PROJECTOR_COLORS)) variables[cssName(name as ProjectorColor)] = value;
  variables['--color-danger'] = PROJECTOR_COLORS.critical;
  variables['--color-warning'] = PROJECTOR_COLORS.warning;
  variables['--color-accent'] = PROJECTOR_COLORS.note;
  variables['--color-success'] = PROJECTOR_COLORS.ok;
  variables['--color-surface'] = PROJECTOR_COLORS.paper;
  return variables as CSSProperties;
}
