/**
 * The headless PDF export behind `journeymap --export-pdf`: read the map, print it without showing a
 * window, write the PDF atomically to the path given, and report in plain words. Exit code 0 on success,
 * 1 when the export failed, 2 for a command-line mistake.
 */
import path from 'node:path';
import type { PdfOptions } from '../../shared/ipc/contract';
import type { LaunchRequest } from './command-line';
import type { ReadDocumentResult } from './document-files';
import { describeFileError } from './file-errors';
import type { PrintJob } from '../../shared/print/print-job';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliExportDeps {
  readDocument(filePath: string): Promise<ReadDocumentResult>;
  printToPdf(job: PrintJob): Promise<Uint8Array>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<unknown>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Every section of the PDF: the command line has no options for them. */
export function cliPdfOptions(format: PdfOptions['format']): PdfOptions {
  return { format, sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } };
}

/** Runs a command-line launch that is not the normal app; returns the process exit code. */
export async function runCliExport(request: Exclude<LaunchRequest, { kind: 'app' }>, deps: CliExportDeps): Promise<number> {
  if (request.kind === 'invalid') {
    deps.stderr(`${request.message}\n`);
    return EXIT_USAGE;
  }
  const loaded = await deps.readDocument(request.input);
  if (!loaded.ok) {
    deps.stderr(`Could not open ${path.basename(request.input)}: ${loaded.message}\n`);
    return EXIT_FAILED;
  }
  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPdf({ map: loaded.document.map, options: cliPdfOptions(request.format) });
  } catch (error) {
    deps.stderr(`Could not create the PDF: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
  try {
    await deps.writeFile(request.output, pdf);
  } catch (error) {
    deps.stderr(`Could not write ${request.output}: ${describeFileError(error, 'export')}\n`);
    return EXIT_FAILED;
  }
  deps.stdout(`Wrote ${request.output} (${pdf.length} bytes)\n`);
  return EXIT_OK;
}
