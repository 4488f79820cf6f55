import { importTouchpoints, type CsvImportMode, type CsvImportResult, type ParsedTouchpointsCsv } from '../../shared/csv';
import { createEmptyMap } from '../../shared/model';
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
 * Adds the rows to the open map as ONE edit (one undo step; nothing is recorded when no row could be
 * added).
 */
export function mergeCsvImport(store: DocumentStore, parsed: Pick<ParsedTouchpointsCsv, 'rows'>): CsvImportResult {
  const result = importTouchpoints(store.getState().map, parsed.rows, 'merge');
  store.getState().applyEdit(() => result.map);
  return result;
}

/**
 * A new map made from the rows, titled `options.title`. The open map is left alone: the document flows
 * open the result as a new, unsaved map (`DocumentFlows.openAsNewMap`).
 */
export function newMapFromCsv(parsed: Pick<ParsedTouchpointsCsv, 'rows'>, options: { title: string; now?: string }): CsvImportResult {
  return importTouchpoints(createEmptyMap(), parsed.rows, 'new-map', options);
}

/** What happened, for the status message after an import; `where` says where a new map opened. */
export function csvImportMessage(result: CsvImportResult, mode: CsvImportMode, where: 'here' | 'new-window' = 'here'): string {
  const touchpoints = countOf(result.added, 'touchpoint');
  let headline: string;
  if (mode === 'new-map') {
    const place = where === 'new-window' ? ' in a new window' : '';
    headline = `Opened a new map${place} with ${touchpoints} in ${countOf(result.map.stages.length, 'stage')} and ${countOf(result.map.silos.length, 'silo')}.`;
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
