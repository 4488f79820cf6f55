import { describe, expect, it, vi } from 'vitest';
import { dispatchMenuCommand, type EditableContents } from '../../../../electron/main/edit-commands';

function contents(typing: unknown): EditableContents & { executeJavaScript: ReturnType<typeof vi.fn> } {
  return {
    executeJavaScript: vi.fn(async () => (typing instanceof Error ? Promise.reject(typing) : typing)),
    send: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    cut: vi.fn(),
    copy: vi.fn(),
    paste: vi.fn(),
    delete: vi.fn(),
    selectAll: vi.fn(),
  };
}

describe('dispatchMenuCommand', () => {
  it('sends edit commands to the canvas when no text field has the focus', async () => {
    const target = contents(false);
    await dispatchMenuCommand(target, 'paste');
    expect(target.send).toHaveBeenCalledWith('menu:command', 'paste');
    expect(target.paste).not.toHaveBeenCalled();
  });

  it('does native text editing while the user types in a text field', async () => {
    const target = contents(true);
    for (const command of ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all'] as const) await dispatchMenuCommand(target, command);
    expect(target.send).not.toHaveBeenCalled();
    for (const method of [target.undo, target.redo, target.cut, target.copy, target.paste, target.delete, target.selectAll]) expect(method).toHaveBeenCalledTimes(1);
  });

  it('sends other commands straight away without asking the page', async () => {
    const target = contents(true);
    await dispatchMenuCommand(target, 'save');
    expect(target.executeJavaScript).not.toHaveBeenCalled();
    expect(target.send).toHaveBeenCalledWith('menu:command', 'save');
  });

  it('falls back to the renderer when the page cannot be asked', async () => {
    const target = contents(new Error('navigating'));
    await dispatchMenuCommand(target, 'undo');
    expect(target.send).toHaveBeenCalledWith('menu:command', 'undo');
  });
});
