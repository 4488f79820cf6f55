import { describe, expect, it } from 'vitest';
import { presentationKeyAction } from '../../../../renderer/presentation/presentation-keys';

const key = (name: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key: name,
  ctrlKey: modifiers.ctrlKey ?? false,
  metaKey: modifiers.metaKey ?? false,
  altKey: modifiers.altKey ?? false,
});

describe('presentation keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'overview'],
    ['End', 'last'],
  ])('%j steps %s (arrows and what presentation clickers send)', (name, command) => {
    expect(presentationKeyAction(key(name))).toEqual({ kind: 'step', command });
  });

  it('maps the letters, in either case, to their toggles', () => {
    expect(presentationKeyAction(key('f'))).toEqual({ kind: 'toggle-findings' });
    expect(presentationKeyAction(key('F'))).toEqual({ kind: 'toggle-findings' });
    expect(presentationKeyAction(key('B'))).toEqual({ kind: 'toggle-blank' });
    expect(presentationKeyAction(key('.'))).toEqual({ kind: 'toggle-blank' });
    expect(presentationKeyAction(key('t'))).toEqual({ kind: 'toggle-timer' });
    expect(presentationKeyAction(key('M'))).toEqual({ kind: 'set-timer-minutes' });
    expect(presentationKeyAction(key('?'))).toEqual({ kind: 'toggle-help' });
  });

  it('leaves with Esc, scrolls with the up and down arrows, and swallows F5', () => {
    expect(presentationKeyAction(key('Escape'))).toEqual({ kind: 'leave' });
    expect(presentationKeyAction(key('ArrowDown'))).toEqual({ kind: 'scroll', direction: 1 });
    expect(presentationKeyAction(key('ArrowUp'))).toEqual({ kind: 'scroll', direction: -1 });
    expect(presentationKeyAction(key('F5'))).toEqual({ kind: 'ignore' });
  });

  it('leaves modified keys, Tab and Enter alone', () => {
    expect(presentationKeyAction(key('f', { ctrlKey: true }))).toBeNull();
    expect(presentationKeyAction(key('ArrowRight', { altKey: true }))).toBeNull();
    expect(presentationKeyAction(key('b', { metaKey: true }))).toBeNull();
    expect(presentationKeyAction(key('Tab'))).toBeNull();
    expect(presentationKeyAction(key('Enter'))).toBeNull();
    expect(presentationKeyAction(key('x'))).toBeNull();
  });

  it('lets Space press a focused button instead of stepping', () => {
    expect(presentationKeyAction(key(' '), { onButton: true })).toBeNull();
    expect(presentationKeyAction(key('ArrowRight'), { onButton: true })).toEqual({ kind: 'step', command: 'next' });
  });
});
