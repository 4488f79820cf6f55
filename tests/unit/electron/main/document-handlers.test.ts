import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentHandlers, type DocumentHandlerDeps } from '../../../../electron/main/document-handlers';
import { readDocumentFile, type ConflictChoice } from '../../../../electron/main/document-files';
import { WindowManager, type ManagedWindow } from '../../../../electron/main/window-manager';
import { serializeJourneyFile } from '../../../../shared/format';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

type Event = { windowId: number };

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'document-handlers-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function fakeWindow(id: number): ManagedWindow {
  return { id, focus: vi.fn(), close: vi.fn(), isDestroyed: () => false, setTitle: vi.fn(), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn(), send: vi.fn(), reload: vi.fn() };
}

function setup(overrides: Partial<DocumentHandlerDeps> = {}) {
  let nextId = 0;
  const windows = new WindowManager({
    platform: 'linux',
    openWindow: () => fakeWindow(++nextId),
    focusedWindowId: () => 1,
    readDocument: (filePath, options) => readDocumentFile(filePath, options),
    askUnsavedChanges: async () => 'cancel',
    askRendererGone: async () => 'close',
    showOpenError: async () => undefined,
    rememberRecentFile: vi.fn(),
    discardDraft: async () => undefined,
    newDraftId: () => `draft-${nextId}`,
    quit: vi.fn(),
  });
  const deps: DocumentHandlerDeps = {
    windows,
    discardDraft: vi.fn(async () => undefined),
    chooseFileToOpen: vi.fn(async () => null),
    chooseSavePath: vi.fn(async () => null),
    askConflict: vi.fn(async (): Promise<ConflictChoice> => 'cancel'),
    confirmReplace: vi.fn(async () => false),
    createFromTemplate: (id) => (id === 'retail' ? { ...SAMPLE_MAP, title: 'Retail' } : null),
    defaultFolder: () => folder,
    fileExists: (filePath) => {
      try {
        readFileSync(filePath);
        return true;
      } catch {
        return false;
      }
    },
    log: vi.fn(),
    ...overrides,
  };
  const handlers = documentHandlers<Event>(deps, (event) => event.windowId);
  const session = windows.createDocumentWindow();
  return { deps, handlers, windows, session, event: { windowId: session.windowId } };
}

describe('document handlers', () => {
  it('Save on an untitled map asks where to save, suggesting the map title, and writes there', async () => {
    const target = path.join(folder, 'Claims review.journeymap');
    const { handlers, deps, windows, session, event } = setup({ chooseSavePath: vi.fn(async () => target) });
    const outcome = await handlers['document:save']({ map: { ...SAMPLE_MAP, title: 'Claims review' } }, event);
    expect(deps.chooseSavePath).toHaveBeenCalledWith(session.windowId, path.join(folder, 'Claims review.journeymap'));
    expect(outcome).toEqual({ status: 'saved', info: { fileName: 'Claims review.journeymap', readOnly: false } });
    expect(windows.session(session.windowId)?.filePath).toBe(target);
    expect(deps.discardDraft).toHaveBeenCalledWith(session.draftId);
  });

  it('Save on a saved map writes to the remembered path without a dialog', async () => {
    const target = path.join(folder, 'a.journeymap');
    const { handlers, deps, event } = setup({ chooseSavePath: vi.fn(async () => target) });
    await handlers['document:save']({ map: SAMPLE_MAP }, event);
    await handlers['document:save']({ map: { ...SAMPLE_MAP, title: 'Second' } }, event);
    expect(deps.chooseSavePath).toHaveBeenCalledTimes(1);
    expect(readFileSync(target, 'utf8')).toContain('"title": "Second"');
  });

  it('adds the .journeymap extension and asks before replacing a file the dialog did not mention', async () => {
    writeFileSync(path.join(folder, 'plan.journeymap'), 'keep me');
    const { handlers, deps, event } = setup({ chooseSavePath: vi.fn(async () => path.join(folder, 'plan')) });
    expect(await handlers['document:save-as']({ map: SAMPLE_MAP }, event)).toEqual({ status: 'cancelled' });
    expect(deps.confirmReplace).toHaveBeenCalledWith(1, 'plan.journeymap');
    expect(readFileSync(path.join(folder, 'plan.journeymap'), 'utf8')).toBe('keep me');
  });

  it('asks about a file changed on disk and does nothing when the user cancels', async () => {
    const target = path.join(folder, 'shared.journeymap');
    const { handlers, deps, event } = setup({ chooseSavePath: vi.fn(async () => target) });
    await handlers['document:save']({ map: SAMPLE_MAP }, event);
    const otherVersion = serializeJourneyFile({ ...SAMPLE_MAP, title: 'Edited by a colleague' });
    writeFileSync(target, otherVersion);
    expect(await handlers['document:save']({ map: SAMPLE_MAP }, event)).toEqual({ status: 'cancelled' });
    expect(deps.askConflict).toHaveBeenCalledWith(1, { fileName: 'shared.journeymap', reason: 'changed' });
    expect(readFileSync(target, 'utf8')).toBe(otherVersion);
  });

  it('reloads the file from disk when the user chooses Reload', async () => {
    const target = path.join(folder, 'shared.journeymap');
    const { handlers, windows, event } = setup({ chooseSavePath: vi.fn(async () => target), askConflict: vi.fn(async (): Promise<ConflictChoice> => 'reload') });
    await handlers['document:save']({ map: SAMPLE_MAP }, event);
    writeFileSync(target, serializeJourneyFile({ ...SAMPLE_MAP, title: 'Theirs' }));
    const outcome = await handlers['document:save']({ map: { ...SAMPLE_MAP, title: 'Mine' } }, event);
    expect(outcome.status === 'reloaded' && outcome.document.map.title).toBe('Theirs');
    await handlers['document:save']({ map: { ...SAMPLE_MAP, title: 'Mine after reload' } }, event);
    expect(readFileSync(target, 'utf8')).toContain('Mine after reload');
    expect(windows.session(1)?.edited).toBe(false);
  });

  it('Save As from the conflict prompt shows the save dialog and leaves the changed file alone', async () => {
    const target = path.join(folder, 'shared.journeymap');
    const copy = path.join(folder, 'mine.journeymap');
    const chooseSavePath = vi.fn().mockResolvedValueOnce(target).mockResolvedValueOnce(copy);
    const { handlers, event } = setup({ chooseSavePath, askConflict: vi.fn(async (): Promise<ConflictChoice> => 'save-as') });
    await handlers['document:save']({ map: SAMPLE_MAP }, event);
    writeFileSync(target, 'changed elsewhere');
    const future = new Date(Date.now() + 5000);
    utimesSync(target, future, future);
    expect(await handlers['document:save']({ map: SAMPLE_MAP }, event)).toMatchObject({ status: 'saved', info: { fileName: 'mine.journeymap' } });
    expect(readFileSync(target, 'utf8')).toBe('changed elsewhere');
  });

  it('refuses Save As onto a file open in another window', async () => {
    const target = path.join(folder, 'taken.journeymap');
    writeFileSync(target, serializeJourneyFile(SAMPLE_MAP));
    const { handlers, windows, event } = setup({ chooseSavePath: vi.fn(async () => target) });
    windows.setEdited(1, true, 'x');
    await windows.openFromSystem(target);
    const outcome = await handlers['document:save-as']({ map: SAMPLE_MAP }, event);
    expect(outcome).toMatchObject({ status: 'failed', canSaveAs: true });
  });

  it('reports a failed save plainly and keeps the map edited', async () => {
    const { handlers, windows, event } = setup({ chooseSavePath: vi.fn(async () => path.join(folder, 'no-such-folder', 'x.journeymap')) });
    windows.setEdited(1, true, 'x');
    const outcome = await handlers['document:save']({ map: SAMPLE_MAP }, event);
    expect(outcome).toMatchObject({ status: 'failed', canSaveAs: true });
    expect(windows.session(1)?.edited).toBe(true);
  });

  it('opens a file chosen in the dialog into the asking window', async () => {
    const target = path.join(folder, 'open-me.journeymap');
    writeFileSync(target, serializeJourneyFile(SAMPLE_MAP));
    const { handlers, event } = setup({ chooseFileToOpen: vi.fn(async () => target) });
    expect(await handlers['document:open'](undefined, event)).toMatchObject({ status: 'opened', document: { map: SAMPLE_MAP } });
    const review = setup({ chooseFileToOpen: vi.fn(async () => target) });
    expect(await review.handlers['document:open-for-review'](undefined, review.event)).toMatchObject({ document: { info: { readOnly: true } } });
  });

  it('creates a map from a known template and ignores unknown ones', async () => {
    const { handlers, windows, deps, event } = setup();
    windows.initialDocument(1);
    await handlers['document:new']({ templateId: 'retail' }, event);
    expect(windows.session(1)?.mapTitle).toBe('Retail');
    await handlers['document:new']({ templateId: 'nope' }, event);
    expect(deps.log).toHaveBeenCalledWith('unknown template nope');
    await handlers['document:new']({ templateId: null }, event);
    expect(windows.allSessions()).toHaveLength(2);
  });

  it('opens a map the renderer made (a CSV import) in a new window as unsaved work, even from an untouched window', async () => {
    const { handlers, windows, event } = setup();
    windows.initialDocument(1);
    const imported = { ...SAMPLE_MAP, title: 'workshop' };
    await handlers['document:new']({ map: imported }, event);

    expect(windows.allSessions()).toHaveLength(2);
    expect(windows.session(1)?.document).toBeNull();
    const [, created] = windows.allSessions();
    expect(created?.document).toEqual({ map: imported, info: { fileName: null, readOnly: false }, warnings: [], edited: true });
    expect(created).toMatchObject({ edited: true, filePath: null, mapTitle: 'workshop' });
    expect(created && windows.initialDocument(created.windowId)?.edited).toBe(true);
  });

  it('reports edits and confirms closing through the window manager', async () => {
    const { handlers, windows, event } = setup();
    await handlers['document:set-edited']({ edited: true, title: 'Workshop' }, event);
    expect(windows.session(1)).toMatchObject({ edited: true, mapTitle: 'Workshop' });
    await handlers['window:close-confirmed'](undefined, event);
    expect(windows.window(1)?.close).toHaveBeenCalled();
  });
});
