/**
 * The IPC handlers for exports and CSV import. Main asks where to write (or what to read) with the OS
 * dialog; the renderer only supplies the content. Every export is written atomically.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ExportOutcome, InvokeContract } from '../../shared/ipc/contract';
import { BYTES_PER_MB, LIMITS } from '../../shared/model/types';
import { describeFileError } from './file-errors';
import { safeFileName, suggestedFileName, withExtension } from './file-names';
import type { InvokeHandlers } from './ipc-registrar';
import type { PrintJob } from '../../shared/print/print-job';

export interface FileChoice {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

export interface ExportHandlerDeps {
  chooseSavePath(windowId: number, choice: FileChoice): Promise<string | null>;
  chooseOpenPath(windowId: number, choice: Omit<FileChoice, 'defaultPath'>): Promise<string | null>;
  printToPdf(job: PrintJob): Promise<Uint8Array>;
  writeFile(filePath: string, bytes: Uint8Array | string): Promise<unknown>;
  /** The folder to suggest: the map's own folder when it has been saved, else Documents. */
  defaultFolder(windowId: number): string;
}

type ExportChannels = 'export:pdf' | 'export:png' | 'export:csv' | 'import:csv';
type ImportOutcome = InvokeContract['import:csv']['result'];

/** Decodes a CSV file as UTF-8 (dropping a byte-order mark); null when it is not UTF-8. */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** The export and import handlers; `windowIdOf` names the window an event came from. */
export function exportHandlers<E>(deps: ExportHandlerDeps, windowIdOf: (event: E) => number | null): Pick<InvokeHandlers<E>, ExportChannels> {
  async function exportTo(
    windowId: number | null,
    choice: { title: string; fileName: string; extension: string; filterName: string },
    produce: () => Promise<Uint8Array | string>,
  ): Promise<ExportOutcome> {
    if (windowId === null) return { status: 'cancelled' };
    const chosen = await deps.chooseSavePath(windowId, {
      title: choice.title,
      defaultPath: path.join(deps.defaultFolder(windowId), choice.fileName),
      filters: [{ name: choice.filterName, extensions: [choice.extension.slice(1)] }],
    });
    if (!chosen) return { status: 'cancelled' };
    const filePath = withExtension(chosen, choice.extension);
    let content: Uint8Array | string;
    try {
      content = await produce();
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : 'The export could not be created.' };
    }
    try {
      await deps.writeFile(filePath, content);
      return { status: 'exported', fileName: path.basename(filePath) };
    } catch (error) {
      return { status: 'failed', message: describeFileError(error, 'export') };
    }
  }

  return {
    'export:pdf': ({ map, options }, event) =>
      exportTo(
        windowIdOf(event),
        { title: 'Export PDF', fileName: `${safeFileName(map.title)}.pdf`, extension: '.pdf', filterName: 'PDF documents' },
        () => deps.printToPdf({ map, options }),
      ),
    'export:png': ({ png, suggestedName }, event) =>
      exportTo(
        windowIdOf(event),
        { title: 'Export PNG Image', fileName: suggestedFileName(suggestedName, '.png', 'journey-map'), extension: '.png', filterName: 'PNG images' },
        async () => png,
      ),
    'export:csv': ({ csv, suggestedName }, event) =>
      exportTo(
        windowIdOf(event),
        { title: 'Export Touchpoints as CSV', fileName: suggestedFileName(suggestedName, '.csv', 'touchpoints'), extension: '.csv', filterName: 'CSV files' },
        async () => csv,
      ),
    'import:csv': async (_payload, event): Promise<ImportOutcome> => {
      const windowId = windowIdOf(event);
      if (windowId === null) return { status: 'cancelled' };
      const filePath = await deps.chooseOpenPath(windowId, { title: 'Import Touchpoints from CSV', filters: [{ name: 'CSV files', extensions: ['csv', 'txt'] }] });
      if (!filePath) return { status: 'cancelled' };
      try {
        const stats = await fsp.stat(filePath);
        if (stats.size > LIMITS.maxFileBytes) {
          return { status: 'failed', message: `This file is larger than ${LIMITS.maxFileBytes / BYTES_PER_MB} MB, too large to import.` };
        }
        const text = decodeCsv(await fsp.readFile(filePath));
        if (text === null) return { status: 'failed', message: 'This file is not UTF-8 text. Save it as "CSV UTF-8" and try again.' };
        return { status: 'opened', text, fileName: path.basename(filePath) };
      } catch (error) {
        return { status: 'failed', message: describeFileError(error, 'import') };
      }
    },
  };
}
