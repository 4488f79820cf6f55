import { describe, expect, it, vi } from 'vitest';
import { findLeftoverDrafts } from '../../../../renderer/autosave/leftover-drafts';
import type { DraftDetail, JourneyApi } from '../../../../shared/ipc/contract';
import { createEmptyMap } from '../../../../shared/model';

const saved = createEmptyMap({ title: 'Onboarding' });

function detail(draftId: string, title: string): DraftDetail {
  return { draftId, title, fileName: 'onboarding.journeymap', writtenAt: '2026-11-05T09:00:00.000Z', draft: { ...saved, title }, saved };
}

function draftsApi(details: Record<string, DraftDetail | null | Error>) {
  return {
    listDrafts: vi.fn<JourneyApi['listDrafts']>(async () =>
      Object.keys(details).map((draftId) => ({ draftId, title: draftId, fileName: null, writtenAt: '2026-11-05T09:00:00.000Z' })),
    ),
    getDraft: vi.fn<JourneyApi['getDraft']>(async ({ draftId }) => {
      const found = details[draftId];
      if (found instanceof Error) throw found;
      return found ?? null;
    }),
    discardDraft: vi.fn<JourneyApi['discardDraft']>(async () => undefined),
  };
}

describe('findLeftoverDrafts', () => {
  it('returns the drafts with their change summaries, in the listed order', async () => {
    const api = draftsApi({ 'draft-a': detail('draft-a', 'Onboarding v2'), 'draft-b': detail('draft-b', 'Onboarding v3') });
    const found = await findLeftoverDrafts(api);
    expect(found.map((draft) => [draft.draftId, draft.changes])).toEqual([
      ['draft-a', ['Title changed from “Onboarding” to “Onboarding v2”']],
      ['draft-b', ['Title changed from “Onboarding” to “Onboarding v3”']],
    ]);
    expect(api.discardDraft).not.toHaveBeenCalled();
  });

  it('skips drafts that vanished or cannot be read, and removes drafts that hold no changes', async () => {
    const api = draftsApi({
      'draft-gone': null,
      'draft-broken': new Error('unreadable'),
      'draft-same': { ...detail('draft-same', 'Onboarding'), draft: { ...saved, updatedAt: '2030-01-01T00:00:00.000Z' } },
      'draft-kept': detail('draft-kept', 'Onboarding v2'),
    });
    const found = await findLeftoverDrafts(api);
    expect(found.map((draft) => draft.draftId)).toEqual(['draft-kept']);
    expect(api.discardDraft).toHaveBeenCalledExactlyOnceWith({ draftId: 'draft-same' });
  });
});
