import { PRINT_JOB_KEY, type PrintJob } from '../../shared/print/print-job';

export { PRINT_JOB_KEY, type PrintJob };

/**
 * Stores the print job for the print tab. The browser build prints with the browser's own print
 * dialog: `exportPdf` leaves the job in sessionStorage and opens `#/print` in a new tab (which inherits
 * a copy of the opener's sessionStorage); the print view reads the job from there.
 */
export function writePrintJob(storage: Pick<Storage, 'setItem'>, job: PrintJob): void {
  storage.setItem(PRINT_JOB_KEY, JSON.stringify(job));
}
