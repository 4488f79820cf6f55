import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from '../../../../renderer/shell/commands';

describe('command registry', () => {
  it('runs the most recently registered handler and reports unhandled commands', () => {
    const registry = new CommandRegistry();
    const first = vi.fn();
    const second = vi.fn();
    registry.register('delete', first);
    const unregister = registry.register('delete', second);

    expect(registry.dispatch('delete')).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();

    unregister();
    registry.dispatch('delete');
    expect(first).toHaveBeenCalledTimes(1);
    expect(registry.dispatch('paste')).toBe(false);
  });
});
