import { validatePayload } from '../../shared/ipc/payloads';
import { PRINT_JOB_KEY, type PrintJob } from '../api/print-job';

export type PrintJobLoad = { ok: true; job: PrintJob } | { ok: false; message: string };

/**
 * Reads the print job that the exporter left in session storage and checks it like any untrusted
 * payload: the map with the file-format validator, the options against the contract.
 */
export function loadPrintJob(storage: Pick<Storage, 'getItem'>): PrintJobLoad {
  let text: string | null;
  try {
    text = storage.getItem(PRINT_JOB_KEY);
  } catch {
    text = null;
  }
  if (text === null) {
    return {
      ok: false,
      message: 'There is nothing to print: no map was handed to the print view. Export the PDF again from the map window.',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The map to print could not be read. Export the PDF again from the map window.' };
  }
  const checked = validatePayload('export:pdf', value);
  if (!checked.ok) return { ok: false, message: `The map to print is not valid, so no PDF was made. ${checked.error}` };
  if (!Object.values(checked.value.options.sections).some(Boolean)) {
    return { ok: false, message: 'Every section of the PDF is switched off, so there is nothing to print.' };
  }
  return { ok: true, job: checked.value };
}
