import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useCommands, type AppCommand } from '../shell/commands';
import { useCommandAvailable } from '../shell/command-availability';

interface MenuEntry {
  command: AppCommand;
  label: string;
}

/** The toolbar's Export menu, in the order of the native File ▸ Export menu, then the CSV import. */
export const EXPORT_MENU_ENTRIES: readonly MenuEntry[] = [
  { command: 'export-pdf', label: 'PDF…' },
  { command: 'export-png', label: 'PNG image…' },
  { command: 'export-csv', label: 'Touchpoints as CSV' },
  { command: 'import-csv', label: 'Import touchpoints from CSV…' },
];

/**
 * A menu button (WAI-ARIA pattern): Enter, Space or Down opens it on the first item, Up on the last;
 * arrows, Home and End move; Esc closes it and returns focus to the button; Tab or a click outside closes it.
 */
export function ExportMenu() {
  const registry = useCommands();
  const available = useCommandAvailable('export-pdf');
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  if (!available) return null;

  const count = EXPORT_MENU_ENTRIES.length;
  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const choose = (entry: MenuEntry) => {
    setOpen(false);
    buttonRef.current?.focus();
    registry.dispatch(entry.command);
  };

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(count - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex((next + count) % count);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="Export the map as PDF, PNG or CSV, or import touchpoints from a CSV file"
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        Export
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {EXPORT_MENU_ENTRIES.map((entry, index) => (
            <li key={entry.command} role="none" className={entry.command === 'import-csv' ? 'export-menu-separated' : undefined}>
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === focusIndex ? 0 : -1}
                className="export-menu-item"
                onClick={() => choose(entry)}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
