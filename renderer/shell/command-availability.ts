import { useCallback, useSyncExternalStore } from 'react';
import { CommandRegistry, useCommands, type AppCommand } from './commands';

/** A command registry that can tell which commands currently have a handler, and when that changes. */
export class ObservableCommandRegistry extends CommandRegistry {
  private readonly counts = new Map<AppCommand, number>();
  private readonly listeners = new Set<() => void>();

  /** Registers a handler (see `CommandRegistry.register`) and tells subscribers. */
  override register(command: AppCommand, handler: () => void): () => void {
    const unregister = super.register(command, handler);
    this.changeCount(command, 1);
    let registered = true;
    return () => {
      if (!registered) return;
      registered = false;
      unregister();
      this.changeCount(command, -1);
    };
  }

  /** True while at least one handler is registered for `command`. */
  isHandled(command: AppCommand): boolean {
    return (this.counts.get(command) ?? 0) > 0;
  }

  /** Calls `listener` whenever a handler is registered or removed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changeCount(command: AppCommand, delta: number): void {
    this.counts.set(command, (this.counts.get(command) ?? 0) + delta);
    for (const listener of [...this.listeners]) listener();
  }
}

const noSubscription = () => () => undefined;

/**
 * True while some component handles `command`, so toolbars show only buttons that work
 * (always true with a plain `CommandRegistry`, which cannot tell).
 */
export function useCommandAvailable(command: AppCommand): boolean {
  const registry = useCommands();
  const observable = registry instanceof ObservableCommandRegistry ? registry : null;
  const subscribe = useCallback((listener: () => void) => observable?.subscribe(listener) ?? noSubscription(), [observable]);
  return useSyncExternalStore(subscribe, () => observable?.isHandled(command) ?? true);
}
