import { describe, expect, it, vi } from 'vitest';
import type { ChoiceRequest } from '../../../../renderer/dialogs/ChoiceDialog';
import type { Dialogs } from '../../../../renderer/dialogs/DialogProvider';
import { createDocumentFlows, isPristineBlank } from '../../../../renderer/shell/document-flows';
import { createDocumentStore, selectEdited } from '../../../../renderer/store/document-store';
import type { JourneyApi, LoadedDocument } from '../../../../shared/ipc/contract';
import { addStage, createEmptyMap, newStage, setMapTitle } from '../../../../shared/model';
import { fakeJourneyApi } from './fake-journey-api';

/** Dialogs that answer with the given values in order and record what they were asked. */
function scriptedDialogs(...answers: string[]) {
  const asked: ChoiceRequest<string>[] = [];
  const dialogs: Dialogs = {
    ask: async <T extends string>(request: ChoiceRequest<T>) => {
      asked.push(request);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`Unexpected dialog: ${request.title}`);
      return answer as T;
    },
  };
  return { dialogs, asked };
}

function setup(platform: JourneyApi['platform'], ...answers: string[]) {
  const { api } = fakeJourneyApi(platform);
  const store = createDocumentStore({ map: createEmptyMap({ title: 'Workshop' }), info: { fileName: 'workshop.journeymap', readOnly: false } });
  const { dialogs, asked } = scriptedDialogs(...answers);
  const announce = vi.fn();
  const flows = createDocumentFlows({ api, store, dialogs, announce, now: () => new Date('2026-11-05T08:00:00.000Z') });
  const edit = (title = 'Workshop (edited)') => store.getState().applyEdit((map) => setMapTitle(map, title));
  return { api, store, flows, asked, announce, edit };
}

function loaded(title: string, fileName: string): LoadedDocument {
  return { map: createEmptyMap({ title }), info: { fileName, readOnly: false }, warnings: [] };
}

describe('save', () => {
  it('marks the map saved with the file info main returned', async () => {
    const { api, store, flows, edit, announce } = setup('electron');
    edit();
    const map = store.getState().map;

    expect(await flows.save('save')).toBe(true);

    expect(api.saveDocument).toHaveBeenCalledWith({ map });
    expect(selectEdited(store.getState())).toBe(false);
    expect(store.getState().info.fileName).toBe('map.journeymap');
    expect(announce).toHaveBeenCalledWith('Saved map.journeymap.');
  });

  it('stays edited when the map changed while the save was running', async () => {
    const { api, store, flows, edit } = setup('electron');
    edit('Before save');
    api.saveDocument.mockImplementationOnce(async () => {
      edit('Typed during save');
      return { status: 'saved', info: { fileName: 'workshop.journeymap', readOnly: false } };
    });
    await flows.save('save');
    expect(selectEdited(store.getState())).toBe(true);
  });

  it('shows a failed save with the plain message and offers Save As when main can', async () => {
    const { api, store, flows, edit, asked } = setup('electron', 'save-as');
    edit();
    api.saveDocument.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.', canSaveAs: true });

    expect(await flows.save('save')).toBe(true);

    expect(asked[0]?.title).toBe('The map was not saved');
    expect(asked[0]?.message).toContain('The disk is full.');
    expect(asked[0]?.choices.map((choice) => choice.label)).toEqual(['Save As…', 'Cancel']);
    expect(api.saveDocumentAs).toHaveBeenCalledTimes(1);
    expect(store.getState().info.fileName).toBe('copy.journeymap');
  });

  it('keeps the map open and edited after a failed save that cannot be retried elsewhere', async () => {
    const { api, store, flows, edit, asked } = setup('electron', 'close');
    edit();
    api.saveDocument.mockResolvedValueOnce({ status: 'failed', message: 'Permission denied.', canSaveAs: false });

    expect(await flows.save('save')).toBe(false);

    expect(asked[0]?.choices.map((choice) => choice.label)).toEqual(['OK']);
    expect(selectEdited(store.getState())).toBe(true);
    expect(store.getState().map.title).toBe('Workshop (edited)');
  });

  it('loads the version from disk when the user chose to reload it instead of saving', async () => {
    const { api, store, flows, edit } = setup('electron');
    edit();
    api.saveDocument.mockResolvedValueOnce({ status: 'reloaded', document: loaded('Changed on disk', 'workshop.journeymap') });

    expect(await flows.save('save')).toBe(false);

    expect(store.getState().map.title).toBe('Changed on disk');
    expect(selectEdited(store.getState())).toBe(false);
    expect(store.temporal.getState().pastStates).toEqual([]);
  });

  it('closes the window after save-then-close only when the save worked', async () => {
    const { api, flows } = setup('electron');
    api.saveDocument.mockResolvedValueOnce({ status: 'cancelled' });
    await flows.saveThenClose();
    expect(api.confirmClose).not.toHaveBeenCalled();

    await flows.saveThenClose();
    expect(api.confirmClose).toHaveBeenCalledTimes(1);
  });

  it('runs one save at a time', async () => {
    const { api, flows } = setup('electron');
    let finish: () => void = () => undefined;
    api.saveDocument.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ status: 'saved', info: { fileName: 'a.journeymap', readOnly: false } });
        }),
    );
    const first = flows.save('save');
    expect(await flows.save('save')).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
  });
});

describe('open', () => {
  it('replaces the map with the opened file and clears the undo history', async () => {
    const { api, store, flows } = setup('browser');
    api.openDocument.mockResolvedValueOnce({ status: 'opened', document: loaded('Auto insurance', 'auto-insurance.journeymap') });

    await flows.open('edit');

    expect(store.getState().map.title).toBe('Auto insurance');
    expect(store.getState().info.fileName).toBe('auto-insurance.journeymap');
    expect(store.temporal.getState().pastStates).toEqual([]);
  });

  it('shows the loader’s plain message and leaves the current map untouched when a file cannot be opened', async () => {
    const { api, store, flows, asked, edit } = setup('browser', 'discard', 'ok');
    edit();
    const before = store.getState().map;
    api.openDocument.mockResolvedValueOnce({
      status: 'failed',
      code: 'version-too-new',
      message: 'This file was made with format version 99; this app reads up to version 1. The file was not changed.',
    });

    await flows.open('edit');

    expect(asked[1]).toMatchObject({ title: 'This file could not be opened', message: expect.stringContaining('format version 99') });
    expect(store.getState().map).toBe(before);
    expect(selectEdited(store.getState())).toBe(true);
  });

  it('asks Save / Don’t Save / Cancel before replacing an edited map in the browser', async () => {
    const { api, flows, asked, edit } = setup('browser', 'cancel');
    edit();
    await flows.open('edit');
    expect(asked[0]?.choices.map((choice) => choice.label)).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(api.openDocument).not.toHaveBeenCalled();
  });

  it('saves first when the user answers Save, and does not open when that save fails', async () => {
    const { api, flows, edit } = setup('browser', 'save', 'close');
    edit();
    api.saveDocument.mockResolvedValueOnce({ status: 'failed', message: 'Download blocked.', canSaveAs: false });
    await flows.open('edit');
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
    expect(api.openDocument).not.toHaveBeenCalled();

    const second = setup('browser', 'save');
    second.edit();
    await second.flows.open('edit');
    expect(second.api.saveDocument).toHaveBeenCalledTimes(1);
    expect(second.api.openDocument).toHaveBeenCalledTimes(1);
  });

  it('does not ask in Electron, where main opens the file in another window', async () => {
    const { api, store, flows, edit } = setup('electron');
    edit();
    api.openDocument.mockResolvedValueOnce({ status: 'opened-elsewhere' });
    await flows.open('edit');
    expect(api.openDocument).toHaveBeenCalledTimes(1);
    expect(store.getState().map.title).toBe('Workshop (edited)');
  });

  it('opens for review through its own API method', async () => {
    const { api, store, flows } = setup('electron');
    api.openForReview.mockResolvedValueOnce({
      status: 'opened',
      document: { ...loaded('For the board', 'board.journeymap'), info: { fileName: 'board.journeymap', readOnly: true } },
    });
    await flows.open('review');
    expect(store.getState().info.readOnly).toBe(true);
  });
});

describe('new map', () => {
  it('asks the browser API for a new map after checking for unsaved changes', async () => {
    const { api, flows, edit, asked } = setup('browser', 'discard');
    edit();
    await flows.createNew('auto-insurance');
    expect(asked).toHaveLength(1);
    expect(api.newDocument).toHaveBeenCalledWith({ templateId: 'auto-insurance' });
  });

  it('fills an untouched blank window in place in Electron instead of opening another window', async () => {
    const { api } = fakeJourneyApi('electron');
    const store = createDocumentStore({ map: createEmptyMap(), info: { fileName: null, readOnly: false } });
    const flows = createDocumentFlows({ api, store, dialogs: scriptedDialogs().dialogs, announce: vi.fn() });
    expect(isPristineBlank(store.getState())).toBe(true);

    await flows.createNew('auto-insurance');

    expect(api.newDocument).not.toHaveBeenCalled();
    expect(store.getState().map.stages.length).toBeGreaterThan(0);
  });

  it('lets main open a new window in Electron when this one holds a map', async () => {
    const { api, store, flows } = setup('electron');
    store.getState().applyEdit((map) => addStage(map, newStage({ name: 'Discover' })));
    await flows.createNew(null);
    expect(api.newDocument).toHaveBeenCalledWith({ templateId: null });
  });
});

describe('opening a map made here (a CSV import) as a new map', () => {
  const imported = () => ({ ...createEmptyMap({ title: 'workshop' }), id: 'map-imported' });

  it('in Electron asks main for a new window carrying the map, whatever this window holds, and leaves this map alone', async () => {
    const { api, store, flows, edit, asked } = setup('electron');
    edit();
    const before = store.getState();
    const map = imported();

    expect(await flows.openAsNewMap(map)).toBe('new-window');

    expect(api.newDocument).toHaveBeenCalledWith({ map });
    expect(asked).toEqual([]);
    expect(store.getState()).toBe(before);
  });

  it('in Electron fills an untouched blank window in place, as an edited untitled map', async () => {
    const { api } = fakeJourneyApi('electron');
    const store = createDocumentStore({ map: createEmptyMap(), info: { fileName: null, readOnly: false } });
    const flows = createDocumentFlows({ api, store, dialogs: scriptedDialogs().dialogs, announce: vi.fn() });
    const map = imported();

    expect(await flows.openAsNewMap(map)).toBe('here');

    expect(api.newDocument).not.toHaveBeenCalled();
    expect(store.getState().map).toBe(map);
    expect(store.getState().info).toEqual({ fileName: null, readOnly: false });
    expect(selectEdited(store.getState())).toBe(true);
  });

  it('in the browser works like New: offers to save the changes first, then replaces the tab’s map', async () => {
    const { api, store, flows, edit, asked } = setup('browser', 'save');
    edit();
    const map = imported();

    expect(await flows.openAsNewMap(map)).toBe('here');

    expect(asked[0]?.title).toBe('Do you want to save the changes to “Workshop (edited)”?');
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
    expect(api.newDocument).toHaveBeenCalledWith({ map });
    expect(api.saveDocument.mock.invocationCallOrder[0]).toBeLessThan(api.newDocument.mock.invocationCallOrder[0] ?? 0);
    expect(store.getState().info.fileName).toBe('map.journeymap');
  });

  it('in the browser keeps the map when the user cancels', async () => {
    const { api, store, flows, edit } = setup('browser', 'cancel');
    edit();
    expect(await flows.openAsNewMap(imported())).toBeNull();
    expect(api.newDocument).not.toHaveBeenCalled();
    expect(store.getState().map.title).toBe('Workshop (edited)');
  });

  it('opens a document main pushes as unsaved (edited) when it says so', () => {
    const { store, flows } = setup('electron');
    flows.receive({ map: imported(), info: { fileName: null, readOnly: false }, warnings: [], edited: true });
    expect(store.getState().map.title).toBe('workshop');
    expect(selectEdited(store.getState())).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('documents pushed by main', () => {
  it('loads them and mentions what the loader left out', () => {
    const { store, flows, announce } = setup('electron');
    flows.receive({ ...loaded('From the OS', 'from-os.journeymap'), warnings: ['Unknown field "color2" was dropped.'] });
    expect(store.getState().map.title).toBe('From the OS');
    expect(announce).toHaveBeenCalledWith(expect.stringContaining('Unknown field "color2" was dropped.'));
  });
});
