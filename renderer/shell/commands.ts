import { createContext, createElement, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';

/**
 * App commands: everything the native menu, the toolbar and keyboard shortcuts can trigger.
 * Components register the handler for the commands they own; the shell dispatches.
 */
export type AppCommand = MenuCommand | 'new' | 'new-from-template' | 'open' | 'open-for-review';

type Handler = () => void;

/** A registry of command handlers; the most recently registered handler for a command wins. */
export class CommandRegistry {
  private readonly handlers = new Map<AppCommand, Handler[]>();

  /** Registers a handler and returns a function that removes it. */
  register(command: AppCommand, handler: Handler): () => void {
    const list = this.handlers.get(command) ?? [];
    list.push(handler);
    this.handlers.set(command, list);
    return () => {
      const current = this.handlers.get(command) ?? [];
      this.handlers.set(
        command,
        current.filter((h) => h !== handler),
      );
    };
  }

  /** Runs the handler for a command; returns false when nobody handles it. */
  dispatch(command: AppCommand): boolean {
    const handler = this.handlers.get(command)?.at(-1);
    if (!handler) return false;
    handler();
    return true;
  }
}

const CommandContext = createContext<CommandRegistry | null>(null);

/** Provides one command registry to the tree below. */
export function CommandProvider({ registry, children }: { registry?: CommandRegistry; children: ReactNode }) {
  const [value] = useState(() => registry ?? new CommandRegistry());
  return createElement(CommandContext.Provider, { value }, children);
}

/** The registry, to dispatch commands from buttons and shortcuts. */
export function useCommands(): CommandRegistry {
  const registry = useContext(CommandContext);
  if (!registry) throw new Error('useCommands must be used inside <CommandProvider>');
  return registry;
}

/** Registers `handler` for `command` while the component is mounted (always calls the latest handler). */
export function useCommandHandler(command: AppCommand, handler: Handler, enabled = true): void {
  const registry = useCommands();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return undefined;
    return registry.register(command, () => latest.current());
  }, [registry, command, enabled]);
}
