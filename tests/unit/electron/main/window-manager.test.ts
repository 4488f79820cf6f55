import { describe, expect, it, vi } from 'vitest';
import type { EventChannel, EventContract, LoadedDocument } from '../../../../shared/ipc/contract';
import type { ReadDocumentResult } from '../../../../electron/main/document-files';
import {
  samePath,
  WindowManager,
  type ManagedWindow,
  type RendererGoneChoice,
  type UnsavedChangesChoice,
  type WindowManagerDeps,
} from '../../../../electron/main/window-manager';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

class FakeWindow implements ManagedWindow {
  title = '';
  edited = false;
  representedFilename = '';
  destroyed = false;
  focused = 0;
  closeRequests = 0;
  reloads = 0;
  readonly sent: { channel: EventChannel; payload: unknown }[] = [];
  constructor(readonly id: number) {}
  focus() {
    this.focused += 1;
  }
  close() {
    this.closeRequests += 1;
  }
  isDestroyed() {
    return this.destroyed;
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  setRepresentedFilename(filePath: string) {
    this.representedFilename = filePath;
  }
  send<E extends EventChannel>(channel: E, payload: EventContract[E]) {
    this.sent.push({ channel, payload });
  }
  reload() {
    this.reloads += 1;
  }
}

const fingerprint = { size: 10, mtimeMs: 1, sha256: 'abc' };

function documentFor(filePath: string, readOnly = false): LoadedDocument {
  return { map: { ...SAMPLE_MAP, title: `Map in ${filePath}` }, info: { fileName: filePath.split('/').at(-1) ?? null, readOnly }, warnings: [] };
}

function setup(overrides: Partial<WindowManagerDeps> = {}) {
  const windows: FakeWindow[] = [];
  let focused: number | null = null;
  let nextDraft = 0;
  let answer: UnsavedChangesChoice = 'cancel';
  let crashAnswer: RendererGoneChoice = 'close';
  const deps: WindowManagerDeps = {
    platform: 'linux',
    openWindow: () => {
      const window = new FakeWindow(windows.length + 1);
      windows.push(window);
      focused = window.id;
      return window;
    },
    focusedWindowId: () => focused,
    readDocument: vi.fn(async (filePath: string, options: { forReview: boolean }): Promise<ReadDocumentResult> =>
      filePath.includes('broken')
        ? { ok: false, code: 'not-json', message: 'This file is damaged.' }
        : { ok: true, document: documentFor(filePath, options.forReview), fingerprint },
    ),
    askUnsavedChanges: vi.fn(async () => answer),
    askRendererGone: vi.fn(async () => crashAnswer),
    showOpenError: vi.fn(async () => undefined),
    rememberRecentFile: vi.fn(),
    discardDraft: vi.fn(async () => undefined),
    newDraftId: () => `draft-${++nextDraft}`,
    quit: vi.fn(),
    ...overrides,
  };
  const manager = new WindowManager(deps);
  return {
    manager,
    deps,
    windows,
    focus: (id: number | null) => {
      focused = id;
    },
    answer: (choice: UnsavedChangesChoice) => {
      answer = choice;
    },
    answerCrash: (choice: RendererGoneChoice) => {
      crashAnswer = choice;
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WindowManager: opening files', () => {
  it('loads a file into an untitled, unedited window that asked for it', async () => {
    const { manager, windows, deps } = setup();
    const session = manager.createDocumentWindow();
    const outcome = await manager.openFromWindow(session.windowId, '/maps/claims.journeymap', { forReview: false });
    expect(outcome).toMatchObject({ status: 'opened', document: { info: { fileName: 'claims.journeymap' } } });
    expect(windows).toHaveLength(1);
    expect(session.filePath).toBe('/maps/claims.journeymap');
    expect(windows[0]?.title).toBe('claims — Journey Map');
    expect(windows[0]?.sent).toEqual([]);
    expect(deps.rememberRecentFile).toHaveBeenCalledWith('/maps/claims.journeymap');
  });

  it('opens a new window when the asking window holds an edited map', async () => {
    const { manager, windows } = setup();
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Workshop');
    const outcome = await manager.openFromWindow(session.windowId, '/maps/claims.journeymap', { forReview: false });
    expect(outcome).toEqual({ status: 'opened-elsewhere' });
    expect(windows).toHaveLength(2);
    expect(manager.session(2)?.filePath).toBe('/maps/claims.journeymap');
    expect(manager.initialDocument(2)?.info.fileName).toBe('claims.journeymap');
  });

  it('focuses the window that already has the file instead of opening it twice', async () => {
    const { manager, windows, deps } = setup();
    await manager.openFromSystem('/maps/claims.journeymap');
    const other = manager.createDocumentWindow();
    manager.setEdited(other.windowId, true, 'Other');
    const outcome = await manager.openFromWindow(other.windowId, '/maps/claims.journeymap', { forReview: false });
    expect(outcome).toEqual({ status: 'opened-elsewhere' });
    expect(windows).toHaveLength(2);
    expect(windows[0]?.focused).toBe(1);
    expect(deps.readDocument).toHaveBeenCalledTimes(1);
  });

  it('reports a file that cannot be read without touching the window', async () => {
    const { manager } = setup();
    const session = manager.createDocumentWindow();
    const outcome = await manager.openFromWindow(session.windowId, '/maps/broken.journeymap', { forReview: false });
    expect(outcome).toEqual({ status: 'failed', code: 'not-json', message: 'This file is damaged.' });
    expect(session.filePath).toBeNull();
  });

  it('sends a file opened by the OS to a ready, reusable window as document:load', async () => {
    const { manager, windows } = setup();
    const session = manager.createDocumentWindow();
    manager.initialDocument(session.windowId);
    await manager.openFromSystem('/maps/claims.journeymap');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.sent.map((message) => message.channel)).toEqual(['document:load']);
  });

  it('keeps a file for a window whose renderer has not started yet, for document:get-initial', async () => {
    const { manager, windows } = setup();
    const session = manager.createDocumentWindow();
    await manager.openFromSystem('/maps/claims.journeymap');
    expect(windows[0]?.sent).toEqual([]);
    expect(manager.initialDocument(session.windowId)?.info.fileName).toBe('claims.journeymap');
  });

  it('tells the user when a file from the OS cannot be opened', async () => {
    const { manager, deps } = setup();
    expect(await manager.openFromSystem('/maps/broken.journeymap')).toBe(false);
    expect(deps.showOpenError).toHaveBeenCalledWith(null, 'broken.journeymap', 'This file is damaged.');
  });

  it('marks a window opened for review as read-only in its title', async () => {
    const { manager, windows } = setup();
    manager.createDocumentWindow();
    await manager.openFromSystem('/maps/claims.journeymap', { forReview: true });
    expect(windows[0]?.title).toBe('claims (read-only) — Journey Map');
  });

  it('puts a template into an untouched window and opens a new window otherwise', () => {
    const { manager, windows } = setup();
    const first = manager.createDocumentWindow();
    manager.initialDocument(first.windowId);
    manager.newDocument(first.windowId, documentFor('template'));
    expect(windows).toHaveLength(1);
    expect(windows[0]?.sent.map((message) => message.channel)).toEqual(['document:load']);
    manager.setEdited(first.windowId, true, 'Template');
    manager.newDocument(first.windowId, documentFor('template'));
    manager.newDocument(first.windowId, null);
    expect(windows).toHaveLength(3);
  });

  it('never puts unsaved work (a CSV import) into the window that asked: a new window, titled as edited', () => {
    const { manager, windows } = setup();
    const first = manager.createDocumentWindow(documentFor('template'));
    manager.initialDocument(first.windowId);
    manager.newDocument(first.windowId, { ...documentFor('imported'), info: { fileName: null, readOnly: false }, edited: true });

    expect(windows).toHaveLength(2);
    expect(windows[0]?.sent).toEqual([]);
    expect(manager.session(first.windowId)?.document?.map.title).toBe('Map in template');
    expect(windows[1]?.title).toBe('● Map in imported — Journey Map');
    expect(manager.session(windows[1]?.id ?? -1)?.edited).toBe(true);
  });
});

describe('samePath', () => {
  it('compares case-insensitively on macOS and Windows only', () => {
    expect(samePath('/Maps/A.journeymap', '/maps/a.journeymap', 'darwin')).toBe(true);
    expect(samePath('/Maps/A.journeymap', '/maps/a.journeymap', 'linux')).toBe(false);
    expect(samePath('/maps/./a.journeymap', '/maps/a.journeymap', 'linux')).toBe(true);
  });
});

describe('WindowManager: edited state and titles', () => {
  it('shows unsaved edits with a ● prefix on Windows and Linux', () => {
    const { manager, windows } = setup();
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims workshop');
    expect(windows[0]?.title).toBe('● Claims workshop — Journey Map');
    expect(windows[0]?.edited).toBe(true);
  });

  it('shows unsaved edits with the macOS Edited dot instead of a prefix', () => {
    const { manager, windows } = setup({ platform: 'darwin' });
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims workshop');
    expect(windows[0]?.title).toBe('Claims workshop — Journey Map');
    expect(windows[0]?.edited).toBe(true);
  });

  it('after a save shows the file name, clears the edited mark and remembers the file', () => {
    const { manager, windows, deps } = setup();
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    manager.markSaved(session.windowId, '/maps/claims.journeymap', fingerprint, SAMPLE_MAP);
    expect(windows[0]?.title).toBe('claims — Journey Map');
    expect(windows[0]?.edited).toBe(false);
    expect(windows[0]?.representedFilename).toBe('/maps/claims.journeymap');
    expect(deps.rememberRecentFile).toHaveBeenCalledWith('/maps/claims.journeymap');
  });
});

describe('WindowManager: closing and quitting', () => {
  it('closes an unedited window without asking and removes its draft', () => {
    const { manager, deps } = setup();
    const session = manager.createDocumentWindow();
    expect(manager.shouldClose(session.windowId)).toBe(true);
    manager.forget(session.windowId);
    expect(deps.askUnsavedChanges).not.toHaveBeenCalled();
    expect(deps.discardDraft).toHaveBeenCalledWith(session.draftId);
  });

  it('keeps an edited window open and asks once, however often close is pressed', async () => {
    const { manager, deps } = setup();
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    expect(manager.shouldClose(session.windowId)).toBe(false);
    expect(manager.shouldClose(session.windowId)).toBe(false);
    await flush();
    expect(deps.askUnsavedChanges).toHaveBeenCalledTimes(1);
  });

  it('Save asks the renderer to save and then close', async () => {
    const { manager, windows, answer } = setup();
    answer('save');
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    manager.shouldClose(session.windowId);
    await flush();
    expect(windows[0]?.sent).toEqual([{ channel: 'menu:command', payload: 'save-then-close' }]);
    expect(windows[0]?.closeRequests).toBe(0);
    manager.confirmClose(session.windowId);
    expect(windows[0]?.closeRequests).toBe(1);
    expect(manager.shouldClose(session.windowId)).toBe(true);
  });

  it("Don't Save discards the draft and closes", async () => {
    const { manager, windows, deps, answer } = setup();
    answer('discard');
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    manager.shouldClose(session.windowId);
    await flush();
    expect(deps.discardDraft).toHaveBeenCalledWith(session.draftId);
    expect(windows[0]?.closeRequests).toBe(1);
    expect(manager.shouldClose(session.windowId)).toBe(true);
  });

  it('Cancel keeps the window and its edits', async () => {
    const { manager, windows, deps, answer } = setup();
    answer('cancel');
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    manager.shouldClose(session.windowId);
    await flush();
    expect(windows[0]?.closeRequests).toBe(0);
    expect(deps.discardDraft).not.toHaveBeenCalled();
    expect(session.edited).toBe(true);
  });

  it('continues quitting after the user answered a prompt raised by quit', async () => {
    const { manager, deps, answer } = setup();
    answer('discard');
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    manager.beginQuit();
    manager.shouldClose(session.windowId);
    await flush();
    manager.forget(session.windowId);
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('does not quit later when the quit was cancelled', async () => {
    const { manager, deps, answer } = setup();
    const session = manager.createDocumentWindow();
    manager.setEdited(session.windowId, true, 'Claims');
    answer('cancel');
    manager.beginQuit();
    manager.shouldClose(session.windowId);
    await flush();
    answer('discard');
    manager.shouldClose(session.windowId);
    await flush();
    manager.forget(session.windowId);
    expect(deps.quit).not.toHaveBeenCalled();
  });
});

describe('WindowManager: a page that crashed', () => {
  /** A window showing a file with unsaved edits whose page has started. */
  async function editedFileWindow(overrides: Partial<WindowManagerDeps> = {}) {
    const context = setup(overrides);
    const session = context.manager.createDocumentWindow();
    context.manager.initialDocument(session.windowId);
    await context.manager.openFromWindow(session.windowId, '/maps/claims.journeymap', { forReview: false });
    context.manager.setEdited(session.windowId, true, 'Claims');
    return { ...context, session, window: context.windows[0] as FakeWindow };
  }

  it('Close Window closes without asking to save and keeps the draft for the next start', async () => {
    const { manager, deps, session, window, answerCrash } = await editedFileWindow();
    answerCrash('close');
    await manager.rendererGone(session.windowId);

    expect(deps.askRendererGone).toHaveBeenCalledWith(window, 'claims', true);
    expect(window.closeRequests).toBe(1);
    expect(manager.shouldClose(session.windowId)).toBe(true);
    manager.forget(session.windowId);
    expect(deps.askUnsavedChanges).not.toHaveBeenCalled();
    expect(deps.discardDraft).not.toHaveBeenCalled();
  });

  it('never asks to save a crashed window, however it is closed, and never deletes its draft', async () => {
    let answerCrash: (choice: RendererGoneChoice) => void = () => undefined;
    const { manager, deps, session } = await editedFileWindow({
      askRendererGone: vi.fn(() => new Promise<RendererGoneChoice>((resolve) => (answerCrash = resolve))),
    });
    void manager.rendererGone(session.windowId);
    // The user closes the window (or quits) while the crash prompt is still open.
    manager.beginQuit();
    expect(manager.shouldClose(session.windowId)).toBe(true);
    manager.forget(session.windowId);
    answerCrash('reload');
    await flush();

    expect(deps.askUnsavedChanges).not.toHaveBeenCalled();
    expect(deps.discardDraft).not.toHaveBeenCalled();
  });

  it('Reload Window starts a blank page under a new draft id, so the crashed draft is offered for recovery', async () => {
    const { manager, deps, session, window, answerCrash } = await editedFileWindow();
    answerCrash('reload');
    await manager.rendererGone(session.windowId);

    expect(window.reloads).toBe(1);
    expect(window.closeRequests).toBe(0);
    const fresh = manager.session(session.windowId);
    expect(fresh?.draftId).not.toBe(session.draftId);
    expect(manager.allSessions().map((each) => each.draftId)).not.toContain(session.draftId);
    expect(fresh).toMatchObject({ filePath: null, edited: false, rendererReady: false });
    expect(manager.initialDocument(session.windowId)).toBeNull();
    expect(window.title).toBe('Untitled — Journey Map');
    expect(deps.discardDraft).not.toHaveBeenCalled();

    // From then on the window is an ordinary one again: closing it unedited removes only its own new draft.
    expect(manager.shouldClose(session.windowId)).toBe(true);
    manager.forget(session.windowId);
    expect(deps.discardDraft).toHaveBeenCalledExactlyOnceWith(fresh?.draftId);
  });

  it('Reload Window shows the file again when nothing was unsaved', async () => {
    const { manager, windows, answerCrash } = setup();
    const session = manager.createDocumentWindow();
    manager.initialDocument(session.windowId);
    await manager.openFromWindow(session.windowId, '/maps/claims.journeymap', { forReview: false });
    answerCrash('reload');
    await manager.rendererGone(session.windowId);

    expect(windows[0]?.reloads).toBe(1);
    expect(manager.session(session.windowId)?.filePath).toBe('/maps/claims.journeymap');
    expect(manager.initialDocument(session.windowId)?.info).toEqual({ fileName: 'claims.journeymap', readOnly: false });
  });

  it('asks once when the page dies twice, and ignores windows it does not know', async () => {
    const { manager, deps, session } = await editedFileWindow();
    await Promise.all([manager.rendererGone(session.windowId), manager.rendererGone(session.windowId)]);
    await manager.rendererGone(99);
    expect(deps.askRendererGone).toHaveBeenCalledTimes(1);
  });

  it("does not send save-then-close to a page that died while the Save prompt was open, nor delete its draft on Don't Save", async () => {
    let answerSave: (choice: UnsavedChangesChoice) => void = () => undefined;
    let answerCrash: (choice: RendererGoneChoice) => void = () => undefined;
    const { manager, deps, session, window } = await editedFileWindow({
      askUnsavedChanges: vi.fn(() => new Promise<UnsavedChangesChoice>((resolve) => (answerSave = resolve))),
      askRendererGone: vi.fn(() => new Promise<RendererGoneChoice>((resolve) => (answerCrash = resolve))),
    });
    manager.beginQuit();
    expect(manager.shouldClose(session.windowId)).toBe(false);
    void manager.rendererGone(session.windowId);
    answerSave('discard');
    await flush();

    expect(window.sent.filter((message) => message.channel === 'menu:command')).toEqual([]);
    expect(window.closeRequests).toBe(0);
    expect(deps.discardDraft).not.toHaveBeenCalled();

    // The crash prompt decides; closing the window then goes on with the quit the user asked for.
    answerCrash('close');
    await flush();
    expect(window.closeRequests).toBe(1);
    manager.forget(session.windowId);
    expect(deps.discardDraft).not.toHaveBeenCalled();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('ignores a Save prompt answered after the window was reloaded', async () => {
    let answerSave: (choice: UnsavedChangesChoice) => void = () => undefined;
    const { manager, deps, session, window, answerCrash } = await editedFileWindow({
      askUnsavedChanges: vi.fn(() => new Promise<UnsavedChangesChoice>((resolve) => (answerSave = resolve))),
    });
    manager.shouldClose(session.windowId);
    answerCrash('reload');
    await manager.rendererGone(session.windowId);
    answerSave('discard');
    await flush();

    expect(window.closeRequests).toBe(0);
    expect(deps.discardDraft).not.toHaveBeenCalled();
  });
});
