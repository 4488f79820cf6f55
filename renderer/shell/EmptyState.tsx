import { useId } from 'react';
import { addStage, newStage } from '../../shared/model';
import { selectReviewMode, useDocument } from '../store/document-store';
import { useCommands } from './commands';

/** Shown over an empty map: how to start (a template, or a blank map's first stage). */
export function EmptyState() {
  const headingId = useId();
  const registry = useCommands();
  const readOnly = useDocument(selectReviewMode);
  const applyEdit = useDocument((state) => state.applyEdit);
  if (readOnly) return null;
  return (
    <section className="empty-state" aria-labelledby={headingId}>
      <h2 id={headingId}>Start your journey map</h2>
      <p>Start from a template with typical stages and silos, or keep this blank map and add your first stage.</p>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={() => registry.dispatch('new-from-template')}>
          Start from a template…
        </button>
        <button type="button" className="button" onClick={() => applyEdit((map) => addStage(map, newStage()))}>
          Add first stage
        </button>
      </div>
    </section>
  );
}
