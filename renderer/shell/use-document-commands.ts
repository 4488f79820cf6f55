import { useMemo } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { useDialogs } from '../dialogs/DialogProvider';
import { useDocumentStore, type DocumentStore } from '../store/document-store';
import { useCommandHandler } from './commands';
import { createDocumentFlows, type DocumentFlows } from './document-flows';
import { isTextField } from './text-fields';

/**
 * Undo or redo: the focused text field's own text history when one has focus (the native menu's
 * accelerators reach us instead of the field in Electron), otherwise the map's history.
 */
export function runHistoryCommand(store: DocumentStore, direction: 'undo' | 'redo'): void {
  if (isTextField(document.activeElement)) {
    document.execCommand(direction);
    return;
  }
  const history = store.temporal.getState();
  if (direction === 'undo') history.undo();
  else history.redo();
}

/**
 * Registers the shell's commands (new, open, save, save as, save then close, undo, redo) and
 * returns the file flows for the rest of the shell (e.g. menu-pushed documents, the template chooser).
 */
export function useDocumentCommands(
  api: JourneyApi,
  announce: (message: string) => void,
  showTemplateChooser: () => void,
): DocumentFlows {
  const store = useDocumentStore();
  const dialogs = useDialogs();
  const flows = useMemo(() => createDocumentFlows({ api, store, dialogs, announce }), [api, store, dialogs, announce]);

  useCommandHandler('new', () => void flows.createNew(null));
  useCommandHandler('new-from-template', showTemplateChooser);
  useCommandHandler('open', () => void flows.open('edit'));
  useCommandHandler('open-for-review', () => void flows.open('review'));
  useCommandHandler('save', () => void flows.save('save'));
  useCommandHandler('save-as', () => void flows.save('save-as'));
  useCommandHandler('save-then-close', () => void flows.saveThenClose());
  useCommandHandler('undo', () => runHistoryCommand(store, 'undo'));
  useCommandHandler('redo', () => runHistoryCommand(store, 'redo'));
  return flows;
}
