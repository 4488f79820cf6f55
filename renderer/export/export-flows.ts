import { touchpointsToCsv } from '../../shared/csv';
import type { ExportOutcome, JourneyApi, PdfOptions } from '../../shared/ipc/contract';
import { safeFileBase } from '../api/file-names';
import { countOf } from '../print/print-wording';
import type { DocumentStore } from '../store/document-store';
import type { PngScope } from './png-capture';

/** What the export flows work with; tests pass fakes. */
export interface ExportFlowDeps {
  api: JourneyApi;
  store: DocumentStore;
  /** Shows a short status message (read out politely by screen readers). */
  announce: (message: string) => void;
  /** Draws the canvas as PNG bytes. */
  capturePng: (scope: PngScope) => Promise<Uint8Array>;
}

/** The exports the shell offers; each reports its outcome through `announce`. */
export interface ExportFlows {
  /** Remembers the options, then makes the PDF; a failure is returned (for the dialog) as well as announced. */
  exportPdf(options: PdfOptions): Promise<ExportOutcome>;
  exportPng(scope: PngScope): Promise<ExportOutcome>;
  exportCsv(): Promise<ExportOutcome>;
}

type ExportKind = 'PDF' | 'PNG' | 'CSV';

/**
 * The name a file is offered under: the map's title made safe for a file name (no path separators or
 * control characters, at most 100 characters, as main's payload check requires) with the extension.
 */
export function suggestedFileName(title: string, extension: string): string {
  return `${safeFileBase(title)}${extension}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The status line for an export's outcome, worded for the platform ("Saved …" or "Downloaded …"). */
export function exportOutcomeMessage(kind: ExportKind, outcome: ExportOutcome, platform: JourneyApi['platform'], detail = ''): string {
  switch (outcome.status) {
    case 'exported':
      if (platform === 'browser' && kind === 'PDF') {
        return `The print view of ${outcome.fileName} opened in a new tab: choose “Save as PDF” in its print dialog.`;
      }
      return `${platform === 'browser' ? 'Downloaded' : 'Exported'} ${outcome.fileName}${detail}.`;
    case 'cancelled':
      return `${kind} export cancelled.`;
    case 'failed':
      return `The ${kind} was not exported. ${outcome.message}`;
  }
}

/** Creates the export flows over the platform API and the document store. */
export function createExportFlows({ api, store, announce, capturePng }: ExportFlowDeps): ExportFlows {
  async function run(kind: ExportKind, make: () => Promise<ExportOutcome>, detail = ''): Promise<ExportOutcome> {
    let outcome: ExportOutcome;
    try {
      outcome = await make();
    } catch (error) {
      outcome = { status: 'failed', message: errorMessage(error) };
    }
    announce(exportOutcomeMessage(kind, outcome, api.platform, outcome.status === 'exported' ? detail : ''));
    return outcome;
  }

  return {
    exportPdf: (options) =>
      run('PDF', async () => {
        // Remembering the choice must not stop the export.
        await api.setPreferences({ pdf: options }).catch(() => undefined);
        const { map } = store.getState();
        return api.exportPdf({ map, options });
      }),

    exportPng: (scope) =>
      run('PNG', async () => {
        const { map } = store.getState();
        const png = await capturePng(scope);
        return api.exportPng({ png, suggestedName: suggestedFileName(map.title, '.png') });
      }),

    exportCsv: () => {
      const { map } = store.getState();
      return run(
        'CSV',
        () => api.exportCsv({ csv: touchpointsToCsv(map), suggestedName: suggestedFileName(map.title, '.csv') }),
        ` (${countOf(map.touchpoints.length, 'touchpoint')})`,
      );
    },
  };
}
