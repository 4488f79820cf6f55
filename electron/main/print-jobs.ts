/**
 * The print jobs main holds for its hidden print windows. `printMapToPdf` holds a job for the web
 * contents of the window it creates; the print view of that window fetches it with `print:get-job`
 * (through the registrar's sender check) and nobody else gets it: any other page is answered null.
 * This replaces handing the job over in the page's sessionStorage, whose quota (about 5.2M characters in
 * Chromium) a large but valid map exceeds.
 */
import type { PrintJob } from '../../shared/print/print-job';
import type { InvokeHandlers } from './ipc-registrar';

/** The jobs waiting to be printed, by the id of the print window's web contents. */
export class PrintJobs {
  private readonly jobs = new Map<number, PrintJob>();

  /** Holds `job` for the page in web contents `contentsId`; the returned function lets it go. */
  hold(contentsId: number, job: PrintJob): () => void {
    this.jobs.set(contentsId, job);
    return () => {
      if (this.jobs.get(contentsId) === job) this.jobs.delete(contentsId);
    };
  }

  /** The job held for web contents `contentsId`, or null (no job, or an unknown sender). */
  jobFor(contentsId: number | null): PrintJob | null {
    return contentsId === null ? null : (this.jobs.get(contentsId) ?? null);
  }

  /** How many jobs are held (none once every export has finished). */
  get size(): number {
    return this.jobs.size;
  }
}

/** The `print:get-job` handler: answers the sender's own job only; `contentsIdOf` names the sender's web contents. */
export function printJobHandlers<E>(jobs: PrintJobs, contentsIdOf: (event: E) => number | null): Pick<InvokeHandlers<E>, 'print:get-job'> {
  return {
    'print:get-job': (_payload, event) => jobs.jobFor(contentsIdOf(event)),
  };
}
