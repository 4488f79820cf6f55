/** The presentation's keyboard: arrows and the keys presentation clickers send, plus single-letter toggles. */
import type { StepCommand } from './stage-stepper';

export type PresentationKeyAction =
  | { kind: 'step'; command: StepCommand }
  | { kind: 'leave' }
  | { kind: 'toggle-findings' }
  | { kind: 'toggle-blank' }
  | { kind: 'toggle-timer' }
  | { kind: 'set-timer-minutes' }
  | { kind: 'toggle-help' }
  /** Scroll a focused stage taller than the screen (it is never shrunk below the projector type sizes). */
  | { kind: 'scroll'; direction: 1 | -1 }
  /** A key the presentation swallows so it does nothing else (F5 would reload the browser build). */
  | { kind: 'ignore' };

/** The parts of a keydown the presentation looks at. */
export type PresentationKeys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const STEP_KEYS: Readonly<Record<string, StepCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'overview',
  End: 'last',
};

const LETTER_ACTIONS: Readonly<Record<string, PresentationKeyAction>> = {
  f: { kind: 'toggle-findings' },
  b: { kind: 'toggle-blank' },
  // Clickers send "." for their blank-screen button (PowerPoint's other black-screen key).
  '.': { kind: 'toggle-blank' },
  t: { kind: 'toggle-timer' },
  m: { kind: 'set-timer-minutes' },
  '?': { kind: 'toggle-help' },
  h: { kind: 'toggle-help' },
};

/**
 * What a keydown asks the presentation to do, or null for keys it leaves alone (Ctrl shortcuts, Tab, Enter).
 * With `onButton` (focus on one of its few buttons) Space is left to press the button.
 */
export function presentationKeyAction(keys: PresentationKeys, options: { onButton?: boolean } = {}): PresentationKeyAction | null {
  if (keys.ctrlKey || keys.metaKey || keys.altKey) return null;
  if (keys.key === ' ' && options.onButton === true) return null;
  if (keys.key === 'Escape') return { kind: 'leave' };
  if (keys.key === 'F5') return { kind: 'ignore' };
  if (keys.key === 'ArrowDown') return { kind: 'scroll', direction: 1 };
  if (keys.key === 'ArrowUp') return { kind: 'scroll', direction: -1 };
  const step = STEP_KEYS[keys.key];
  if (step !== undefined) return { kind: 'step', command: step };
  return LETTER_ACTIONS[keys.key.toLowerCase()] ?? null;
}
