import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../electron/main/atomic-write';
import { decodeCsv, exportHandlers, type ExportHandlerDeps } from '../../../../electron/main/export-handlers';
import { LIMITS } from '../../../../shared/model/types';
import { SAMPLE_MAP, SAMPLE_PNG } from '../../../reliability/support/ipc-samples';

type Event = { windowId: number | null };
const event: Event = { windowId: 3 };
const sections = { cover: true, map: true, questions: true, stages: true, scorecard: true };
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'export-handlers-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function setup(overrides: Partial<ExportHandlerDeps> = {}) {
  const deps: ExportHandlerDeps = {
    chooseSavePath: vi.fn(async (_windowId, choice) => choice.defaultPath),
    chooseOpenPath: vi.fn(async () => null),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    writeFile: (filePath, bytes) => writeFileAtomic(filePath, bytes, { keepBackup: false }),
    defaultFolder: () => folder,
    ...overrides,
  };
  return { deps, handlers: exportHandlers<Event>(deps, (current) => current.windowId) };
}

describe('export handlers', () => {
  it('exports a PDF where the user chose, named after the map', async () => {
    const { handlers, deps } = setup();
    const outcome = await handlers['export:pdf']({ map: { ...SAMPLE_MAP, title: 'Claims: Q3/Q4' }, options: { format: 'slide', sections } }, event);
    expect(outcome).toEqual({ status: 'exported', fileName: 'Claims- Q3-Q4.pdf' });
    expect(readFileSync(path.join(folder, 'Claims- Q3-Q4.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(deps.chooseSavePath).toHaveBeenCalledWith(3, expect.objectContaining({ title: 'Export PDF', filters: [{ name: 'PDF documents', extensions: ['pdf'] }] }));
  });

  it('does not print when the user cancels the dialog', async () => {
    const { handlers, deps } = setup({ chooseSavePath: vi.fn(async () => null) });
    expect(await handlers['export:pdf']({ map: SAMPLE_MAP, options: { format: 'a4', sections } }, event)).toEqual({ status: 'cancelled' });
    expect(deps.printToPdf).not.toHaveBeenCalled();
  });

  it('reports a PDF that could not be laid out', async () => {
    const { handlers } = setup({ printToPdf: async () => Promise.reject(new Error('The PDF was not ready after 60 seconds.')) });
    expect(await handlers['export:pdf']({ map: SAMPLE_MAP, options: { format: 'a4', sections } }, event)).toEqual({
      status: 'failed',
      message: 'The PDF was not ready after 60 seconds.',
    });
  });

  it('writes PNG bytes and CSV text as given, adding a missing extension', async () => {
    const { handlers } = setup({ chooseSavePath: vi.fn(async (_id, choice) => choice.defaultPath.replace(/\.\w+$/, '')) });
    expect(await handlers['export:png']({ png: SAMPLE_PNG, suggestedName: 'canvas' }, event)).toEqual({ status: 'exported', fileName: 'canvas.png' });
    expect(new Uint8Array(readFileSync(path.join(folder, 'canvas.png')))).toEqual(SAMPLE_PNG);
    expect(await handlers['export:csv']({ csv: 'title\nQuote\n', suggestedName: 'touchpoints.csv' }, event)).toEqual({ status: 'exported', fileName: 'touchpoints.csv' });
    expect(readFileSync(path.join(folder, 'touchpoints.csv'), 'utf8')).toBe('title\nQuote\n');
  });

  it('says plainly when the export cannot be written', async () => {
    const { handlers } = setup({ writeFile: async () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })) });
    const outcome = await handlers['export:csv']({ csv: 'a', suggestedName: 'x.csv' }, event);
    expect(outcome.status === 'failed' && outcome.message).toMatch(/permission/);
  });

  it('imports a UTF-8 CSV without its byte-order mark', async () => {
    const file = path.join(folder, 'in.csv');
    writeFileSync(file, '\uFEFFtitle,stage\nDevis,Achat\n');
    const { handlers } = setup({ chooseOpenPath: vi.fn(async () => file) });
    expect(await handlers['import:csv'](undefined, event)).toEqual({ status: 'opened', text: 'title,stage\nDevis,Achat\n', fileName: 'in.csv' });
  });

  it('refuses a CSV that is not UTF-8 or is over 20 MB', async () => {
    const latin1 = path.join(folder, 'latin1.csv');
    writeFileSync(latin1, Buffer.from([0x44, 0xe9, 0x0a]));
    const big = path.join(folder, 'big.csv');
    writeFileSync(big, Buffer.alloc(LIMITS.maxFileBytes + 1, 0x61));
    const chooseOpenPath = vi.fn().mockResolvedValueOnce(latin1).mockResolvedValueOnce(big).mockResolvedValueOnce(null);
    const { handlers } = setup({ chooseOpenPath });
    expect(await handlers['import:csv'](undefined, event)).toMatchObject({ status: 'failed', message: expect.stringMatching(/UTF-8/) });
    expect(await handlers['import:csv'](undefined, event)).toMatchObject({ status: 'failed', message: expect.stringMatching(/20 MB/) });
    expect(await handlers['import:csv'](undefined, event)).toEqual({ status: 'cancelled' });
  });

  it('does nothing for an event without a window', async () => {
    const { handlers, deps } = setup();
    expect(await handlers['export:csv']({ csv: 'a', suggestedName: 'x.csv' }, { windowId: null })).toEqual({ status: 'cancelled' });
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('decodeCsv', () => {
  it('returns null for bytes that are not UTF-8', () => {
    expect(decodeCsv(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(decodeCsv(new TextEncoder().encode('é'))).toBe('é');
  });
});
