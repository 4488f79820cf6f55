/**
 * The native dialogs main shows: open and save pickers (main chooses every path), the unsaved-changes
 * prompt, the changed-on-disk prompt and error messages. `dialog` is looked up on every call so tests
 * (and the Electron end-to-end suite) can replace its methods.
 */
import { BrowserWindow, dialog, type FileFilter, type MessageBoxOptions } from 'electron';
import type { ConflictChoice, ConflictQuestion } from './document-files';
import type { RendererGoneChoice, UnsavedChangesChoice } from './window-manager';

export const JOURNEY_MAP_FILTERS: FileFilter[] = [
  { name: 'Journey maps', extensions: ['journeymap'] },
  { name: 'All files', extensions: ['*'] },
];

function parentOf(windowId: number | null): BrowserWindow | null {
  if (windowId === null) return null;
  const window = BrowserWindow.fromId(windowId);
  return window && !window.isDestroyed() ? window : null;
}

async function messageBox(windowId: number | null, options: MessageBoxOptions): Promise<number> {
  const parent = parentOf(windowId);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response;
}

/** Asks for one file to open; null when cancelled. */
export async function chooseFileToOpen(windowId: number | null, options: { title: string; filters: FileFilter[]; defaultPath?: string }): Promise<string | null> {
  const parent = parentOf(windowId);
  const request = { title: options.title, properties: ['openFile' as const], filters: options.filters, ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}) };
  const result = parent ? await dialog.showOpenDialog(parent, request) : await dialog.showOpenDialog(request);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Asks where to save; null when cancelled. The OS dialog confirms replacing an existing file. */
export async function chooseFileToSave(windowId: number | null, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null> {
  const parent = parentOf(windowId);
  const request = { title: options.title, defaultPath: options.defaultPath, filters: options.filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
  const result = parent ? await dialog.showSaveDialog(parent, request) : await dialog.showSaveDialog(request);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Save / Don't Save / Cancel for a window with unsaved edits. */
export async function askUnsavedChanges(windowId: number, documentName: string): Promise<UnsavedChangesChoice> {
  const response = await messageBox(windowId, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to "${documentName}"?`,
    detail: "Your changes will be lost if you don't save them.",
  });
  return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
}

/** A window's page stopped (crash, out of memory): Reload Window or Close Window; the draft is kept either way. */
export async function askRendererGone(windowId: number, documentName: string, edited: boolean): Promise<RendererGoneChoice> {
  const response = await messageBox(windowId, {
    type: 'error',
    buttons: ['Reload Window', 'Close Window'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
    message: `"${documentName}" stopped working in this window.`,
    detail: edited
      ? 'Your unsaved changes are kept as they were at the last autosave, a few seconds before. Reload Window offers to restore them right away; if you close the window, they are offered the next time Journey Map starts.'
      : 'No unsaved changes were lost. Reload Window shows the map again.',
  });
  return response === 0 ? 'reload' : 'close';
}

/** The buttons (label and the choice it makes, Cancel last), the question and its explanation for one kind of conflict. */
function conflictPrompt(question: ConflictQuestion): {
  buttons: readonly (readonly [string, ConflictChoice])[];
  message: string;
  detail: string;
} {
  const saveAs = ['Save As…', 'save-as'] as const;
  const cancel = ['Cancel', 'cancel'] as const;
  switch (question.reason) {
    case 'unreadable':
      return {
        buttons: [['Save Here Anyway', 'overwrite'], saveAs, cancel],
        message: `"${question.fileName}" cannot be read now, so it cannot be checked for changes made since you opened it.`,
        detail: `${question.problem} Save Here Anyway may replace changes made elsewhere. Save As… keeps your map in a new file.`,
      };
    case 'deleted':
      return {
        buttons: [['Save Here Again', 'overwrite'], saveAs, cancel],
        message: `"${question.fileName}" was moved or deleted since you opened it.`,
        detail: 'Save Here Again writes your map back where it was. Save As… lets you choose a new place.',
      };
    case 'changed':
      return {
        buttons: [['Overwrite', 'overwrite'], saveAs, ['Reload from Disk', 'reload'], cancel],
        message: `"${question.fileName}" was changed by someone or something else since you opened it.`,
        detail:
          'Overwrite replaces those changes with yours. Save As… keeps both versions. Reload from Disk shows the file as it is now and drops your unsaved changes.',
      };
  }
}

/** The file changed on disk since it was opened, or may have: ask what to do (Save As… is the safe default). */
export async function askConflict(windowId: number, question: ConflictQuestion): Promise<ConflictChoice> {
  const { buttons, message, detail } = conflictPrompt(question);
  const response = await messageBox(windowId, {
    type: 'warning',
    buttons: buttons.map(([label]) => label),
    defaultId: 1,
    cancelId: buttons.length - 1,
    noLink: true,
    message,
    detail,
  });
  return buttons[response]?.[1] ?? 'cancel';
}

/** Confirms replacing a file the save dialog did not ask about (an extension was added to the name). */
export async function confirmReplace(windowId: number, fileName: string): Promise<boolean> {
  const response = await messageBox(windowId, {
    type: 'warning',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `"${fileName}" already exists. Do you want to replace it?`,
  });
  return response === 0;
}

/** Tells the user a file could not be opened, and why. */
export async function showOpenError(windowId: number | null, fileName: string, message: string): Promise<void> {
  await messageBox(windowId, { type: 'error', buttons: ['OK'], message: `"${fileName}" could not be opened.`, detail: message });
}

/** Tells the user something went wrong, in plain words. */
export async function showError(windowId: number | null, message: string, detail: string): Promise<void> {
  await messageBox(windowId, { type: 'error', buttons: ['OK'], message, detail });
}
