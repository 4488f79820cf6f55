import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObservableCommandRegistry, useCommandAvailable } from '../../../../renderer/shell/command-availability';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';

afterEach(cleanup);

describe('command availability', () => {
  it('knows which commands have a handler and tells subscribers when that changes', () => {
    const registry = new ObservableCommandRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    expect(registry.isHandled('zoom-in')).toBe(false);

    const first = registry.register('zoom-in', () => undefined);
    const second = registry.register('zoom-in', () => undefined);
    expect(registry.isHandled('zoom-in')).toBe(true);
    first();
    first();
    expect(registry.isHandled('zoom-in')).toBe(true);
    second();
    expect(registry.isHandled('zoom-in')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(4);
    expect(registry.dispatch('zoom-in')).toBe(false);
  });

  function Probe() {
    return <p>{useCommandAvailable('zoom-fit') ? 'available' : 'missing'}</p>;
  }

  it('lets a component show a button only while its command is handled', () => {
    const registry = new ObservableCommandRegistry();
    render(
      <CommandProvider registry={registry}>
        <Probe />
      </CommandProvider>,
    );
    expect(screen.getByText('missing')).toBeInTheDocument();
    let unregister: () => void = () => undefined;
    act(() => {
      unregister = registry.register('zoom-fit', () => undefined);
    });
    expect(screen.getByText('available')).toBeInTheDocument();
    act(() => unregister());
    expect(screen.getByText('missing')).toBeInTheDocument();
  });

  it('assumes every command is available with a plain registry', () => {
    render(
      <CommandProvider registry={new CommandRegistry()}>
        <Probe />
      </CommandProvider>,
    );
    expect(screen.getByText('available')).toBeInTheDocument();
  });
});
