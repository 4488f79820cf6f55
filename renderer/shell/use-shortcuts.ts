import { useEffect } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { useCommands, type AppCommand } from './commands';
import { isTextField } from './text-fields';

/** A keyboard shortcut: Ctrl (Cmd on macOS) + `key`, with or without Shift. */
export interface Shortcut {
  command: AppCommand;
  key: string;
  shift: boolean;
  /** Leave the key to a focused text field (its own text undo/redo). */
  yieldsToTextFields: boolean;
}

/** The app's shortcuts, the same as the native menu's accelerators. */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'new', key: 'n', shift: false, yieldsToTextFields: false },
  { command: 'open', key: 'o', shift: false, yieldsToTextFields: false },
  { command: 'save', key: 's', shift: false, yieldsToTextFields: false },
  { command: 'save-as', key: 's', shift: true, yieldsToTextFields: false },
  { command: 'undo', key: 'z', shift: false, yieldsToTextFields: true },
  { command: 'redo', key: 'z', shift: true, yieldsToTextFields: true },
  { command: 'redo', key: 'y', shift: false, yieldsToTextFields: true },
];

/** The keys of a keydown that matter for shortcuts. */
export type ShortcutKeys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** True on macOS, where Cmd plays the part of Ctrl. */
export function isMacPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  return /mac|iphone|ipad/i.test(nav.platform || nav.userAgent);
}

function letterOf(keys: ShortcutKeys): string | null {
  if (/^[a-z]$/i.test(keys.key)) return keys.key.toLowerCase();
  // Non-Latin keyboard layouts: fall back to the physical key.
  const match = /^Key([A-Z])$/.exec(keys.code);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The command a keydown asks for, or null (not a shortcut, or one that belongs to the focused text field). */
export function shortcutCommand(keys: ShortcutKeys, options: { mac: boolean; inTextField: boolean }): AppCommand | null {
  const modifier = options.mac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  if (!modifier || keys.altKey) return null;
  const letter = letterOf(keys);
  const shortcut = SHORTCUTS.find((candidate) => candidate.key === letter && candidate.shift === keys.shiftKey);
  if (!shortcut || (shortcut.yieldsToTextFields && options.inTextField)) return null;
  return shortcut.command;
}

/** How a command's shortcut is written in tooltips ("Ctrl+Shift+S", "⇧⌘S"); null when it has none. */
export function shortcutLabel(command: AppCommand, mac: boolean): string | null {
  const shortcut = SHORTCUTS.find((candidate) => candidate.command === command);
  if (!shortcut) return null;
  const key = shortcut.key.toUpperCase();
  if (mac) return `${shortcut.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shortcut.shift ? 'Shift+' : ''}${key}`;
}

/** The `aria-keyshortcuts` value of a command's shortcut ("Control+Shift+S"); undefined when it has none. */
export function ariaKeyShortcut(command: AppCommand, mac: boolean): string | undefined {
  const shortcut = SHORTCUTS.find((candidate) => candidate.command === command);
  if (!shortcut) return undefined;
  return `${mac ? 'Meta' : 'Control'}+${shortcut.shift ? 'Shift+' : ''}${shortcut.key.toUpperCase()}`;
}

/**
 * Handles the app's keyboard shortcuts in the browser build. In Electron the native menu's
 * accelerators already deliver them as `menu:command`, so handling keydown there too would run them twice.
 */
export function useShortcuts(platform: JourneyApi['platform']): void {
  const registry = useCommands();
  useEffect(() => {
    if (platform !== 'browser') return undefined;
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = shortcutCommand(event, { mac, inTextField: isTextField(document.activeElement) });
      if (!command) return;
      const repeatable = command === 'undo' || command === 'redo';
      const modalOpen = document.querySelector('[aria-modal="true"]') !== null;
      if ((event.repeat && !repeatable) || modalOpen) {
        event.preventDefault();
        return;
      }
      if (registry.dispatch(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform, registry]);
}
