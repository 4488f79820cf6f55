/**
 * The one typed IPC contract between the renderer and main.
 *
 * Every channel is named `noun:verb`, maps to its argument and result types here, and has a payload
 * validator in `shared/ipc/payloads.ts` (a test enumerates `INVOKE_CHANNELS` so a channel without a
 * validator fails the suite). The preload exposes `JourneyApi` as named methods only; the browser build
 * implements the same interface.
 */
import type { JourneyMap } from '../model/types';
import type { PrintJob } from '../print/print-job';

/** What the renderer knows about the file behind its map. Main keeps the real path. */
export interface DocumentInfo {
  /** Display name such as "auto-insurance.journeymap"; null while the map is untitled. */
  fileName: string | null;
  /** True when the file could not be written by this user: the window opens in review mode. */
  readOnly: boolean;
}

export interface LoadedDocument {
  map: JourneyMap;
  info: DocumentInfo;
  /** Loader warnings, e.g. unknown fields that were dropped. */
  warnings: string[];
  /** True when the map holds work that was never saved (a map made from a CSV import): it opens as edited. */
  edited?: boolean;
}

/**
 * What a new document holds: a template's map (`templateId`, null for a blank map), or a map the renderer
 * made, such as touchpoints imported from a CSV, which opens in a new window as an unsaved map.
 */
export type NewDocumentRequest = { templateId: string | null } | { map: JourneyMap };

export type FileErrorCode =
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'too-deep'
  | 'not-a-journeymap'
  | 'version-too-new'
  | 'invalid'
  | 'io-error';

export type OpenOutcome =
  | { status: 'opened'; document: LoadedDocument }
  /** Main opened the file in another window (this one already holds a map). */
  | { status: 'opened-elsewhere' }
  | { status: 'cancelled' }
  | { status: 'failed'; code: FileErrorCode; message: string };

export type SaveOutcome =
  | { status: 'saved'; info: DocumentInfo }
  | { status: 'cancelled' }
  /** The file changed on disk and the user chose to reload it instead of saving. */
  | { status: 'reloaded'; document: LoadedDocument }
  | { status: 'failed'; message: string; canSaveAs: boolean };

export type ThemePreference = 'light' | 'dark' | 'system';

export type PdfPageFormat = 'slide' | 'a4' | 'letter' | 'poster-a3' | 'poster-tabloid';

export interface PdfSections {
  cover: boolean;
  map: boolean;
  questions: boolean;
  stages: boolean;
  scorecard: boolean;
}

export interface PdfOptions {
  format: PdfPageFormat;
  sections: PdfSections;
}

export interface Preferences {
  theme: ThemePreference;
  pdf: PdfOptions;
}

export interface DraftSummary {
  draftId: string;
  title: string;
  /** Display name of the saved file the draft belongs to; null for an untitled map. */
  fileName: string | null;
  /** ISO date-time when the draft was written. */
  writtenAt: string;
}

export interface DraftDetail extends DraftSummary {
  draft: JourneyMap;
  /** The saved file's map, when the draft belongs to a file that can still be read. */
  saved: JourneyMap | null;
}

export type ExportOutcome =
  | { status: 'exported'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Commands main sends to the renderer (from the native menu or the OS). */
export const MENU_COMMANDS = [
  'save',
  'save-as',
  'save-then-close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'select-all',
  'zoom-in',
  'zoom-out',
  'zoom-fit',
  'presentation',
  'review-toggle',
  'export-pdf',
  'export-png',
  'export-csv',
  'import-csv',
  'findings-toggle',
  'org-chart',
  'alignment',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Request/response channels (renderer → main, `ipcRenderer.invoke`).
 * `args` is the single payload (or `void`); `result` what the promise resolves to.
 */
export interface InvokeContract {
  'document:get-initial': { args: void; result: LoadedDocument | null };
  'document:open': { args: void; result: OpenOutcome };
  'document:open-for-review': { args: void; result: OpenOutcome };
  'document:new': { args: NewDocumentRequest; result: void };
  'document:save': { args: { map: JourneyMap }; result: SaveOutcome };
  'document:save-as': { args: { map: JourneyMap }; result: SaveOutcome };
  'document:set-edited': { args: { edited: boolean; title: string }; result: void };
  'window:close-confirmed': { args: void; result: void };
  /** Presentation mode: main puts the sender's window in (or out of) full screen. */
  'window:set-full-screen': { args: { fullScreen: boolean }; result: void };
  'prefs:get': { args: void; result: Preferences };
  'prefs:set': { args: Partial<Preferences>; result: Preferences };
  'drafts:write': { args: { map: JourneyMap }; result: void };
  'drafts:list': { args: void; result: DraftSummary[] };
  'drafts:get': { args: { draftId: string }; result: DraftDetail | null };
  'drafts:discard': { args: { draftId: string }; result: void };
  /** Removes the sender window's own draft (main knows its id): the map is no longer edited. */
  'drafts:discard-own': { args: void; result: void };
  'export:pdf': { args: { map: JourneyMap; options: PdfOptions }; result: ExportOutcome };
  'export:png': { args: { png: Uint8Array; suggestedName: string }; result: ExportOutcome };
  'export:csv': { args: { csv: string; suggestedName: string }; result: ExportOutcome };
  'import:csv': { args: void; result: { status: 'opened'; text: string; fileName: string } | { status: 'cancelled' } | { status: 'failed'; message: string } };
  /**
   * The print view of main's hidden print window asks for the job main holds for that window (null for
   * any other window). IPC has no size quota, unlike the page's sessionStorage (about 5.2M characters).
   */
  'print:get-job': { args: void; result: PrintJob | null };
}

export type InvokeChannel = keyof InvokeContract;

/** Every invoke channel, for the registrar and the test that enumerates the contract. */
export const INVOKE_CHANNELS = [
  'document:get-initial',
  'document:open',
  'document:open-for-review',
  'document:new',
  'document:save',
  'document:save-as',
  'document:set-edited',
  'window:close-confirmed',
  'window:set-full-screen',
  'prefs:get',
  'prefs:set',
  'drafts:write',
  'drafts:list',
  'drafts:get',
  'drafts:discard',
  'drafts:discard-own',
  'export:pdf',
  'export:png',
  'export:csv',
  'import:csv',
  'print:get-job',
] as const satisfies readonly InvokeChannel[];

/** Events main pushes to the renderer (`webContents.send`). */
export interface EventContract {
  'menu:command': MenuCommand;
  'document:load': LoadedDocument;
  'theme:changed': { dark: boolean; preference: ThemePreference };
  /** The window left full screen (the user pressed Esc or F11, or used the OS); presentation mode ends. */
  'window:left-full-screen': void;
}
export type EventChannel = keyof EventContract;
export const EVENT_CHANNELS = ['menu:command', 'document:load', 'theme:changed', 'window:left-full-screen'] as const satisfies readonly EventChannel[];

type ApiMethod<C extends InvokeChannel> = InvokeContract[C]['args'] extends void
  ? () => Promise<InvokeContract[C]['result']>
  : (payload: InvokeContract[C]['args']) => Promise<InvokeContract[C]['result']>;

/** Unsubscribe function returned by event listeners. */
export type Unsubscribe = () => void;

/**
 * The API the renderer sees on `window.journeyApi`: one named method per channel.
 * The preload object and the browser implementation both `satisfies JourneyApi`.
 */
export interface JourneyApi {
  /** 'electron' or 'browser': lets the UI word things right ("Download" vs "Save"). */
  readonly platform: 'electron' | 'browser';
  getInitialDocument: ApiMethod<'document:get-initial'>;
  openDocument: ApiMethod<'document:open'>;
  openForReview: ApiMethod<'document:open-for-review'>;
  newDocument: ApiMethod<'document:new'>;
  saveDocument: ApiMethod<'document:save'>;
  saveDocumentAs: ApiMethod<'document:save-as'>;
  setEdited: ApiMethod<'document:set-edited'>;
  confirmClose: ApiMethod<'window:close-confirmed'>;
  /** Enters or leaves full screen: the Electron window through main, the browser's Fullscreen API otherwise. */
  setFullScreen: ApiMethod<'window:set-full-screen'>;
  getPreferences: ApiMethod<'prefs:get'>;
  setPreferences: ApiMethod<'prefs:set'>;
  writeDraft: ApiMethod<'drafts:write'>;
  listDrafts: ApiMethod<'drafts:list'>;
  getDraft: ApiMethod<'drafts:get'>;
  discardDraft: ApiMethod<'drafts:discard'>;
  discardOwnDraft: ApiMethod<'drafts:discard-own'>;
  exportPdf: ApiMethod<'export:pdf'>;
  exportPng: ApiMethod<'export:png'>;
  exportCsv: ApiMethod<'export:csv'>;
  importCsv: ApiMethod<'import:csv'>;
  /** The print job of this page's print window (Electron); the browser build's print tab reads sessionStorage instead. */
  getPrintJob: ApiMethod<'print:get-job'>;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onDocumentLoad(listener: (document: LoadedDocument) => void): Unsubscribe;
  onThemeChanged(listener: (theme: EventContract['theme:changed']) => void): Unsubscribe;
  /** Called when the window leaves full screen by the user's doing after having entered it. */
  onFullScreenLeft(listener: () => void): Unsubscribe;
}

/** Which API method serves which channel; used by the preload and checked by tests. */
export const API_METHOD_BY_CHANNEL = {
  'document:get-initial': 'getInitialDocument',
  'document:open': 'openDocument',
  'document:open-for-review': 'openForReview',
  'document:new': 'newDocument',
  'document:save': 'saveDocument',
  'document:save-as': 'saveDocumentAs',
  'document:set-edited': 'setEdited',
  'window:close-confirmed': 'confirmClose',
  'window:set-full-screen': 'setFullScreen',
  'prefs:get': 'getPreferences',
  'prefs:set': 'setPreferences',
  'drafts:write': 'writeDraft',
  'drafts:list': 'listDrafts',
  'drafts:get': 'getDraft',
  'drafts:discard': 'discardDraft',
  'drafts:discard-own': 'discardOwnDraft',
  'export:pdf': 'exportPdf',
  'export:png': 'exportPng',
  'export:csv': 'exportCsv',
  'import:csv': 'importCsv',
  'print:get-job': 'getPrintJob',
} as const satisfies Record<InvokeChannel, keyof JourneyApi>;
