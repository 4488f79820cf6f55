/**
 * One window per open map. Keeps the session of every window, decides where an opened file goes (focus
 * the window that already has it, reuse an untitled unedited window, or open a new one), keeps titles in
 * step with unsaved edits, runs the Save / Don't Save / Cancel prompt on close and quit, and recovers a
 * window whose page process died (see `rendererGone`).
 */
import path from 'node:path';
import type { EventChannel, EventContract, LoadedDocument, OpenOutcome } from '../../shared/ipc/contract';
import type { FileFingerprint, ReadDocumentResult } from './document-files';
import { attachFile, createSession, documentInfo, documentName, isReusable, windowTitle, type DocumentSession } from './document-session';

/** The window operations the manager needs; main adapts a BrowserWindow to this. */
export interface ManagedWindow {
  readonly id: number;
  focus(): void;
  close(): void;
  isDestroyed(): boolean;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(filePath: string): void;
  send<E extends EventChannel>(channel: E, payload: EventContract[E]): void;
  /** Loads the app's page afresh (after its process died). */
  reload(): void;
}

export type UnsavedChangesChoice = 'save' | 'discard' | 'cancel';

/** What to do with a window whose page process died. */
export type RendererGoneChoice = 'reload' | 'close';

export interface WindowManagerDeps {
  platform: NodeJS.Platform;
  /** Creates and loads a new window (hidden work such as bounds and events is main's business). */
  openWindow(): ManagedWindow;
  focusedWindowId(): number | null;
  readDocument(filePath: string, options: { forReview: boolean }): Promise<ReadDocumentResult>;
  askUnsavedChanges(window: ManagedWindow, documentName: string): Promise<UnsavedChangesChoice>;
  /** The window's page died: reload it or close it? `edited` says whether unsaved work hangs on the draft. */
  askRendererGone(window: ManagedWindow, documentName: string, edited: boolean): Promise<RendererGoneChoice>;
  showOpenError(window: ManagedWindow | null, fileName: string, message: string): Promise<void>;
  rememberRecentFile(filePath: string): void;
  discardDraft(draftId: string): Promise<void>;
  newDraftId(): string;
  /** Continues an app quit that a close prompt interrupted. */
  quit(): void;
}

/** True when two paths name the same file (case-insensitively where the file system usually is). */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  return platform === 'win32' || platform === 'darwin' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

interface OpenedFile {
  filePath: string;
  fingerprint: FileFingerprint;
  document: LoadedDocument;
}

/** The sessions of all document windows and the rules for opening, titling and closing them. */
export class WindowManager {
  private readonly sessions = new Map<number, DocumentSession>();
  private readonly windows = new Map<number, ManagedWindow>();
  private readonly closeConfirmed = new Set<number>();
  private readonly prompting = new Set<number>();
  private readonly quitAfterClose = new Set<number>();
  /** Windows whose page process died: they close without asking and never lose their draft. */
  private readonly crashed = new Set<number>();
  private quitting = false;

  constructor(private readonly deps: WindowManagerDeps) {}

  /** Every open session. */
  allSessions(): DocumentSession[] {
    return [...this.sessions.values()];
  }

  session(windowId: number): DocumentSession | undefined {
    return this.sessions.get(windowId);
  }

  window(windowId: number): ManagedWindow | undefined {
    return this.windows.get(windowId);
  }

  /** The session that has this file open, if any. */
  findByPath(filePath: string): DocumentSession | undefined {
    return this.allSessions().find((session) => session.filePath !== null && samePath(session.filePath, filePath, this.deps.platform));
  }

  /** Opens a new window, optionally with a document (a template or a file) for it to show. */
  createDocumentWindow(document: LoadedDocument | null = null, file: Omit<OpenedFile, 'document'> | null = null): DocumentSession {
    const window = this.deps.openWindow();
    const session = createSession(window.id, this.deps.newDraftId(), document);
    if (file && document) attachFile(session, file.filePath, file.fingerprint, document.info);
    this.sessions.set(window.id, session);
    this.windows.set(window.id, window);
    this.refresh(session);
    return session;
  }

  /** The renderer asks for its first document; from now on it listens for `document:load`. */
  initialDocument(windowId: number): LoadedDocument | null {
    const session = this.sessions.get(windowId);
    if (!session) return null;
    session.rendererReady = true;
    return session.document;
  }

  /** Open (from a window's File ▸ Open): load into that window when it is reusable, else a new window. */
  async openFromWindow(windowId: number, filePath: string, options: { forReview: boolean }): Promise<OpenOutcome> {
    const existing = this.findByPath(filePath);
    if (existing) {
      this.windows.get(existing.windowId)?.focus();
      return { status: 'opened-elsewhere' };
    }
    const result = await this.deps.readDocument(filePath, options);
    if (!result.ok) return { status: 'failed', code: result.code, message: result.message };
    this.deps.rememberRecentFile(filePath);
    const opened: OpenedFile = { filePath, fingerprint: result.fingerprint, document: result.document };
    const session = this.sessions.get(windowId);
    if (session && isReusable(session)) {
      this.loadInto(session, opened, { notify: false });
      return { status: 'opened', document: result.document };
    }
    this.createDocumentWindow(result.document, opened);
    return { status: 'opened-elsewhere' };
  }

  /**
   * Open from outside a window (double-click, command line, Open Recent, the dock). Returns false when
   * the file could not be opened (the user has been told why).
   */
  async openFromSystem(filePath: string, options: { forReview?: boolean } = {}): Promise<boolean> {
    const existing = this.findByPath(filePath);
    if (existing) {
      this.windows.get(existing.windowId)?.focus();
      return true;
    }
    const result = await this.deps.readDocument(filePath, { forReview: options.forReview === true });
    if (!result.ok) {
      const focused = this.deps.focusedWindowId();
      await this.deps.showOpenError(focused === null ? null : (this.windows.get(focused) ?? null), path.basename(filePath), result.message);
      return false;
    }
    this.deps.rememberRecentFile(filePath);
    const opened: OpenedFile = { filePath, fingerprint: result.fingerprint, document: result.document };
    const target = this.reusableSession();
    if (target) {
      this.loadInto(target, opened);
      this.windows.get(target.windowId)?.focus();
    } else {
      this.createDocumentWindow(result.document, opened);
    }
    return true;
  }

  /**
   * A new map (blank, from a template, or made by the renderer): a template replaces an untouched window,
   * otherwise a new window. A map holding unsaved work (`edited`, e.g. a CSV import) never replaces the
   * map of the window that asked: it always gets a new window.
   */
  newDocument(fromWindowId: number | null, document: LoadedDocument | null): void {
    const session = fromWindowId === null ? undefined : this.sessions.get(fromWindowId);
    if (document && document.edited !== true && session && isReusable(session)) {
      this.loadInto(session, { document, filePath: null, fingerprint: null });
      return;
    }
    this.createDocumentWindow(document);
  }

  /** The renderer reports unsaved edits and the map title. */
  setEdited(windowId: number, edited: boolean, title: string): void {
    const session = this.sessions.get(windowId);
    if (!session) return;
    session.edited = edited;
    session.mapTitle = title;
    this.refresh(session);
  }

  /** Records a successful save (also after Save As, which moves the session to the new path). */
  markSaved(windowId: number, filePath: string, fingerprint: FileFingerprint, map: LoadedDocument['map']): void {
    const session = this.sessions.get(windowId);
    if (!session) return;
    attachFile(session, filePath, fingerprint, { fileName: path.basename(filePath), readOnly: false });
    session.edited = false;
    session.mapTitle = map.title;
    session.document = { map, info: documentInfo(session), warnings: [] };
    this.deps.rememberRecentFile(filePath);
    this.refresh(session);
  }

  /** Records that the window now shows the file as it is on disk (the user chose Reload). */
  markReloaded(windowId: number, fingerprint: FileFingerprint, document: LoadedDocument): void {
    const session = this.sessions.get(windowId);
    if (!session?.filePath) return;
    this.loadInto(session, { filePath: session.filePath, fingerprint, document }, { notify: false });
  }

  /** App quit started: edited windows will prompt, and continue the quit once answered. */
  beginQuit(): void {
    this.quitting = true;
  }

  /**
   * Called from the window's `close` event: true lets it close. An edited window stays open and asks
   * Save / Don't Save / Cancel; Save asks the renderer to save and then confirm the close.
   */
  shouldClose(windowId: number): boolean {
    const session = this.sessions.get(windowId);
    const window = this.windows.get(windowId);
    // A dead page can neither save nor confirm: asking would hang, and its draft is kept anyway.
    if (this.crashed.has(windowId)) return true;
    if (!session || !window || !session.edited || this.closeConfirmed.has(windowId)) return true;
    if (!this.prompting.has(windowId)) void this.promptUnsaved(session, window, this.quitting);
    return false;
  }

  /** The renderer saved after `save-then-close` (or has nothing to save): close without asking. */
  confirmClose(windowId: number): void {
    const window = this.windows.get(windowId);
    if (!window) return;
    this.closeConfirmed.add(windowId);
    window.close();
  }

  /**
   * Called from the window's `closed` event. The draft goes with the window, except after a crash: then
   * it is the only copy of the unsaved work and is offered for recovery at the next start.
   */
  forget(windowId: number): void {
    const session = this.sessions.get(windowId);
    const crashed = this.crashed.delete(windowId);
    this.sessions.delete(windowId);
    this.windows.delete(windowId);
    this.closeConfirmed.delete(windowId);
    this.prompting.delete(windowId);
    if (session && !crashed) void this.deps.discardDraft(session.draftId).catch(() => undefined);
    if (this.quitAfterClose.delete(windowId)) this.deps.quit();
  }

  /**
   * Called when the window's page process is gone (crashed, out of memory, killed). Nothing can be saved
   * from it any more, so from now on the window closes without the Save prompt and its draft (the last
   * autosave, a few seconds old at most) is never deleted. The user chooses: Reload Window gives the
   * window a fresh page and session, which offers that draft for recovery at once (a window that had no
   * unsaved edits simply shows its file again); Close Window keeps the draft for the next start.
   */
  async rendererGone(windowId: number): Promise<void> {
    const session = this.sessions.get(windowId);
    const window = this.windows.get(windowId);
    if (!session || !window || window.isDestroyed() || this.crashed.has(windowId)) return;
    this.crashed.add(windowId);
    const choice = await this.deps.askRendererGone(window, documentName(session), session.edited);
    // Closed meanwhile (quit, or the user closed it): `forget` has kept the draft.
    if (window.isDestroyed() || this.sessions.get(windowId) !== session) return;
    if (choice === 'reload') {
      this.reloadAfterCrash(session, window);
      return;
    }
    this.closeConfirmed.add(windowId);
    window.close();
  }

  private async promptUnsaved(session: DocumentSession, window: ManagedWindow, quitRequested: boolean): Promise<void> {
    this.prompting.add(session.windowId);
    try {
      const choice = await this.deps.askUnsavedChanges(window, documentName(session));
      this.quitting = false;
      if (window.isDestroyed()) return;
      // The page died while the user was asked: the crash prompt decides (a quit goes on once the window
      // closes); after a reload the answer was about a page that no longer exists.
      const current = this.sessions.get(session.windowId) === session;
      if (!current || this.crashed.has(session.windowId)) {
        if (current && quitRequested && choice !== 'cancel') this.quitAfterClose.add(session.windowId);
        return;
      }
      if (choice === 'save') {
        if (quitRequested) this.quitAfterClose.add(session.windowId);
        window.send('menu:command', 'save-then-close');
      } else if (choice === 'discard') {
        await this.deps.discardDraft(session.draftId).catch(() => undefined);
        if (quitRequested) this.quitAfterClose.add(session.windowId);
        this.closeConfirmed.add(session.windowId);
        window.close();
      }
    } finally {
      this.prompting.delete(session.windowId);
    }
  }

  /**
   * A fresh session under a new draft id, so the page's recovery lists the crashed session's draft as
   * left over. With unsaved edits the page starts blank (a draft is restored only into a blank window);
   * without, it shows the file as last opened or saved.
   */
  private reloadAfterCrash(crashed: DocumentSession, window: ManagedWindow): void {
    const keepFile = !crashed.edited;
    const session = createSession(crashed.windowId, this.deps.newDraftId(), keepFile ? crashed.document : null);
    if (keepFile && crashed.filePath && crashed.fingerprint) attachFile(session, crashed.filePath, crashed.fingerprint, documentInfo(crashed));
    this.sessions.set(crashed.windowId, session);
    this.crashed.delete(crashed.windowId);
    this.closeConfirmed.delete(crashed.windowId);
    this.quitAfterClose.delete(crashed.windowId);
    this.refresh(session);
    window.reload();
  }

  private reusableSession(): DocumentSession | undefined {
    const focused = this.deps.focusedWindowId();
    const focusedSession = focused === null ? undefined : this.sessions.get(focused);
    if (focusedSession && isReusable(focusedSession)) return focusedSession;
    return this.allSessions().find(isReusable);
  }

  private loadInto(
    session: DocumentSession,
    opened: { filePath: string | null; fingerprint: FileFingerprint | null; document: LoadedDocument },
    options: { notify?: boolean } = {},
  ): void {
    session.filePath = opened.filePath;
    session.fingerprint = opened.fingerprint;
    session.readOnly = opened.document.info.readOnly;
    session.edited = false;
    session.mapTitle = opened.document.map.title;
    session.document = opened.document;
    this.refresh(session);
    if (options.notify !== false && session.rendererReady) this.windows.get(session.windowId)?.send('document:load', opened.document);
  }

  private refresh(session: DocumentSession): void {
    const window = this.windows.get(session.windowId);
    if (!window || window.isDestroyed()) return;
    window.setTitle(windowTitle(session, this.deps.platform));
    window.setDocumentEdited(session.edited);
    if (session.filePath) window.setRepresentedFilename(session.filePath);
  }
}
