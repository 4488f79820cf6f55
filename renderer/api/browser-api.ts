import type {
  DocumentInfo,
  EventContract,
  ExportOutcome,
  JourneyApi,
  LoadedDocument,
  OpenOutcome,
  Preferences,
  SaveOutcome,
} from '../../shared/ipc/contract';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import { describeFileFailure } from '../../shared/format/errors';
import { createId } from '../../shared/model';
import { LIMITS, type JourneyMap } from '../../shared/model/types';
import { createDraftStore, createMemoryDraftBackend, type DraftBackend, type DraftStore } from './browser-drafts';
import { downloadBlob, pickFile, readFileBytes } from './browser-files';
import { exitFullscreen, requestFullscreen, watchFullscreenExit } from './browser-fullscreen';
import { mergePreferences, readPreferences, storePreferences } from './browser-prefs';
import { createEmitter } from './event-emitter';
import { JOURNEYMAP_EXTENSION, journeyFileName, safeFileBase, withExtension, withoutExtension } from './file-names';
import { createIndexedDbDraftBackend } from './indexeddb-drafts';
import { createNewMap, isTemplateId } from './new-map';
import { writePrintJob } from './print-job';

const JOURNEYMAP_ACCEPT = `${JOURNEYMAP_EXTENSION},application/json`;
const CSV_ACCEPT = '.csv,text/csv';
const DRAFT_LOCK_PREFIX = 'journeymap-draft:';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** What the browser API needs from its page; tests pass a jsdom window and a memory draft backend. */
export interface BrowserApiOptions {
  window?: Window;
  drafts?: DraftBackend;
  now?: () => Date;
}

/** The one file this tab holds: the browser page edits one map at a time. */
interface TabDocument {
  fileName: string | null;
  /** The map as last opened or saved in this tab (kept with drafts for comparison on recovery). */
  saved: JourneyMap | null;
}

function lockManager(win: Window): LockManager | null {
  return 'locks' in win.navigator ? win.navigator.locks : null;
}

/** Holds a Web Lock named after this page's draft until the page goes away, so other tabs can tell it is live. */
function holdDraftLock(win: Window, draftId: string): void {
  lockManager(win)
    ?.request(`${DRAFT_LOCK_PREFIX}${draftId}`, () => new Promise<void>(() => undefined))
    .catch(() => undefined);
}

/** The drafts of pages still open in this browser (none are known without Web Locks). */
async function liveDraftIds(win: Window): Promise<ReadonlySet<string>> {
  try {
    const held = (await lockManager(win)?.query())?.held ?? [];
    return new Set(held.flatMap((lock) => (lock.name?.startsWith(DRAFT_LOCK_PREFIX) ? [lock.name.slice(DRAFT_LOCK_PREFIX.length)] : [])));
  } catch {
    return new Set();
  }
}

function safeStorage(read: () => Storage): Storage | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * The preload API implemented for a plain browser tab (development and end-to-end tests).
 * Files are opened with the browser's file picker and saved as downloads; preferences live in
 * localStorage and drafts in IndexedDB; PDFs are printed with the browser's own print dialog.
 */
export function createBrowserApi(options: BrowserApiOptions = {}): JourneyApi {
  const win = options.window ?? window;
  const now = options.now ?? (() => new Date());
  const local = safeStorage(() => win.localStorage);
  const session = safeStorage(() => win.sessionStorage);
  const darkQuery = typeof win.matchMedia === 'function' ? win.matchMedia(DARK_QUERY) : null;

  const tab: TabDocument = { fileName: null, saved: null };
  let edited = false;
  let preferences: Preferences = readPreferences(local ?? { getItem: () => null });

  const documentLoads = createEmitter<LoadedDocument>();
  const themeChanges = createEmitter<EventContract['theme:changed']>();

  const draftBackend =
    options.drafts ?? ('indexedDB' in win && win.indexedDB ? createIndexedDbDraftBackend(win.indexedDB) : createMemoryDraftBackend());
  // A fresh draft id per page: after a reload or a crash of the tab, the previous page's draft stays
  // untouched until the user restores or discards it.
  const drafts: DraftStore = createDraftStore(draftBackend, createId('draft'), now);
  holdDraftLock(win, drafts.draftId);

  win.addEventListener('beforeunload', (event) => {
    if (!edited) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the "Leave site?" prompt.
    event.returnValue = '';
  });
  darkQuery?.addEventListener('change', (event) => {
    themeChanges.emit({ dark: event.matches, preference: preferences.theme });
  });

  /** The tab now holds `map` as opened, created or saved: a draft of what it held before is obsolete. */
  function remember(map: JourneyMap, info: DocumentInfo): void {
    tab.fileName = info.fileName;
    tab.saved = map;
    drafts.discard(drafts.draftId).catch(() => undefined);
  }

  async function open(readOnly: boolean): Promise<OpenOutcome> {
    const file = await pickFile(JOURNEYMAP_ACCEPT, win.document);
    if (!file) return { status: 'cancelled' };
    if (file.size > LIMITS.maxFileBytes) {
      return { status: 'failed', ...describeFileFailure({ code: 'too-large', bytes: file.size, limitBytes: LIMITS.maxFileBytes }) };
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch (error) {
      return { status: 'failed', code: 'io-error', message: `The file “${file.name}” could not be read: ${errorMessage(error)}` };
    }
    const result = parseJourneyFile(bytes);
    if (!result.ok) return { status: 'failed', code: result.error.code, message: result.error.message };
    const info: DocumentInfo = { fileName: file.name, readOnly };
    remember(result.map, info);
    return { status: 'opened', document: { map: result.map, info, warnings: result.warnings } };
  }

  function save(map: JourneyMap): SaveOutcome {
    try {
      const fileName = journeyFileName(map.title, tab.fileName);
      downloadBlob(serializeJourneyFile(map), fileName, 'application/json', win.document);
      const info: DocumentInfo = { fileName, readOnly: false };
      remember(map, info);
      return { status: 'saved', info };
    } catch (error) {
      return { status: 'failed', message: `The map could not be downloaded: ${errorMessage(error)}`, canSaveAs: false };
    }
  }

  function download(data: BlobPart, name: string, extension: string, type: string): ExportOutcome {
    try {
      const fileName = withExtension(safeFileBase(withoutExtension(name)), extension);
      downloadBlob(data, fileName, type, win.document);
      return { status: 'exported', fileName };
    } catch (error) {
      return { status: 'failed', message: `The export could not be downloaded: ${errorMessage(error)}` };
    }
  }

  function initialDocument(): LoadedDocument | null {
    const templateId = new URLSearchParams(win.location.search).get('template');
    if (!templateId || !isTemplateId(templateId)) return null;
    const map = createNewMap(templateId, now());
    const info: DocumentInfo = { fileName: null, readOnly: false };
    remember(map, info);
    return { map, info, warnings: [] };
  }

  const api = {
    platform: 'browser',
    getInitialDocument: async () => initialDocument(),
    openDocument: () => open(false),
    openForReview: () => open(true),
    newDocument: async (request) => {
      const info: DocumentInfo = { fileName: null, readOnly: false };
      if ('map' in request) {
        // A map made in the page (a CSV import): it replaces the tab's map, unsaved.
        remember(request.map, info);
        tab.saved = null;
        documentLoads.emit({ map: request.map, info, warnings: [], edited: true });
        return;
      }
      const map = createNewMap(request.templateId, now());
      remember(map, info);
      documentLoads.emit({ map, info, warnings: [] });
    },
    saveDocument: async ({ map }) => save(map),
    saveDocumentAs: async ({ map }) => save(map),
    setEdited: async (state) => {
      edited = state.edited;
    },
    confirmClose: async () => {
      // A tab cannot close itself; the browser's own unload prompt covers closing with unsaved changes.
    },
    // Synchronous up to the request, so it still runs inside the click or key press that asked for it.
    setFullScreen: async ({ fullScreen }) => (fullScreen ? requestFullscreen(win.document) : exitFullscreen(win.document)),
    getPreferences: async () => mergePreferences(preferences, null),
    setPreferences: async (patch) => {
      const before = preferences.theme;
      preferences = mergePreferences(preferences, patch);
      if (local) storePreferences(local, preferences);
      if (preferences.theme !== before) {
        themeChanges.emit({ dark: darkQuery?.matches ?? false, preference: preferences.theme });
      }
      return mergePreferences(preferences, null);
    },
    writeDraft: ({ map }) => drafts.write(map, { fileName: tab.fileName, saved: tab.saved }),
    listDrafts: async () => {
      const [stored, live] = await Promise.all([drafts.list(), liveDraftIds(win)]);
      return stored.filter((draft) => !live.has(draft.draftId));
    },
    getDraft: ({ draftId }) => drafts.get(draftId),
    discardDraft: ({ draftId }) => drafts.discard(draftId),
    discardOwnDraft: () => drafts.discard(drafts.draftId),
    exportPdf: async ({ map, options: pdfOptions }) => {
      if (!session) return { status: 'failed', message: 'This browser does not allow the page to prepare a print job.' };
      try {
        writePrintJob(session, { map, options: pdfOptions });
      } catch (error) {
        return { status: 'failed', message: `The map is too large to print from the browser: ${errorMessage(error)}` };
      }
      const printUrl = `${win.location.pathname}${win.location.search}#/print`;
      const printWindow = win.open(printUrl, '_blank');
      if (!printWindow) {
        return { status: 'failed', message: 'The browser blocked the print window. Allow pop-ups for this page and try again.' };
      }
      return { status: 'exported', fileName: `${safeFileBase(map.title)}.pdf` };
    },
    exportPng: async ({ png, suggestedName }) => download(new Uint8Array(png), suggestedName, '.png', 'image/png'),
    exportCsv: async ({ csv, suggestedName }) => download(csv, suggestedName, '.csv', 'text/csv;charset=utf-8'),
    importCsv: async () => {
      const file = await pickFile(CSV_ACCEPT, win.document);
      if (!file) return { status: 'cancelled' };
      if (file.size > LIMITS.maxFileBytes) {
        return { status: 'failed', message: describeFileFailure({ code: 'too-large', bytes: file.size, limitBytes: LIMITS.maxFileBytes }).message };
      }
      try {
        return { status: 'opened', text: await file.text(), fileName: file.name };
      } catch (error) {
        return { status: 'failed', message: `The file “${file.name}” could not be read: ${errorMessage(error)}` };
      }
    },
    // The browser build hands the job to its print tab in sessionStorage (`journeymap:print-job`), so no
    // print view asks this API for one.
    getPrintJob: async () => null,
    // The browser has no native menu: toolbar and shortcuts dispatch commands directly.
    onMenuCommand: () => () => undefined,
    onDocumentLoad: (listener) => documentLoads.subscribe(listener),
    onThemeChanged: (listener) => themeChanges.subscribe(listener),
    onFullScreenLeft: (listener) => watchFullscreenExit(listener, win.document),
  } satisfies JourneyApi;
  return api;
}
