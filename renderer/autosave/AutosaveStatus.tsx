import type { DraftStatus } from './draft-autosave';
import { clockTime } from './draft-time';
import './autosave.css';

/**
 * The quiet autosave note at the end of the status bar: "Draft saved 12:03", or why a draft could not
 * be written. Only failures are announced to screen readers; routine saves every few seconds would be noise.
 */
export function AutosaveStatus({ status }: { status: DraftStatus }) {
  return (
    <div className={`autosave-status autosave-status-${status.kind}`}>
      {status.kind === 'saved' ? (
        <span>
          Draft saved <time dateTime={status.at.toISOString()}>{clockTime(status.at)}</time>
        </span>
      ) : null}
      <span aria-live="polite">
        {status.kind === 'failed' ? (
          <>
            <span aria-hidden="true">⚠ </span>Could not save a draft: {status.message}
          </>
        ) : null}
      </span>
    </div>
  );
}
