import { describe, expect, it } from 'vitest';
import { createDraftStore, createMemoryDraftBackend, isDraftRecord } from '../../../../renderer/api/browser-drafts';
import type { JourneyMap } from '../../../../shared/model/types';

function map(title: string): JourneyMap {
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

function clock(...isoTimes: string[]): () => Date {
  let index = 0;
  return () => new Date(isoTimes[Math.min(index++, isoTimes.length - 1)] ?? 0);
}

describe('browser drafts', () => {
  it('writes this tab’s draft with the saved map kept alongside and reads it back', async () => {
    const drafts = createDraftStore(createMemoryDraftBackend(), 'draft-tab-1', clock('2026-11-02T10:00:00.000Z'));
    const saved = map('Onboarding');
    const edited = { ...saved, title: 'Onboarding (edited)' };

    await drafts.write(edited, { fileName: 'onboarding.journeymap', saved });

    expect(await drafts.list()).toEqual([
      {
        draftId: 'draft-tab-1',
        title: 'Onboarding (edited)',
        fileName: 'onboarding.journeymap',
        writtenAt: '2026-11-02T10:00:00.000Z',
      },
    ]);
    const detail = await drafts.get('draft-tab-1');
    expect(detail?.draft).toEqual(edited);
    expect(detail?.saved).toEqual(saved);
  });

  it('keeps one draft per tab, replaced on each write', async () => {
    const drafts = createDraftStore(
      createMemoryDraftBackend(),
      'draft-tab-1',
      clock('2026-11-02T10:00:00.000Z', '2026-11-02T10:00:05.000Z'),
    );
    await drafts.write(map('First'), { fileName: null, saved: null });
    await drafts.write(map('Second'), { fileName: null, saved: null });

    const list = await drafts.list();
    expect(list).toHaveLength(1);
    expect(list[0]?.title).toBe('Second');
    expect(list[0]?.writtenAt).toBe('2026-11-02T10:00:05.000Z');
  });

  it('lists the drafts of every tab, newest first', async () => {
    const backend = createMemoryDraftBackend();
    await createDraftStore(backend, 'draft-old', clock('2026-11-01T09:00:00.000Z')).write(map('Old'), { fileName: null, saved: null });
    await createDraftStore(backend, 'draft-new', clock('2026-11-02T09:00:00.000Z')).write(map('New'), { fileName: null, saved: null });

    const titles = (await createDraftStore(backend, 'draft-third').list()).map((draft) => draft.title);
    expect(titles).toEqual(['New', 'Old']);
  });

  it('discards a draft', async () => {
    const drafts = createDraftStore(createMemoryDraftBackend(), 'draft-tab-1');
    await drafts.write(map('Gone soon'), { fileName: null, saved: null });
    await drafts.discard('draft-tab-1');
    expect(await drafts.list()).toEqual([]);
    expect(await drafts.get('draft-tab-1')).toBeNull();
  });

  it('answers null for an unknown draft', async () => {
    expect(await createDraftStore(createMemoryDraftBackend(), 'draft-tab-1').get('draft-missing')).toBeNull();
  });

  it('skips stored records that are not drafts', async () => {
    const backend = createMemoryDraftBackend();
    const good = createDraftStore(backend, 'draft-good');
    await good.write(map('Good'), { fileName: null, saved: null });
    const broken = { draftId: 'draft-broken', title: 'Broken', fileName: null, writtenAt: 'x', draft: { id: 1 }, saved: null };
    await backend.put(broken as never);

    expect(isDraftRecord(broken)).toBe(false);
    expect((await good.list()).map((draft) => draft.draftId)).toEqual(['draft-good']);
    expect(await good.get('draft-broken')).toBeNull();
  });

  it('stores a copy, so later edits of the live map do not change the draft', async () => {
    const drafts = createDraftStore(createMemoryDraftBackend(), 'draft-tab-1');
    const live = map('Live');
    await drafts.write(live, { fileName: null, saved: null });
    live.title = 'Mutated afterwards';
    expect((await drafts.get('draft-tab-1'))?.draft.title).toBe('Live');
  });
});
