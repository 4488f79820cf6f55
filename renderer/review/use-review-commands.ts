import { useCommandHandler } from '../shell/commands';
import { useDocumentStore, type DocumentStore } from '../store/document-store';
import { reviewModeMessage } from './review-mode';

/** Switches review mode and returns the message to show. */
export function toggleReviewMode(store: DocumentStore): string {
  const { reviewMode, setReviewMode } = store.getState();
  setReviewMode(!reviewMode);
  return reviewModeMessage(store.getState());
}

/** Handles the `review-toggle` command (View menu, toolbar) while mounted; `announce` shows what changed. */
export function useReviewCommands(announce: (message: string) => void): void {
  const store = useDocumentStore();
  useCommandHandler('review-toggle', () => announce(toggleReviewMode(store)));
}
