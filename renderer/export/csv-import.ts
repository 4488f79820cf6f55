import { importTouchpoints, type CsvImportMode, type CsvImportResult, type ParsedTouchpointsCsv } from '../../shared/csv';
import { countOf } from '../print/print-wording';
import type { DocumentStore } from '../store/document-store';

/** How many rows of a parsed CSV can be imported and how many cannot. */
export interface CsvRowCounts {
  ready: number;
  /** Distinct rows (or the header) with at least one error. */
  withProblems: number;
}

/** Counts the ready rows and the rows with problems of a parsed CSV. */
export function csvRowCounts(parsed: ParsedTouchpointsCsv): CsvRowCounts {
  return { ready: parsed.rows.length, withProblems: new Set(parsed.errors.map((error) => error.row)).size };
}

/** The preview's headline, e.g. "42 rows ready, 3 rows with problems". */
export function csvCountsText(counts: CsvRowCounts): string {
  const ready = `${countOf(counts.ready, 'row')} ready`;
  return counts.withProblems === 0 ? ready : `${ready}, ${countOf(counts.withProblems, 'row')} with problems`;
}

/** The title of a map made from a CSV file: the file's name without its extension. */
export function mapTitleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').trim();
  return base.length > 0 ? base : 'Imported touchpoints';
}

/**
 * Imports the rows into the open document: 'merge' adds them to the map as ONE edit (one undo step;
 * nothing is recorded when no row could be added); 'new-map' replaces the document with an untitled,
 * edited map made from the rows (history cleared, as for any newly opened map).
 */
export function applyCsvImport(
  store: DocumentStore,
  parsed: Pick<ParsedTouchpointsCsv, 'rows'>,
  mode: CsvImportMode,
  options: { title: string; now?: string },
): CsvImportResult {
  if (mode === 'new-map') {
    const result = importTouchpoints(store.getState().map, parsed.rows, 'new-map', options);
    store.getState().loadDocument({ map: result.map, info: { fileName: null, readOnly: false } }, { edited: true });
    return result;
  }
  const result = importTouchpoints(store.getState().map, parsed.rows, 'merge');
  store.getState().applyEdit(() => result.map);
  return result;
}

/** What happened, for the status message after an import. */
export function csvImportMessage(result: CsvImportResult, mode: CsvImportMode): string {
  const touchpoints = countOf(result.added, 'touchpoint');
  let headline: string;
  if (mode === 'new-map') {
    headline = `Opened a new map with ${touchpoints} in ${countOf(result.map.stages.length, 'stage')} and ${countOf(result.map.silos.length, 'silo')}.`;
  } else {
    const created = [
      result.createdStages.length > 0 ? countOf(result.createdStages.length, 'new stage') : null,
      result.createdSilos.length > 0 ? countOf(result.createdSilos.length, 'new silo') : null,
    ].filter((part): part is string => part !== null);
    headline = `Added ${touchpoints} to the map${created.length > 0 ? ` (${created.join(', ')})` : ''}.`;
  }
  const firstSkipped = result.skipped[0];
  const skipped = firstSkipped ? ` ${countOf(result.skipped.length, 'row')} could not be added. ${firstSkipped.message}` : '';
  const undo = mode === 'merge' && result.added > 0 ? ' Undo removes them again.' : '';
  return `${headline}${skipped}${undo}`;
}
