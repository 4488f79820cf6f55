/**
 * The IPC handlers for documents and windows: open, new, save, save as, edited state and close.
 * Main chooses every path (dialogs or the path remembered at open); the renderer only sends the map.
 */
import path from 'node:path';
import type { LoadedDocument, OpenOutcome, SaveOutcome } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { saveDocumentFile, type ConflictChoice, type ConflictQuestion } from './document-files';
import { documentInfo, FILE_EXTENSION } from './document-session';
import { safeFileName, withExtension } from './file-names';
import type { InvokeHandlers } from './ipc-registrar';
import type { WindowManager } from './window-manager';

export interface DocumentHandlerDeps {
  windows: WindowManager;
  discardDraft(draftId: string): Promise<void>;
  chooseFileToOpen(windowId: number, title: string): Promise<string | null>;
  chooseSavePath(windowId: number, defaultPath: string): Promise<string | null>;
  askConflict(windowId: number, question: ConflictQuestion): Promise<ConflictChoice>;
  confirmReplace(windowId: number, fileName: string): Promise<boolean>;
  createFromTemplate(templateId: string): JourneyMap | null;
  defaultFolder(): string;
  fileExists(filePath: string): boolean;
  log(message: string): void;
}

type DocumentChannels =
  | 'document:get-initial'
  | 'document:open'
  | 'document:open-for-review'
  | 'document:new'
  | 'document:save'
  | 'document:save-as'
  | 'document:set-edited'
  | 'window:close-confirmed';

const NO_WINDOW: SaveOutcome = { status: 'failed', message: 'This window is closing.', canSaveAs: false };

/** The document and window handlers; `windowIdOf` names the window an event came from. */
export function documentHandlers<E>(deps: DocumentHandlerDeps, windowIdOf: (event: E) => number | null): Pick<InvokeHandlers<E>, DocumentChannels> {
  const { windows } = deps;

  async function open(event: E, forReview: boolean): Promise<OpenOutcome> {
    const windowId = windowIdOf(event);
    if (windowId === null) return { status: 'cancelled' };
    const filePath = await deps.chooseFileToOpen(windowId, forReview ? 'Open for Review' : 'Open');
    if (!filePath) return { status: 'cancelled' };
    return windows.openFromWindow(windowId, filePath, { forReview });
  }

  async function saveAs(windowId: number, map: JourneyMap): Promise<SaveOutcome> {
    const session = windows.session(windowId);
    if (!session) return NO_WINDOW;
    const suggestion = session.filePath ?? path.join(deps.defaultFolder(), `${safeFileName(map.title)}${FILE_EXTENSION}`);
    const chosen = await deps.chooseSavePath(windowId, suggestion);
    if (!chosen) return { status: 'cancelled' };
    const filePath = withExtension(chosen, FILE_EXTENSION);
    // The dialog only confirmed replacing the name it showed; an added extension may hit another file.
    if (filePath !== chosen && deps.fileExists(filePath) && !(await deps.confirmReplace(windowId, path.basename(filePath)))) {
      return { status: 'cancelled' };
    }
    const holder = windows.findByPath(filePath);
    if (holder && holder.windowId !== windowId) {
      return { status: 'failed', message: `"${path.basename(filePath)}" is open in another window. Close it there first, or choose another name.`, canSaveAs: true };
    }
    return writeTo(windowId, filePath, map, null);
  }

  async function writeTo(windowId: number, filePath: string, map: JourneyMap, expected: Parameters<typeof saveDocumentFile>[0]['expected']): Promise<SaveOutcome> {
    const session = windows.session(windowId);
    if (!session) return NO_WINDOW;
    const result = await saveDocumentFile({ filePath, map, expected, askConflict: (question) => deps.askConflict(windowId, question) });
    switch (result.status) {
      case 'saved':
        windows.markSaved(windowId, filePath, result.fingerprint, map);
        await deps.discardDraft(session.draftId).catch((error: unknown) => deps.log(`could not remove draft: ${String(error)}`));
        return { status: 'saved', info: documentInfo(session) };
      case 'save-as':
        return saveAs(windowId, map);
      case 'reloaded':
        windows.markReloaded(windowId, result.fingerprint, result.document);
        await deps.discardDraft(session.draftId).catch(() => undefined);
        return { status: 'reloaded', document: result.document };
      case 'cancelled':
        return { status: 'cancelled' };
      case 'failed':
        return { status: 'failed', message: result.message, canSaveAs: result.canSaveAs };
    }
  }

  async function save(windowId: number, map: JourneyMap): Promise<SaveOutcome> {
    const session = windows.session(windowId);
    if (!session) return NO_WINDOW;
    if (!session.filePath) return saveAs(windowId, map);
    return writeTo(windowId, session.filePath, map, session.fingerprint);
  }

  return {
    'document:get-initial': (_payload, event) => {
      const windowId = windowIdOf(event);
      return windowId === null ? null : windows.initialDocument(windowId);
    },
    'document:open': (_payload, event) => open(event, false),
    'document:open-for-review': (_payload, event) => open(event, true),
    'document:new': (request, event) => {
      if ('map' in request) {
        // A map the renderer made (a CSV import): unsaved work, so always a window of its own.
        windows.newDocument(windowIdOf(event), { map: request.map, info: { fileName: null, readOnly: false }, warnings: [], edited: true });
        return;
      }
      const { templateId } = request;
      let document: LoadedDocument | null = null;
      if (templateId !== null) {
        const map = deps.createFromTemplate(templateId);
        if (!map) {
          deps.log(`unknown template ${templateId}`);
          return;
        }
        document = { map, info: { fileName: null, readOnly: false }, warnings: [] };
      }
      windows.newDocument(windowIdOf(event), document);
    },
    'document:save': ({ map }, event) => {
      const windowId = windowIdOf(event);
      return windowId === null ? NO_WINDOW : save(windowId, map);
    },
    'document:save-as': ({ map }, event) => {
      const windowId = windowIdOf(event);
      return windowId === null ? NO_WINDOW : saveAs(windowId, map);
    },
    'document:set-edited': ({ edited, title }, event) => {
      const windowId = windowIdOf(event);
      if (windowId !== null) windows.setEdited(windowId, edited, title);
    },
    'window:close-confirmed': (_payload, event) => {
      const windowId = windowIdOf(event);
      if (windowId !== null) windows.confirmClose(windowId);
    },
  };
}
