import { useEffect, useId, useRef, useState } from 'react';
import { Modal } from '../dialogs/Modal';
import { describeDraftTime } from './draft-time';
import type { LeftoverDraft } from './leftover-drafts';
import './autosave.css';

export interface RecoveryDialogProps {
  drafts: readonly LeftoverDraft[];
  /** The time the "written 5 minutes ago" texts are measured from. */
  now: Date;
  /** Why no draft can be restored into this window, or null when one can. */
  restoreBlocked: string | null;
  /** A short message about the last action (e.g. which draft was restored). */
  notice: string | null;
  /** True while an action runs: the buttons wait. */
  busy: boolean;
  onRestore: (draft: LeftoverDraft) => void;
  /** Called once the user has confirmed. */
  onDiscard: (draft: LeftoverDraft) => void;
  /** "Decide later" (and Esc): the drafts stay for the next start. */
  onClose: () => void;
}

function DraftItem({
  draft,
  now,
  restoreBlocked,
  blockedNoteId,
  busy,
  onRestore,
  onDiscard,
}: Omit<RecoveryDialogProps, 'drafts' | 'notice' | 'onClose'> & { draft: LeftoverDraft; blockedNoteId: string }) {
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const time = describeDraftTime(draft.writtenAt, now);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) discardRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li className="recovery-item" aria-labelledby={titleId}>
      <h3 id={titleId} className="recovery-item-title">
        {draft.title}
      </h3>
      <p className="recovery-item-meta">
        {draft.fileName ?? 'Untitled'} · written{' '}
        <time dateTime={draft.writtenAt} title={time.absolute}>
          {time.relative}
        </time>{' '}
        ({time.absolute})
      </p>
      <ul className="recovery-changes" aria-label={`Changes in “${draft.title}”`}>
        {draft.changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {confirming ? (
        <div className="dialog-actions" role="group" aria-label={`Discard “${draft.title}”?`}>
          <span>Discard this draft for good? Its unsaved changes will be lost.</span>
          <button ref={confirmRef} type="button" className="button button-danger" disabled={busy} onClick={() => onDiscard(draft)}>
            Discard draft
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-primary"
            aria-label={`Restore “${draft.title}”`}
            aria-describedby={restoreBlocked ? blockedNoteId : undefined}
            disabled={busy || restoreBlocked !== null}
            onClick={() => onRestore(draft)}
          >
            Restore
          </button>
          <button
            ref={discardRef}
            type="button"
            className="button"
            aria-label={`Discard “${draft.title}”…`}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Discard…
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * "Recover unsaved work": the drafts a crash or a closed window left behind, each with its title, file,
 * when it was written and what it changes, to restore, discard (after a confirmation) or keep for later.
 */
export function RecoveryDialog(props: RecoveryDialogProps) {
  const { drafts, restoreBlocked, notice, onClose } = props;
  const blockedNoteId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const count = drafts.length;

  useEffect(() => {
    // A restored or discarded draft takes its focused button with it: keep focus in the dialog.
    if (!closeRef.current?.ownerDocument.activeElement?.closest('.modal')) closeRef.current?.focus();
  }, [count]);

  return (
    <Modal
      title="Recover unsaved work"
      className="recovery-dialog"
      onCancel={onClose}
      description={
        <p className="dialog-message">
          {count === 1
            ? 'A map was closed before its last changes were saved. Its draft is kept here.'
            : `${count} maps were closed before their last changes were saved. Their drafts are kept here.`}
        </p>
      }
    >
      {notice ? (
        <p className="recovery-note" role="status">
          {notice}
        </p>
      ) : null}
      {restoreBlocked ? (
        <p id={blockedNoteId} className="recovery-note">
          {restoreBlocked}
        </p>
      ) : null}
      <ul className="recovery-list" aria-label="Drafts">
        {drafts.map((draft) => (
          <DraftItem key={draft.draftId} {...props} draft={draft} blockedNoteId={blockedNoteId} />
        ))}
      </ul>
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Decide later
        </button>
      </div>
    </Modal>
  );
}
