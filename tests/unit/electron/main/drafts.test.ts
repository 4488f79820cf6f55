import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore, parseDraftRecord } from '../../../../electron/main/drafts';
import { serializeJourneyFile } from '../../../../shared/format';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

let root: string;
let store: DraftStore;
let clock = 0;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'drafts-'));
  clock = Date.UTC(2026, 10, 2, 9, 0, 0);
  store = new DraftStore(path.join(root, 'drafts'), { now: () => new Date((clock += 1000)) });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('DraftStore', () => {
  it('writes a draft per window as <draftId>.json with title, file and time', async () => {
    await store.write('window-1', { map: SAMPLE_MAP, filePath: '/maps/claims.journeymap' });
    expect(readdirSync(store.folder)).toEqual(['window-1.json']);
    expect(await store.list()).toEqual([
      { draftId: 'window-1', title: SAMPLE_MAP.title, fileName: 'claims.journeymap', writtenAt: '2026-11-02T09:00:01.000Z' },
    ]);
  });

  it('replaces a window draft on the next write', async () => {
    await store.write('window-1', { map: SAMPLE_MAP, filePath: null });
    await store.write('window-1', { map: { ...SAMPLE_MAP, title: 'Later' }, filePath: null });
    const drafts = await store.list();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.title).toBe('Later');
  });

  it('lists newest first and leaves out drafts of windows still open', async () => {
    await store.write('a', { map: SAMPLE_MAP, filePath: null });
    await store.write('b', { map: SAMPLE_MAP, filePath: null });
    await store.write('c', { map: SAMPLE_MAP, filePath: null });
    expect((await store.list(new Set(['b']))).map((draft) => draft.draftId)).toEqual(['c', 'a']);
  });

  it('gives a draft with the saved file for comparison', async () => {
    const filePath = path.join(root, 'claims.journeymap');
    const saved = { ...SAMPLE_MAP, title: 'As saved' };
    writeFileSync(filePath, serializeJourneyFile(saved));
    await store.write('w', { map: SAMPLE_MAP, filePath });
    const detail = await store.get('w');
    expect(detail?.draft).toEqual(SAMPLE_MAP);
    expect(detail?.saved).toEqual(saved);
  });

  it('gives no saved map when the file is gone or the draft is untitled', async () => {
    await store.write('gone', { map: SAMPLE_MAP, filePath: path.join(root, 'deleted.journeymap') });
    await store.write('untitled', { map: SAMPLE_MAP, filePath: null });
    expect((await store.get('gone'))?.saved).toBeNull();
    expect((await store.get('untitled'))?.saved).toBeNull();
    expect(await store.get('missing')).toBeNull();
  });

  it('removes a draft when it is discarded', async () => {
    await store.write('w', { map: SAMPLE_MAP, filePath: null });
    await store.discard('w');
    await store.discard('w');
    expect(await store.list()).toEqual([]);
  });

  it('skips damaged drafts and foreign files instead of failing', async () => {
    await store.write('good', { map: SAMPLE_MAP, filePath: null });
    writeFileSync(path.join(store.folder, 'bad.json'), '{"kind": "journeymap-draft", "draftId": "bad"');
    writeFileSync(path.join(store.folder, 'other.json'), JSON.stringify({ hello: 1 }));
    writeFileSync(path.join(store.folder, 'invalid-map.json'), JSON.stringify({ kind: 'journeymap-draft', draftId: 'invalid-map', title: 't', writtenAt: 'x', filePath: null, map: { title: 1 } }));
    expect((await store.list()).map((draft) => draft.draftId)).toEqual(['good']);
  });

  it('refuses draft ids that could leave the drafts folder', async () => {
    await expect(store.write('../escape', { map: SAMPLE_MAP, filePath: null })).rejects.toThrow(/invalid draft id/);
    await expect(store.discard('../../x')).rejects.toThrow(/invalid draft id/);
    expect(await store.get('../x')).toBeNull();
  });

  it('lists nothing before the first draft is written', async () => {
    expect(await store.list()).toEqual([]);
  });

  it('does not take a draft record whose id differs from its file name', () => {
    expect(parseDraftRecord('not json')).toBeNull();
    expect(parseDraftRecord(JSON.stringify({ kind: 'journeymap-draft', draftId: 'x', title: 't', writtenAt: 'w', filePath: 3, map: SAMPLE_MAP }))).toBeNull();
  });
});
