import { useRef, useState, type KeyboardEvent } from 'react';
import { setMapTitle } from '../../shared/model';
import { LIMITS } from '../../shared/model/types';
import { savesToCopy } from '../review/review-mode';
import { selectEdited, selectReviewMode, useDocument } from '../store/document-store';

/** The document's title area: the map title (editable in place), the file name and the edited marker. */
export function TitleBar() {
  const title = useDocument((state) => state.map.title);
  const fileName = useDocument((state) => state.info.fileName);
  const readOnly = useDocument(selectReviewMode);
  const copyOnSave = useDocument(savesToCopy);
  const edited = useDocument(selectEdited);
  const applyEdit = useDocument((state) => state.applyEdit);

  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);

  function commit(text: string) {
    applyEdit((map) => setMapTitle(map, text));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelled.current = true;
      event.currentTarget.blur();
    }
  }

  return (
    <div className="title-bar">
      <input
        className="map-title"
        aria-label="Map title"
        title={readOnly ? title : 'Map title: click to rename'}
        value={draft ?? title}
        maxLength={LIMITS.maxTitleLength}
        readOnly={readOnly}
        spellCheck
        onFocus={() => {
          cancelled.current = false;
          setDraft(title);
        }}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          if (draft !== null && !cancelled.current && !readOnly) commit(draft);
          setDraft(null);
        }}
      />
      <span className="file-name" title={fileName ?? undefined}>
        {fileName ?? 'Not saved yet'}
      </span>
      {readOnly ? <span className="badge">Review mode (read-only)</span> : null}
      {copyOnSave ? (
        <span className="badge" title="The file was opened read-only: Save asks where to save a copy and leaves the file as it was">
          Read-only file: Save makes a copy
        </span>
      ) : null}
      {edited ? (
        <span className="edited-marker" title="This map has changes that are not saved yet">
          ● Edited
        </span>
      ) : null}
    </div>
  );
}
