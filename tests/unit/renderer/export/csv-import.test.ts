import { describe, expect, it } from 'vitest';
import { parseTouchpointsCsv, touchpointsToCsv } from '../../../../shared/csv';
import { createNewMap } from '../../../../renderer/api/new-map';
import {
  csvCountsText,
  csvImportMessage,
  csvRowCounts,
  mapTitleFromFileName,
  mergeCsvImport,
  newMapFromCsv,
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

    const result = mergeCsvImport(store, parsed);

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
    const result = mergeCsvImport(store, parseTouchpointsCsv('stage,title\n'));
    expect(result.added).toBe(0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(selectEdited(store.getState())).toBe(false);
  });

  it('says what was added and that undo takes it back', () => {
    const store = fixtureStore();
    const result = mergeCsvImport(store, parseTouchpointsCsv(CSV));
    expect(csvImportMessage(result, 'merge')).toBe('Added 2 touchpoints to the map (1 new stage). Undo removes them again.');
  });
});

describe('making a new map from the rows', () => {
  it('makes a map holding the same touchpoints and leaves the open map alone', () => {
    const source = createNewMap('auto-insurance', NOW);
    const store = fixtureStore();
    store.getState().applyEdit((map) => ({ ...map, title: 'Edited first' }));
    const before = store.getState();

    const result = newMapFromCsv(parseTouchpointsCsv(touchpointsToCsv(source)), { title: 'Auto insurance' });

    expect(result.map.title).toBe('Auto insurance');
    expect(result.map.id).not.toBe(source.id);
    expect(result.map.touchpoints.map((tp) => tp.title)).toEqual(source.touchpoints.map((tp) => tp.title));
    expect(store.getState()).toBe(before);
    expect(selectEdited(store.getState())).toBe(true);
    expect(csvImportMessage(result, 'new-map')).toBe(
      `Opened a new map with ${source.touchpoints.length} touchpoints in ${result.map.stages.length} stages and ${result.map.silos.length} silos.`,
    );
    expect(csvImportMessage(result, 'new-map', 'new-window')).toBe(
      `Opened a new map in a new window with ${source.touchpoints.length} touchpoints in ${result.map.stages.length} stages and ${result.map.silos.length} silos.`,
    );
  });
});
