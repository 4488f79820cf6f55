/**
 * What main knows about the map in one window: where its file is, how the file looked when it was read
 * (for conflict detection), whether it has unsaved edits, and its draft id. Pure helpers only.
 */
import path from 'node:path';
import type { DocumentInfo, LoadedDocument } from '../../shared/ipc/contract';
import type { FileFingerprint } from './document-files';

export const APP_NAME = 'Journey Map';
export const FILE_EXTENSION = '.journeymap';

export interface DocumentSession {
  readonly windowId: number;
  /** The id of this window's autosave draft (`drafts/<draftId>.json`). */
  readonly draftId: string;
  filePath: string | null;
  fingerprint: FileFingerprint | null;
  readOnly: boolean;
  edited: boolean;
  /** The map's title as the renderer last reported it. */
  mapTitle: string;
  /** The document the renderer gets from `document:get-initial` (the latest one loaded by main). */
  document: LoadedDocument | null;
  /** True once the renderer asked for its initial document, so it listens for `document:load`. */
  rendererReady: boolean;
}

/** A fresh session for a window. */
export function createSession(windowId: number, draftId: string, document: LoadedDocument | null = null): DocumentSession {
  return {
    windowId,
    draftId,
    filePath: null,
    fingerprint: null,
    readOnly: document?.info.readOnly ?? false,
    edited: document?.edited === true,
    mapTitle: document?.map.title ?? '',
    document,
    rendererReady: false,
  };
}

/** True when a window holds nothing worth keeping, so opening a file may replace its map. */
export function isReusable(session: DocumentSession): boolean {
  return session.filePath === null && !session.edited;
}

/** What the renderer is told about the file behind the session. */
export function documentInfo(session: DocumentSession): DocumentInfo {
  return { fileName: session.filePath ? path.basename(session.filePath) : null, readOnly: session.readOnly };
}

/** The name shown for a document: its file name without the extension, else the map title. */
export function documentName(session: Pick<DocumentSession, 'filePath' | 'mapTitle'>): string {
  if (session.filePath) {
    const base = path.basename(session.filePath);
    return base.toLowerCase().endsWith(FILE_EXTENSION) ? base.slice(0, -FILE_EXTENSION.length) : base;
  }
  const title = session.mapTitle.trim().replace(/\s+/g, ' ');
  if (title.length === 0) return 'Untitled';
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

/**
 * The window title: "name — Journey Map". Unsaved edits add a "●" prefix on Windows and Linux; macOS
 * shows them with `setDocumentEdited` instead, as its own apps do.
 */
export function windowTitle(session: Pick<DocumentSession, 'filePath' | 'mapTitle' | 'edited' | 'readOnly'>, platform: NodeJS.Platform): string {
  const prefix = session.edited && platform !== 'darwin' ? '● ' : '';
  const suffix = session.readOnly ? ' (read-only)' : '';
  return `${prefix}${documentName(session)}${suffix} — ${APP_NAME}`;
}

/** Points a session at a file that was just read or written. */
export function attachFile(session: DocumentSession, filePath: string, fingerprint: FileFingerprint, info: DocumentInfo): void {
  session.filePath = filePath;
  session.fingerprint = fingerprint;
  session.readOnly = info.readOnly;
}
