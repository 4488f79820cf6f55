import type { DraftDetail, JourneyApi } from '../../shared/ipc/contract';
import type { DocumentStore } from '../store/document-store';
import { draftMatchesSaved, summarizeDraftChanges } from './draft-diff';

/** A draft left by a crash or a closed window, with what it changes compared with its saved file. */
export interface LeftoverDraft extends DraftDetail {
  changes: string[];
}

type DraftsApi = Pick<JourneyApi, 'listDrafts' | 'getDraft' | 'discardDraft'>;

/**
 * The drafts to offer for recovery, newest first. Called when the window starts, before it writes a
 * draft of its own, so every listed draft is left over (main and the browser API both leave out the
 * drafts of windows still open). A draft identical to its saved file holds no work and is removed quietly;
 * a draft that cannot be read is skipped.
 */
export async function findLeftoverDrafts(api: DraftsApi): Promise<LeftoverDraft[]> {
  const summaries = await api.listDrafts();
  const details = await Promise.all(summaries.map((summary) => api.getDraft({ draftId: summary.draftId }).catch(() => null)));
  const leftovers: LeftoverDraft[] = [];
  for (const detail of details) {
    if (!detail) continue;
    if (draftMatchesSaved(detail.saved, detail.draft)) {
      await api.discardDraft({ draftId: detail.draftId }).catch(() => undefined);
      continue;
    }
    leftovers.push({ ...detail, changes: summarizeDraftChanges(detail.saved, detail.draft) });
  }
  return leftovers;
}

/** Loads a draft into the window as an edited map, under its file's name when it had one. */
export function loadDraft(store: DocumentStore, draft: DraftDetail): void {
  store.getState().loadDocument({ map: draft.draft, info: { fileName: draft.fileName, readOnly: false } }, { edited: true });
}
