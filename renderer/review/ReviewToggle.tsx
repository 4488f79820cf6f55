import { selectReviewMode, useDocument } from '../store/document-store';
import { useCommands } from '../shell/commands';
import './review.css';

/** The toolbar's "Review mode" toggle (pressed while the map is read-only except for comments). */
export function ReviewToggle() {
  const reviewMode = useDocument(selectReviewMode);
  const registry = useCommands();
  return (
    <button
      type="button"
      className="button toolbar-button rv-toggle"
      aria-pressed={reviewMode}
      title={
        reviewMode
          ? 'Review mode is on: the map cannot be changed, only commented on. Click to edit the map.'
          : 'Review mode: make the map read-only and leave comments'
      }
      onClick={() => registry.dispatch('review-toggle')}
    >
      Review mode
    </button>
  );
}
