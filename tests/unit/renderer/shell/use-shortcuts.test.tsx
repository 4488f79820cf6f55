import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { ariaKeyShortcut, shortcutCommand, shortcutLabel, useShortcuts } from '../../../../renderer/shell/use-shortcuts';
import type { JourneyApi } from '../../../../shared/ipc/contract';

afterEach(cleanup);

const pc = { mac: false, inTextField: false };
const keys = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  code: `Key${key.toUpperCase()}`,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl+N/O/S/Shift+S/Z/Shift+Z/Y to the same commands as the native menu', () => {
    expect(shortcutCommand(keys('n', { ctrl: true }), pc)).toBe('new');
    expect(shortcutCommand(keys('o', { ctrl: true }), pc)).toBe('open');
    expect(shortcutCommand(keys('s', { ctrl: true }), pc)).toBe('save');
    expect(shortcutCommand(keys('S', { ctrl: true, shift: true }), pc)).toBe('save-as');
    expect(shortcutCommand(keys('z', { ctrl: true }), pc)).toBe('undo');
    expect(shortcutCommand(keys('Z', { ctrl: true, shift: true }), pc)).toBe('redo');
    expect(shortcutCommand(keys('y', { ctrl: true }), pc)).toBe('redo');
  });

  it('uses Cmd instead of Ctrl on macOS', () => {
    const mac = { mac: true, inTextField: false };
    expect(shortcutCommand(keys('s', { meta: true }), mac)).toBe('save');
    expect(shortcutCommand(keys('s', { ctrl: true }), mac)).toBeNull();
    expect(shortcutCommand(keys('s', { meta: true }), pc)).toBeNull();
  });

  it('ignores plain keys, Alt combinations and unknown letters', () => {
    expect(shortcutCommand(keys('s'), pc)).toBeNull();
    expect(shortcutCommand(keys('s', { ctrl: true, alt: true }), pc)).toBeNull();
    expect(shortcutCommand(keys('q', { ctrl: true }), pc)).toBeNull();
    expect(shortcutCommand(keys('Y', { ctrl: true, shift: true }), pc)).toBeNull();
  });

  it('leaves undo and redo to a focused text field but still saves from one', () => {
    const inField = { mac: false, inTextField: true };
    expect(shortcutCommand(keys('z', { ctrl: true }), inField)).toBeNull();
    expect(shortcutCommand(keys('Z', { ctrl: true, shift: true }), inField)).toBeNull();
    expect(shortcutCommand(keys('y', { ctrl: true }), inField)).toBeNull();
    expect(shortcutCommand(keys('s', { ctrl: true }), inField)).toBe('save');
  });

  it('recognises the physical key on non-Latin keyboard layouts', () => {
    expect(shortcutCommand({ ...keys('s', { ctrl: true }), key: 'ы', code: 'KeyS' }, pc)).toBe('save');
  });

  it('writes shortcuts the platform’s way in tooltips', () => {
    expect(shortcutLabel('save-as', false)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('save-as', true)).toBe('⇧⌘S');
    expect(shortcutLabel('zoom-in', false)).toBeNull();
    expect(ariaKeyShortcut('open', false)).toBe('Control+O');
  });
});

function Harness({ platform }: { platform: JourneyApi['platform'] }) {
  useShortcuts(platform);
  return <input aria-label="Field" />;
}

describe('useShortcuts', () => {
  it('dispatches shortcuts in the browser and stops the browser’s own action', () => {
    const registry = new CommandRegistry();
    const save = vi.fn();
    registry.register('save', save);
    render(
      <CommandProvider registry={registry}>
        <Harness platform="browser" />
      </CommandProvider>,
    );
    const event = new KeyboardEvent('keydown', { key: 's', code: 'KeyS', ctrlKey: true, bubbles: true, cancelable: true });
    window.dispatchEvent(event);
    expect(save).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('does nothing in Electron, where the native menu accelerators deliver the commands', () => {
    const registry = new CommandRegistry();
    const save = vi.fn();
    registry.register('save', save);
    render(
      <CommandProvider registry={registry}>
        <Harness platform="electron" />
      </CommandProvider>,
    );
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    expect(save).not.toHaveBeenCalled();
  });

  it('lets a text field keep Ctrl+Z for its own text undo', () => {
    const registry = new CommandRegistry();
    const undo = vi.fn();
    registry.register('undo', undo);
    const { getByLabelText } = render(
      <CommandProvider registry={registry}>
        <Harness platform="browser" />
      </CommandProvider>,
    );
    const field = getByLabelText('Field');
    field.focus();
    fireEvent.keyDown(field, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(undo).not.toHaveBeenCalled();
    field.blur();
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('does not run commands behind an open modal dialog', () => {
    const registry = new CommandRegistry();
    const save = vi.fn();
    registry.register('save', save);
    render(
      <CommandProvider registry={registry}>
        <Harness platform="browser" />
        <div role="alertdialog" aria-modal="true" aria-label="Question" />
      </CommandProvider>,
    );
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    expect(save).not.toHaveBeenCalled();
  });
});
