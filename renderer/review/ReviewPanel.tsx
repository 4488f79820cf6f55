import { useCallback, useRef } from 'react';
import { revealStage, useReveal } from '../analysis/reveal';
import { CommentsPanel } from './CommentsPanel';
import { ReviewSummary } from './ReviewSummary';

/** The side panel's review part in review mode: the plain summary, then the comments. */
export function ReviewPanel() {
  const reveal = useReveal();
  const commentField = useRef<HTMLTextAreaElement>(null);
  const commentOnStage = useCallback(
    (stageId: string) => {
      reveal(revealStage(stageId), { show: false });
      commentField.current?.focus();
      commentField.current?.scrollIntoView?.({ block: 'nearest' });
    },
    [reveal],
  );
  return (
    <div className="rv-panel">
      <ReviewSummary onCommentOnStage={commentOnStage} />
      <CommentsPanel textareaRef={commentField} />
    </div>
  );
}
