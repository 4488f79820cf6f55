import { describe, expect, it } from 'vitest';
import { createDocumentStore, HISTORY_LIMIT, selectEdited } from '../../../../renderer/store/document-store';
import type { JourneyMap } from '../../../../shared/model/types';

function blankMap(title = 'Workshop'): JourneyMap {
  return {
    id: 'map-1',
    title,
    customer: { name: '', description: '' },
    intendedMemory: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    silos: [],
    stages: [],
    touchpoints: [],
    handoffs: [],
    notes: [],
    comments: [],
    alignment: null,
  };
}

const info = { fileName: 'a.journeymap', readOnly: false };
const retitle = (title: string) => (map: JourneyMap) => ({ ...map, title });

describe('document store', () => {
  it('records one undo step per edit and restores the exact map on undo and redo', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    const original = store.getState().map;
    store.getState().applyEdit(retitle('First'));
    const afterFirst = store.getState().map;
    store.getState().applyEdit(retitle('Second'));

    store.temporal.getState().undo();
    expect(store.getState().map).toBe(afterFirst);
    store.temporal.getState().undo();
    expect(store.getState().map).toBe(original);
    store.temporal.getState().redo();
    expect(store.getState().map).toBe(afterFirst);
  });

  it('ignores an edit that returns the same map', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    store.getState().applyEdit((map) => map);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(selectEdited(store.getState())).toBe(false);
  });

  it('is edited after a change and clean again after save or after undoing back to the saved map', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    store.getState().applyEdit(retitle('Changed'));
    expect(selectEdited(store.getState())).toBe(true);
    store.temporal.getState().undo();
    expect(selectEdited(store.getState())).toBe(false);

    store.temporal.getState().redo();
    store.getState().markSaved(info, store.getState().map);
    expect(selectEdited(store.getState())).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('clears the undo history when a document is loaded', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    store.getState().applyEdit(retitle('Changed'));
    store.getState().loadDocument({ map: blankMap('Opened'), info });
    expect(store.getState().map.title).toBe('Opened');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    expect(selectEdited(store.getState())).toBe(false);
  });

  it('marks a restored draft as edited', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    store.getState().loadDocument({ map: blankMap('Draft'), info }, { edited: true });
    expect(selectEdited(store.getState())).toBe(true);
  });

  it('starts edited with a first document that was never saved (a new window opening a CSV import)', () => {
    const store = createDocumentStore({ map: blankMap('Imported'), info: { fileName: null, readOnly: false }, edited: true });
    expect(selectEdited(store.getState())).toBe(true);
    expect(selectEdited(createDocumentStore({ map: blankMap(), info }).getState())).toBe(false);
  });

  it('caps the history', () => {
    const store = createDocumentStore({ map: blankMap(), info });
    for (let i = 0; i < HISTORY_LIMIT + 25; i += 1) store.getState().applyEdit(retitle(`Title ${i}`));
    expect(store.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
  });
});
