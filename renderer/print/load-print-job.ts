import type { JourneyApi } from '../../shared/ipc/contract';
import { validatePayload } from '../../shared/ipc/payloads';
import { isPosterFormat } from '../../shared/print/page-size';
import { PRINT_JOB_KEY, type PrintJob } from '../api/print-job';

export type PrintJobLoad = { ok: true; job: PrintJob } | { ok: false; message: string };

const NOTHING_TO_PRINT: PrintJobLoad = {
  ok: false,
  message: 'There is nothing to print: no map was handed to the print view. Export the PDF again from the map window.',
};

/**
 * Checks a print job like any untrusted payload: the map with the file-format validator, the options
 * against the contract; a deck with every section switched off is refused rather than printed empty.
 */
export function checkPrintJob(value: unknown): PrintJobLoad {
  const checked = validatePayload('export:pdf', value);
  if (!checked.ok) return { ok: false, message: `The map to print is not valid, so no PDF was made. ${checked.error}` };
  // A poster is one page whatever the sections (they are the deck's).
  if (!isPosterFormat(checked.value.options.format) && !Object.values(checked.value.options.sections).some(Boolean)) {
    return { ok: false, message: 'Every section of the PDF is switched off, so there is nothing to print.' };
  }
  return { ok: true, job: checked.value };
}

/** Reads the print job that the browser build's exporter left in session storage, and checks it. */
export function loadPrintJob(storage: Pick<Storage, 'getItem'>): PrintJobLoad {
  let text: string | null;
  try {
    text = storage.getItem(PRINT_JOB_KEY);
  } catch {
    text = null;
  }
  if (text === null) return NOTHING_TO_PRINT;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The map to print could not be read. Export the PDF again from the map window.' };
  }
  return checkPrintJob(value);
}

/**
 * Asks main for the job of this print window (Electron), and checks it. IPC has no size quota, so a map
 * too large for session storage still prints.
 */
export async function fetchPrintJob(api: Pick<JourneyApi, 'getPrintJob'>): Promise<PrintJobLoad> {
  let value: unknown;
  try {
    value = await api.getPrintJob();
  } catch (error) {
    return { ok: false, message: `The map to print could not be fetched: ${error instanceof Error ? error.message : String(error)}` };
  }
  return value === null || value === undefined ? NOTHING_TO_PRINT : checkPrintJob(value);
}

/**
 * How this page gets its job: from main through the preload API in Electron, from session storage in
 * the browser build (whose print tab has no preload).
 */
export function loadPrintJobFor(win: Window): PrintJobLoad | Promise<PrintJobLoad> {
  if (win.journeyApi) return fetchPrintJob(win.journeyApi);
  try {
    return loadPrintJob(win.sessionStorage);
  } catch {
    // Reading `sessionStorage` itself throws where storage is denied.
    return NOTHING_TO_PRINT;
  }
}
