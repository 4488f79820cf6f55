import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../../renderer/dialogs/DialogProvider';
import { reviewModeMessage, savesToCopy } from '../../../../renderer/review/review-mode';
import { createDocumentFlows } from '../../../../renderer/shell/document-flows';
import { createDocumentStore } from '../../../../renderer/store/document-store';
import { setMapTitle } from '../../../../shared/model';
import { fakeJourneyApi } from '../shell/fake-journey-api';
import { fixtureMap } from '../analysis/diagnosis-fixture';

const readOnlyFile = { fileName: 'auto-insurance.journeymap', readOnly: true };
const writableFile = { fileName: 'auto-insurance.journeymap', readOnly: false };
const noDialogs: Dialogs = {
  ask: async () => {
    throw new Error('no dialog expected');
  },
};

function setup(info = readOnlyFile) {
  const { api } = fakeJourneyApi('electron');
  const store = createDocumentStore({ map: fixtureMap(), info });
  const flows = createDocumentFlows({ api, store, dialogs: noDialogs, announce: vi.fn() });
  return { api, store, flows };
}

describe('saving a file that was opened read-only', () => {
  it('saves in place in review mode (the comments go into the file when main can write it)', async () => {
    const { api, flows } = setup();
    await flows.save('save');
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
    expect(api.saveDocumentAs).not.toHaveBeenCalled();
  });

  it('saves a copy (Save As…) once review mode is off, and then saves to the copy', async () => {
    const { api, store, flows } = setup();
    store.getState().setReviewMode(false);
    store.getState().applyEdit((map) => setMapTitle(map, 'Edited'));
    expect(savesToCopy(store.getState())).toBe(true);

    await flows.save('save');
    expect(api.saveDocumentAs).toHaveBeenCalledTimes(1);
    expect(api.saveDocument).not.toHaveBeenCalled();

    expect(savesToCopy(store.getState())).toBe(false);
    await flows.save('save');
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
  });

  it('saves a writable file in place with review mode on or off', async () => {
    const { api, store, flows } = setup(writableFile);
    store.getState().setReviewMode(true);
    await flows.save('save');
    store.getState().setReviewMode(false);
    await flows.save('save');
    expect(api.saveDocument).toHaveBeenCalledTimes(2);
    expect(api.saveDocumentAs).not.toHaveBeenCalled();
  });
});

describe('what the status line says when review mode changes', () => {
  it('tells the reviewer the map is read-only, and where Save goes when it is turned off', () => {
    expect(reviewModeMessage({ info: readOnlyFile, reviewMode: true })).toBe('Review mode: the map is read-only. You can add comments.');
    expect(reviewModeMessage({ info: readOnlyFile, reviewMode: false })).toBe(
      'Review mode is off. This file was opened read-only, so Save will save a copy (Save As…).',
    );
    expect(reviewModeMessage({ info: writableFile, reviewMode: false })).toBe('Review mode is off: you can edit the map.');
  });
});
