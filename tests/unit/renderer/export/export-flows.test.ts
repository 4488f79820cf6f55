import { describe, expect, it, vi } from 'vitest';
import { parseTouchpointsCsv } from '../../../../shared/csv';
import type { JourneyApi, PdfOptions } from '../../../../shared/ipc/contract';
import { createNewMap } from '../../../../renderer/api/new-map';
import { createExportFlows, exportOutcomeMessage, suggestedFileName } from '../../../../renderer/export/export-flows';
import { createDocumentStore } from '../../../../renderer/store/document-store';
import { fakeJourneyApi } from '../shell/fake-journey-api';

const OPTIONS: PdfOptions = { format: 'a4', sections: { cover: true, map: false, questions: true, stages: false, scorecard: true } };

function setup(platform: JourneyApi['platform'] = 'electron') {
  const { api } = fakeJourneyApi(platform);
  const map = createNewMap('auto-insurance', new Date('2026-11-05T08:00:00Z'));
  const store = createDocumentStore({ map, info: { fileName: null, readOnly: true } });
  const announce = vi.fn<(message: string) => void>();
  const capturePng = vi.fn(async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  const flows = createExportFlows({ api, store, announce, capturePng });
  return { api, map, flows, announce, capturePng };
}

describe('exporting', () => {
  it('offers files under the map title, made safe for a file name', () => {
    expect(suggestedFileName('  Q3   review ', '.pdf')).toBe('Q3 review.pdf');
    expect(suggestedFileName('Sales/Service hand-offs: 2026', '.png')).toBe('Sales - Service hand-offs - 2026.png');
    expect(suggestedFileName('', '.csv')).toBe('journey-map.csv');
    expect(suggestedFileName('x'.repeat(200), '.csv')).toHaveLength(104);
  });

  it('exports the touchpoints as CSV that reads back to the same rows, even in review mode', async () => {
    const { api, map, flows, announce } = setup();
    api.exportCsv.mockResolvedValueOnce({ status: 'exported', fileName: 'auto.csv' });

    await flows.exportCsv();

    const payload = api.exportCsv.mock.calls[0]?.[0];
    expect(payload?.suggestedName).toBe(suggestedFileName(map.title, '.csv'));
    expect(parseTouchpointsCsv(payload?.csv ?? '').rows.map((row) => row.title)).toEqual(map.touchpoints.map((tp) => tp.title));
    expect(announce).toHaveBeenCalledWith(`Exported auto.csv (${map.touchpoints.length} touchpoints).`);
  });

  it('remembers the PDF options before making the PDF', async () => {
    const { api, map, flows, announce } = setup();
    api.exportPdf.mockResolvedValueOnce({ status: 'exported', fileName: 'deck.pdf' });

    await flows.exportPdf(OPTIONS);

    expect(api.setPreferences).toHaveBeenCalledWith({ pdf: OPTIONS });
    expect(api.exportPdf).toHaveBeenCalledWith({ map, options: OPTIONS });
    expect(api.setPreferences.mock.invocationCallOrder[0]).toBeLessThan(api.exportPdf.mock.invocationCallOrder[0] ?? 0);
    expect(announce).toHaveBeenCalledWith('Exported deck.pdf.');
  });

  it('still makes the PDF when the options cannot be remembered', async () => {
    const { api, flows } = setup();
    api.setPreferences.mockRejectedValueOnce(new Error('store is read-only'));
    api.exportPdf.mockResolvedValueOnce({ status: 'exported', fileName: 'deck.pdf' });
    expect(await flows.exportPdf(OPTIONS)).toEqual({ status: 'exported', fileName: 'deck.pdf' });
  });

  it('sends the captured PNG bytes with the suggested name', async () => {
    const { api, map, flows, capturePng } = setup();
    await flows.exportPng('whole-map');
    expect(capturePng).toHaveBeenCalledWith('whole-map');
    expect(api.exportPng).toHaveBeenCalledWith({ png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), suggestedName: suggestedFileName(map.title, '.png') });
  });

  it('turns a capture error into a failed outcome with a plain message', async () => {
    const { api, flows, capturePng, announce } = setup();
    capturePng.mockRejectedValueOnce(new Error('The map is empty: add a stage or a touchpoint first.'));

    expect(await flows.exportPng('whole-map')).toEqual({ status: 'failed', message: 'The map is empty: add a stage or a touchpoint first.' });
    expect(api.exportPng).not.toHaveBeenCalled();
    expect(announce).toHaveBeenCalledWith('The PNG was not exported. The map is empty: add a stage or a touchpoint first.');
  });

  it('words outcomes for the platform', () => {
    expect(exportOutcomeMessage('CSV', { status: 'exported', fileName: 'a.csv' }, 'browser')).toBe('Downloaded a.csv.');
    expect(exportOutcomeMessage('PDF', { status: 'exported', fileName: 'a.pdf' }, 'browser')).toContain('Save as PDF');
    expect(exportOutcomeMessage('PNG', { status: 'cancelled' }, 'electron')).toBe('PNG export cancelled.');
  });
});
