import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseTouchpointsCsv, type CsvImportMode, type ParsedTouchpointsCsv } from '../../shared/csv';
import type { ExportOutcome, PdfOptions } from '../../shared/ipc/contract';
import { useJourneyApi } from '../api/api-context';
import { DEFAULT_PREFERENCES } from '../api/browser-prefs';
import { findingsOf, listNoticeOf } from '../analysis/use-findings';
import { useDialogs } from '../dialogs/DialogProvider';
import { useCommandHandler } from '../shell/commands';
import { createDocumentFlows, isPristineBlank } from '../shell/document-flows';
import { selectReviewMode, useDocument, useDocumentStore } from '../store/document-store';
import { viewStoreFor } from '../store/view-store';
import { csvImportMessage, mapTitleFromFileName, mergeCsvImport, newMapFromCsv } from './csv-import';
import { CsvImportDialog } from './CsvImportDialog';
import { createExportFlows } from './export-flows';
import { estimatePageCount } from './pdf-options';
import { PdfExportDialog } from './PdfExportDialog';
import { captureCanvasPng, drawWholeCanvas, type PngScope } from './png-capture';
import { PngExportDialog } from './PngExportDialog';
import './export.css';

/** How long a status message stays on screen. */
const STATUS_MS = 12_000;

interface StatusMessage {
  text: string;
  /** Tells two equal messages apart, so a repeated outcome is shown (and read out) again. */
  id: number;
}

const NO_STATUS: StatusMessage = { text: '', id: 0 };

type ActiveDialog =
  | { kind: 'pdf'; initial: PdfOptions }
  | { kind: 'png' }
  | { kind: 'import'; fileName: string; parsed: ParsedTouchpointsCsv };

/**
 * A polite live region that shows the latest export outcome for a while. While a dialog is open the
 * rest of the page is inert and would not be read out, so the message waits until it has closed.
 */
function ExportStatus({ message, waiting, onDismiss }: { message: StatusMessage; waiting: boolean; onDismiss: () => void }) {
  const [shown, setShown] = useState<StatusMessage>(NO_STATUS);
  useEffect(() => {
    if (!waiting) setShown(message);
  }, [message, waiting]);
  useEffect(() => {
    if (!shown.text) return undefined;
    const timer = window.setTimeout(onDismiss, STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [shown, onDismiss]);
  return (
    <div className={shown.text ? 'export-status' : 'export-status export-status--empty'} role="status" aria-live="polite">
      {shown.text ? (
        <>
          <span key={shown.id} className="export-status-text">
            {shown.text}
          </span>
          <button type="button" className="button export-status-close" aria-label="Dismiss the message" onClick={onDismiss}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}

/**
 * The export and import commands (PDF, PNG, CSV export and CSV import) with their dialogs and an
 * accessible status message for each outcome. Mount once inside the document, command and dialog providers.
 */
export function ExportCommands({ capturePng }: { capturePng?: (scope: PngScope) => Promise<Uint8Array> }) {
  const api = useJourneyApi();
  const store = useDocumentStore();
  const dialogs = useDialogs();
  const map = useDocument((state) => state.map);
  const reviewMode = useDocument(selectReviewMode);
  const [active, setActive] = useState<ActiveDialog | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage>(NO_STATUS);
  const working = useRef(false);
  const dialogOpen = useRef(false);

  const announce = useCallback((text: string) => setStatus((current) => ({ text, id: current.id + 1 })), []);
  const dismissStatus = useCallback(() => setStatus((current) => ({ text: '', id: current.id + 1 })), []);
  const estimatePages = useCallback((options: PdfOptions) => estimatePageCount(map, findingsOf(map), options, listNoticeOf(map)), [map]);
  // The whole-map image first has the canvas draw every node, including those a big map leaves off screen.
  const capture = useMemo(
    () => capturePng ?? ((scope: PngScope) => captureCanvasPng(scope, document, { drawEverything: drawWholeCanvas(viewStoreFor(store)) })),
    [capturePng, store],
  );
  const flows = useMemo(() => createExportFlows({ api, store, announce, capturePng: capture }), [api, store, announce, capture]);
  const documentFlows = useMemo(() => createDocumentFlows({ api, store, dialogs, announce }), [api, store, dialogs, announce]);

  /** Runs one flow at a time: a second command while a dialog or an export is under way does nothing. */
  const exclusive = useCallback(async (flow: () => Promise<void>) => {
    if (working.current || dialogOpen.current) return;
    working.current = true;
    try {
      await flow();
    } finally {
      working.current = false;
    }
  }, []);

  const cancel = useCallback(() => {
    dialogOpen.current = false;
    setStatus((current) => ({ text: '', id: current.id + 1 }));
    setActive(null);
    setBusy(false);
    setError(null);
  }, []);

  const close = useCallback(() => {
    dialogOpen.current = false;
    setActive(null);
    setBusy(false);
    setError(null);
  }, []);

  const open = useCallback((dialog: ActiveDialog) => {
    dialogOpen.current = true;
    setError(null);
    setActive(dialog);
  }, []);

  useCommandHandler('export-pdf', () =>
    void exclusive(async () => {
      const preferences = await api.getPreferences().catch(() => DEFAULT_PREFERENCES);
      open({ kind: 'pdf', initial: preferences.pdf });
    }),
  );
  useCommandHandler('export-png', () => void exclusive(async () => open({ kind: 'png' })));
  useCommandHandler('export-csv', () =>
    void exclusive(async () => {
      await flows.exportCsv();
    }),
  );
  useCommandHandler('import-csv', () =>
    void exclusive(async () => {
      const picked = await api.importCsv().catch((reason: unknown) => ({
        status: 'failed' as const,
        message: reason instanceof Error ? reason.message : String(reason),
      }));
      if (picked.status === 'cancelled') return;
      if (picked.status === 'failed') {
        await dialogs.ask<'ok'>({
          title: 'The file could not be imported',
          message: picked.message,
          choices: [{ value: 'ok', label: 'OK', primary: true }],
          cancelValue: 'ok',
        });
        return;
      }
      open({ kind: 'import', fileName: picked.fileName, parsed: parseTouchpointsCsv(picked.text) });
    }),
  );

  async function runExport(make: () => Promise<ExportOutcome>): Promise<void> {
    setBusy(true);
    setError(null);
    const outcome = await make();
    if (outcome.status === 'failed') {
      setBusy(false);
      setError(outcome.message);
      return;
    }
    close();
  }

  async function runImport(fileName: string, parsed: ParsedTouchpointsCsv, mode: CsvImportMode): Promise<void> {
    if (mode === 'merge') {
      const result = mergeCsvImport(store, parsed);
      close();
      announce(csvImportMessage(result, mode));
      return;
    }
    const result = newMapFromCsv(parsed, { title: mapTitleFromFileName(fileName) });
    // The open map is never lost: Electron opens a new window, the browser first offers to save (as New does).
    const where = await documentFlows.openAsNewMap(result.map);
    if (where === null) return;
    close();
    announce(csvImportMessage(result, mode, where));
  }

  /** Where "Open as a new map" puts the map, in words for the import dialog. */
  function newMapDetail(): string {
    if (api.platform === 'browser') return 'Replaces the map in this tab with a new, unsaved one; you can save your changes first.';
    if (isPristineBlank(store.getState())) return 'Opens here as a new, unsaved map (this window’s map is empty).';
    return 'Opens in a new window as a new, unsaved map; this map stays open as it is.';
  }

  let dialog = null;
  if (active?.kind === 'pdf') {
    dialog = (
      <PdfExportDialog
        initial={active.initial}
        estimatePages={estimatePages}
        busy={busy}
        error={error}
        onExport={(options) => void runExport(() => flows.exportPdf(options))}
        onCancel={cancel}
      />
    );
  } else if (active?.kind === 'png') {
    dialog = <PngExportDialog busy={busy} error={error} onExport={(scope) => void runExport(() => flows.exportPng(scope))} onCancel={cancel} />;
  } else if (active?.kind === 'import') {
    dialog = (
      <CsvImportDialog
        fileName={active.fileName}
        parsed={active.parsed}
        map={map}
        newMapTitle={mapTitleFromFileName(active.fileName)}
        mergeBlockedReason={reviewMode ? 'This map is open for review (read-only), so nothing can be added to it.' : null}
        newMapDetail={newMapDetail()}
        onImport={(mode) => void runImport(active.fileName, active.parsed, mode)}
        onCancel={cancel}
      />
    );
  }

  return (
    <>
      {dialog}
      <ExportStatus message={status} waiting={active !== null} onDismiss={dismissStatus} />
    </>
  );
}
