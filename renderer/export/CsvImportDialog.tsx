import { useId, useMemo, useState } from 'react';
import { importTouchpoints, type CsvImportMode, type CsvIssue, type ParsedTouchpointRow, type ParsedTouchpointsCsv } from '../../shared/csv';
import type { JourneyMap } from '../../shared/model/types';
import { CHANNEL_LABELS, INTENT_LABELS } from '../canvas/labels';
import { Modal } from '../dialogs/Modal';
import { countOf } from '../print/print-wording';
import { csvCountsText, csvRowCounts } from './csv-import';
import { OptionField } from './OptionField';

/** How many rows the preview table shows. */
export const PREVIEW_ROWS = 10;
/** How many problems are listed before "and N more". */
const LISTED_ISSUES = 50;

function IssueList({ title, issues, className }: { title: string; issues: readonly CsvIssue[]; className: string }) {
  const headingId = useId();
  if (issues.length === 0) return null;
  const listed = issues.slice(0, LISTED_ISSUES);
  const more = issues.length - listed.length;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId} className="import-issues-title">
        {title}
      </h3>
      <ul className="import-issues">
        {listed.map((issue, index) => (
          <li key={`${issue.row}-${index}`}>{issue.message}</li>
        ))}
        {more > 0 ? <li>…and {countOf(more, 'more problem', 'more problems')}.</li> : null}
      </ul>
    </section>
  );
}

function PreviewTable({ rows, total }: { rows: readonly ParsedTouchpointRow[]; total: number }) {
  return (
    <div className="import-table-frame">
      <table className="import-table">
        <caption>{rows.length === total ? `All ${countOf(total, 'row')} ready to import` : `The first ${rows.length} of ${total} rows ready to import`}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Stage</th>
            <th scope="col">Silo</th>
            <th scope="col">Title</th>
            <th scope="col">Channel</th>
            <th scope="col">Started by</th>
            <th scope="col">Intent</th>
            <th scope="col">Emotion</th>
            <th scope="col">Day</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>{row.stage}</td>
              <td>{row.silo ?? <span className="import-empty">No owner</span>}</td>
              <td>{row.title}</td>
              <td>{CHANNEL_LABELS[row.channel]}</td>
              <td>{row.initiator === 'customer' ? 'Customer' : 'Company'}</td>
              <td>{INTENT_LABELS[row.intent]}</td>
              <td>{row.emotion ?? ''}</td>
              <td>{row.day ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function effectText(map: JourneyMap, rows: readonly ParsedTouchpointRow[], mode: CsvImportMode, title: string): string {
  const result = importTouchpoints(map, rows, mode, { title });
  const touchpoints = countOf(result.added, 'touchpoint');
  const skipped = result.skipped.length > 0 ? ` ${countOf(result.skipped.length, 'row')} would be left out: the map would be full.` : '';
  if (mode === 'new-map') {
    return `A new, unsaved map “${title}” with ${touchpoints} in ${countOf(result.map.stages.length, 'stage')} and ${countOf(result.map.silos.length, 'silo')}.${skipped}`;
  }
  const created = [
    result.createdStages.length > 0 ? `${countOf(result.createdStages.length, 'new stage')} (${result.createdStages.join(', ')})` : null,
    result.createdSilos.length > 0 ? `${countOf(result.createdSilos.length, 'new silo')} (${result.createdSilos.join(', ')})` : null,
  ].filter((part): part is string => part !== null);
  return `Adds ${touchpoints} to this map${created.length > 0 ? `, with ${created.join(' and ')}` : ''}. One undo takes it all back.${skipped}`;
}

/**
 * The preview of a CSV import: the counts, the first rows, every problem by row, and where to put the
 * rows (this map or a new one). Adding to this map is shown disabled with the reason when it is not
 * possible; a new map always is, and `newMapDetail` says where it will open.
 */
export function CsvImportDialog({
  fileName,
  parsed,
  map,
  newMapTitle,
  mergeBlockedReason = null,
  newMapDetail,
  onImport,
  onCancel,
}: {
  fileName: string;
  parsed: ParsedTouchpointsCsv;
  /** The open map, for the preview of a merge. */
  map: JourneyMap;
  newMapTitle: string;
  mergeBlockedReason?: string | null;
  /** Where a new map opens, e.g. "Opens in a new window…". */
  newMapDetail: string;
  onImport: (mode: CsvImportMode) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<CsvImportMode>(mergeBlockedReason === null ? 'merge' : 'new-map');
  const modeName = useId();
  const noteId = useId();
  const counts = csvRowCounts(parsed);
  const blockedReason = mode === 'merge' ? mergeBlockedReason : null;
  const effect = useMemo(
    () => (parsed.rows.length === 0 || blockedReason !== null ? null : effectText(map, parsed.rows, mode, newMapTitle)),
    [map, parsed.rows, mode, newMapTitle, blockedReason],
  );
  const note =
    parsed.rows.length === 0 ? 'There is nothing to import: no row of the file is ready.' : (blockedReason ?? effect ?? '');
  const canImport = parsed.rows.length > 0 && blockedReason === null;

  return (
    <Modal
      title="Import touchpoints"
      description={
        <>
          <p className="import-file">From {fileName}</p>
          <p className="import-counts">{csvCountsText(counts)}</p>
        </>
      }
      onCancel={onCancel}
      className="export-dialog import-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (canImport) onImport(mode);
        }}
      >
        {parsed.rows.length > 0 ? <PreviewTable rows={parsed.rows.slice(0, PREVIEW_ROWS)} total={parsed.rows.length} /> : null}
        <IssueList title="Problems: these rows are left out" issues={parsed.errors} className="import-problems" />
        <IssueList title="Notes" issues={parsed.warnings} className="import-notes" />
        <fieldset className="export-fieldset">
          <legend>Where to put the touchpoints</legend>
          <OptionField
            type="radio"
            name={modeName}
            label="Add to this map"
            detail={mergeBlockedReason ?? 'Stages and silos are matched by name; missing ones are added.'}
            checked={mode === 'merge'}
            disabled={mergeBlockedReason !== null}
            onChange={(checked) => {
              if (checked) setMode('merge');
            }}
          />
          <OptionField
            type="radio"
            name={modeName}
            label="Open as a new map"
            detail={newMapDetail}
            checked={mode === 'new-map'}
            onChange={(checked) => {
              if (checked) setMode('new-map');
            }}
          />
        </fieldset>
        <p id={noteId} className={canImport ? 'export-preview' : 'export-preview export-problem'} aria-live="polite">
          {note}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!canImport} aria-describedby={noteId}>
            Import
          </button>
        </div>
      </form>
    </Modal>
  );
}
