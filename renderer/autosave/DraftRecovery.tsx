import { useEffect, useRef, useState } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';
import { isPristineBlank } from '../shell/document-flows';
import { useDocument, useDocumentStore } from '../store/document-store';
import { findLeftoverDrafts, loadDraft, type LeftoverDraft } from './leftover-drafts';
import { RecoveryDialog } from './RecoveryDialog';

const ONE_PER_WINDOW =
  'This window already holds a map, and a draft can only be restored into a blank window. The drafts stay here for the next start.';

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * Offers the drafts left by a crash or a closed window when the window starts. Restore loads one into
 * this window (only while it is blank) as an edited map, writes this window's own draft of it, then
 * removes the old one; Discard removes a draft; "Decide later" keeps them all for the next start.
 */
export function DraftRecovery({
  api,
  flushDraft,
  now = () => new Date(),
}: {
  api: JourneyApi;
  /** Writes this window's own draft now; resolves true when it holds every edit. */
  flushDraft: () => Promise<boolean>;
  now?: () => Date;
}) {
  const store = useDocumentStore();
  const blank = useDocument(isPristineBlank);
  const [drafts, setDrafts] = useState<readonly LeftoverDraft[]>([]);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [openedAt, setOpenedAt] = useState(now);
  const clock = useRef(now);
  clock.current = now;

  useEffect(() => {
    let active = true;
    findLeftoverDrafts(api)
      .then((found) => {
        if (!active || found.length === 0) return;
        setDrafts(found);
        setOpenedAt(clock.current());
        setOpen(true);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
    // Only when the window starts: drafts written later are this window's own.
  }, [api]);

  const remove = (draft: LeftoverDraft) => {
    const remaining = drafts.filter((item) => item.draftId !== draft.draftId);
    setDrafts(remaining);
    if (remaining.length === 0) setOpen(false);
  };

  async function restore(draft: LeftoverDraft): Promise<void> {
    if (!isPristineBlank(store.getState())) return;
    setBusy(true);
    try {
      loadDraft(store, draft);
      // The old draft goes only once this window's own draft holds the restored map.
      if (await flushDraft()) await api.discardDraft({ draftId: draft.draftId }).catch(() => undefined);
      setNotice(`Restored “${draft.title}” into this window.`);
      remove(draft);
    } finally {
      setBusy(false);
    }
  }

  async function discard(draft: LeftoverDraft): Promise<void> {
    setBusy(true);
    try {
      await api.discardDraft({ draftId: draft.draftId });
      setNotice(`Discarded the draft of “${draft.title}”.`);
      remove(draft);
    } catch (error) {
      setNotice(`The draft of “${draft.title}” could not be discarded: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  if (!open || drafts.length === 0) return null;
  return (
    <RecoveryDialog
      drafts={drafts}
      now={openedAt}
      restoreBlocked={blank ? null : ONE_PER_WINDOW}
      notice={notice}
      busy={busy}
      onRestore={(draft) => void restore(draft)}
      onDiscard={(draft) => void discard(draft)}
      onClose={() => setOpen(false)}
    />
  );
}
