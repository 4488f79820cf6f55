import { describe, expect, it } from 'vitest';
import { parseTouchpointsCsv, touchpointsToCsv } from '../../../../shared/csv';
import { createNewMap } from '../../../../renderer/api/new-map';
import {
  applyCsvImport,
  csvCountsText,
  csvImportMessage,
  csvRowCounts,
  mapTitleFromFileName,
} from '../../../../renderer/export/csv-import';
import { createDocumentStore, selectEdited } from '../../../../renderer/store/document-store';

const NOW = new Date('2026-11-05T08:00:00Z');
const CSV = ['stage,silo,title,channel', 'Discover,Marketing,Search ad,web', 'Buy,Brand new silo,Quote by fax,fax', 'Brand new stage,,Walk-in visit,in-person', 'Renew,,,email'].join('\n');

function fixtureStore() {
  return createDocumentStore({ map: createNewMap('auto-insurance', NOW), info: { fileName: 'auto.journeymap', readOnly: false } });
}

describe('counting the rows of a CSV', () => {
  it('counts ready rows and distinct rows with problems', () => {
    const parsed = parseTouchpointsCsv(CSV);
    expect(csvRowCounts(parsed)).toEqual({ ready: 2, withProblems: 2 });
    expect(csvCountsText(csvRowCounts(parsed))).toBe('2 rows ready, 2 rows with problems');
  });

  it('leaves out the problems part when there are none', () => {
    expect(csvCountsText({ ready: 42, withProblems: 0 })).toBe('42 rows ready');
    expect(csvCountsText({ ready: 1, withProblems: 1 })).toBe('1 row ready, 1 row with problems');
  });

  it('names a map made from a file after the file', () => {
    expect(mapTitleFromFileName('Workshop touchpoints.csv')).toBe('Workshop touchpoints');
    expect(mapTitleFromFileName('.csv')).toBe('Imported touchpoints');
  });
});

describe('importing into this map', () => {
  it('adds every ready row as one undo step', () => {
    const store = fixtureStore();
    const before = store.getState().map;
    const parsed = parseTouchpointsCsv(CSV);

    const result = applyCsvImport(store, parsed, 'merge', { title: 'ignored' });

    const after = store.getState().map;
    expect(result.added).toBe(2);
    expect(after.touchpoints).toHaveLength(before.touchpoints.length + 2);
    expect(after.stages.map((stage) => stage.name)).toContain('Brand new stage');
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    store.temporal.getState().undo();
    expect(store.getState().map).toBe(before);
  });

  it('records nothing when no row could be added', () => {
    const store = fixtureStore();
    const result = applyCsvImport(store, parseTouchpointsCsv('stage,title\n'), 'merge', { title: 'x' });
    expect(result.added).toBe(0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(selectEdited(store.getState())).toBe(false);
  });

  it('says what was added and that undo takes it back', () => {
    const store = fixtureStore();
    const result = applyCsvImport(store, parseTouchpointsCsv(CSV), 'merge', { title: 'x' });
    expect(csvImportMessage(result, 'merge')).toBe('Added 2 touchpoints to the map (1 new stage). Undo removes them again.');
  });
});

describe('opening the rows as a new map', () => {
  it('replaces the document with an untitled, edited map holding the same touchpoints, with a fresh history', () => {
    const source = createNewMap('auto-insurance', NOW);
    const store = fixtureStore();
    store.getState().applyEdit((map) => ({ ...map, title: 'Edited first' }));

    const result = applyCsvImport(store, parseTouchpointsCsv(touchpointsToCsv(source)), 'new-map', { title: 'Auto insurance' });

    const state = store.getState();
    expect(state.info).toEqual({ fileName: null, readOnly: false });
    expect(state.map.title).toBe('Auto insurance');
    expect(selectEdited(state)).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(state.map.touchpoints.map((tp) => tp.title)).toEqual(source.touchpoints.map((tp) => tp.title));
    expect(csvImportMessage(result, 'new-map')).toBe(
      `Opened a new map with ${source.touchpoints.length} touchpoints in ${state.map.stages.length} stages and ${state.map.silos.length} silos.`,
    );
  });
});
