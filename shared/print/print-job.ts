/**
 * The hand-over between whoever prints and the renderer's `#/print` view. In Electron the view asks main
 * for the job of its hidden window (`print:get-job`, no size quota); in the browser build's print tab the
 * job is JSON in `sessionStorage` under `PRINT_JOB_KEY`. The view answers on `<html>` with
 * `data-print-ready="true"` once laid out, or `data-print-error` with the reason.
 */
import type { PdfOptions } from '../ipc/contract';
import type { JourneyMap } from '../model/types';

export const PRINT_JOB_KEY = 'journeymap:print-job';
/** The hash route of the print view. */
export const PRINT_ROUTE = '/print';
/** `document.documentElement.dataset` key: "true" when the pages are laid out. */
export const PRINT_READY_ATTRIBUTE = 'printReady';
/** `document.documentElement.dataset` key: why the view cannot print, in words. */
export const PRINT_ERROR_ATTRIBUTE = 'printError';

/** What the print view renders. */
export interface PrintJob {
  map: JourneyMap;
  options: PdfOptions;
}
