import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { touchpointsToCsv } from '../../../../shared/csv';
import type { DocumentInfo, JourneyApi, PdfOptions, Preferences } from '../../../../shared/ipc/contract';
import type { JourneyMap } from '../../../../shared/model/types';
import { JourneyApiProvider } from '../../../../renderer/api/api-context';
import { DEFAULT_PREFERENCES, mergePreferences } from '../../../../renderer/api/browser-prefs';
import { createNewMap } from '../../../../renderer/api/new-map';
import { DialogProvider } from '../../../../renderer/dialogs/DialogProvider';
import { ExportCommands } from '../../../../renderer/export/ExportCommands';
import { suggestedFileName } from '../../../../renderer/export/export-flows';
import { planPrintDocument } from '../../../../renderer/print/print-plan';
import { CommandProvider, CommandRegistry, type AppCommand } from '../../../../renderer/shell/commands';
import { createDocumentStore, DocumentStoreProvider, selectEdited } from '../../../../renderer/store/document-store';
import { fakeJourneyApi } from '../shell/fake-journey-api';

configure({ asyncUtilTimeout: 5000 });

const fixture = createNewMap('auto-insurance', new Date('2026-11-05T08:00:00Z'));
const SAVED: DocumentInfo = { fileName: 'auto.journeymap', readOnly: false };
const UNTITLED: DocumentInfo = { fileName: null, readOnly: false };

/** The export commands over a fake API whose preferences behave like the real store. */
function renderExports(options: { platform?: JourneyApi['platform']; map?: JourneyMap; info?: DocumentInfo; pdf?: PdfOptions } = {}) {
  const { api } = fakeJourneyApi(options.platform ?? 'electron');
  let preferences: Preferences = mergePreferences(DEFAULT_PREFERENCES, options.pdf ? { pdf: options.pdf } : null);
  api.getPreferences.mockImplementation(async () => preferences);
  api.setPreferences.mockImplementation(async (patch) => {
    preferences = mergePreferences(preferences, patch);
    return preferences;
  });
  const store = createDocumentStore({ map: options.map ?? fixture, info: options.info ?? SAVED });
  const registry = new CommandRegistry();
  const capturePng = vi.fn(async () => new Uint8Array([1, 2, 3]));
  const user = userEvent.setup();
  render(
    <JourneyApiProvider api={api}>
      <DocumentStoreProvider store={store}>
        <CommandProvider registry={registry}>
          <DialogProvider>
            <ExportCommands capturePng={capturePng} />
          </DialogProvider>
        </CommandProvider>
      </DocumentStoreProvider>
    </JourneyApiProvider>,
  );
  const run = (command: AppCommand) => act(async () => void registry.dispatch(command));
  return { api, store, user, run, capturePng, preferences: () => preferences };
}

function pagesFor(options: PdfOptions): number {
  return planPrintDocument(fixture, analyzeJourney(fixture), options).pages.length;
}

describe('the PDF options dialog', () => {
  it('opens with the remembered options and previews the page count', async () => {
    const remembered: PdfOptions = { format: 'a4', sections: { cover: false, map: true, questions: false, stages: false, scorecard: true } };
    const { run } = renderExports({ pdf: remembered });
    await run('export-pdf');

    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    expect(within(dialog).getByRole('radio', { name: 'A4 landscape' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Cover' })).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Scorecard' })).toBeChecked();
    expect(dialog).toHaveTextContent(`About ${pagesFor(remembered)} pages, A4 landscape`);
  });

  it('defaults to 16:9 slides with every section', async () => {
    const { run } = renderExports();
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    expect(within(dialog).getByRole('radio', { name: '16:9 slides' })).toBeChecked();
    expect(within(dialog).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(dialog).toHaveTextContent(`About ${pagesFor(DEFAULT_PREFERENCES.pdf)} pages, 16:9 slides`);
  });

  it('needs at least one section: Export is disabled with the reason until one is chosen', async () => {
    const { run, user } = renderExports();
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);

    const exportButton = within(dialog).getByRole('button', { name: 'Export' });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription(/Choose at least one section/);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Questions to resolve' }));
    expect(exportButton).toBeEnabled();
  });

  it('exports with the chosen options, remembers them, reports the outcome and pre-fills them next time', async () => {
    const { api, run, user, preferences } = renderExports();
    api.exportPdf.mockResolvedValueOnce({ status: 'exported', fileName: 'Auto.pdf' });
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    await user.click(within(dialog).getByRole('radio', { name: 'Letter landscape' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'One page per stage' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    const chosen: PdfOptions = { format: 'letter', sections: { cover: true, map: true, questions: true, stages: false, scorecard: true } };
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export PDF' })).not.toBeInTheDocument());
    expect(api.exportPdf).toHaveBeenCalledWith({ map: fixture, options: chosen });
    expect(preferences().pdf).toEqual(chosen);
    expect(await screen.findByRole('status')).toHaveTextContent('Exported Auto.pdf.');

    await run('export-pdf');
    const again = await screen.findByRole('dialog', { name: 'Export PDF' });
    expect(within(again).getByRole('radio', { name: 'Letter landscape' })).toBeChecked();
    expect(within(again).getByRole('checkbox', { name: 'One page per stage' })).not.toBeChecked();
  });

  it('makes a poster one page: the sections are switched off with the reason, and kept for the next deck', async () => {
    const { api, run, user } = renderExports();
    api.exportPdf.mockResolvedValueOnce({ status: 'exported', fileName: 'Auto.pdf' });
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Scorecard' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Poster, A3' }));

    const sections = within(dialog).getByRole('group', { name: 'Sections to include' });
    expect(sections).toBeDisabled();
    expect(sections).toHaveAccessibleDescription(/A poster is always one page: the whole map with its highlights and legend, and a summary of the findings/);
    for (const box of within(sections).getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(dialog).toHaveTextContent('One page, Poster, A3');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(api.exportPdf).toHaveBeenCalledTimes(1));
    expect(api.exportPdf.mock.calls[0]?.[0].options).toEqual({
      format: 'poster-a3',
      sections: { cover: true, map: true, questions: true, stages: true, scorecard: false },
    });
  });

  it('exports a poster even when every section of the deck is switched off', async () => {
    const { run, user } = renderExports();
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'Poster, Tabloid' }));
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeEnabled();
    await user.click(within(dialog).getByRole('radio', { name: '16:9 slides' }));
    expect(within(dialog).getByRole('group', { name: 'Sections to include' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeDisabled();
  });

  it('keeps the dialog open with the reason when the PDF could not be made', async () => {
    const { api, run, user } = renderExports();
    api.exportPdf.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.' });
    await run('export-pdf');
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeEnabled();
  });
});

describe('the PNG export', () => {
  it('asks for the whole map or the current view and sends the picture', async () => {
    const { api, run, user, capturePng } = renderExports();
    api.exportPng.mockResolvedValueOnce({ status: 'exported', fileName: 'Auto.png' });
    await run('export-png');
    const dialog = await screen.findByRole('dialog', { name: 'Export PNG' });
    expect(within(dialog).getByRole('radio', { name: 'Whole map' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Current view' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(api.exportPng).toHaveBeenCalledWith({ png: new Uint8Array([1, 2, 3]), suggestedName: suggestedFileName(fixture.title, '.png') }));
    expect(capturePng).toHaveBeenCalledWith('view');
    expect(await screen.findByRole('status')).toHaveTextContent('Exported Auto.png.');
  });
});

describe('the CSV export', () => {
  it('exports the touchpoints and says how many', async () => {
    const { api, run } = renderExports({ platform: 'browser' });
    api.exportCsv.mockResolvedValueOnce({ status: 'exported', fileName: 'Auto.csv' });
    await run('export-csv');
    expect(api.exportCsv).toHaveBeenCalledWith({ csv: touchpointsToCsv(fixture), suggestedName: suggestedFileName(fixture.title, '.csv') });
    expect(await screen.findByRole('status')).toHaveTextContent(`Downloaded Auto.csv (${fixture.touchpoints.length} touchpoints).`);
  });
});

describe('the CSV import preview', () => {
  const BROKEN = [
    'stage,silo,title,channel,colour',
    'Discover,Marketing,Radio advert,web,red',
    'Discover,Marketing,Fax campaign,fax,',
    'Quote & buy,,,email,',
    'A stage nobody had,Brand new silo,Walk-in visit,in-person,',
  ].join('\n');

  async function openPreview(text: string, options: Parameters<typeof renderExports>[0] = {}) {
    const rendered = renderExports(options);
    rendered.api.importCsv.mockResolvedValueOnce({ status: 'opened', text, fileName: 'workshop.csv' });
    await rendered.run('import-csv');
    const dialog = await screen.findByRole('dialog', { name: 'Import touchpoints' });
    return { ...rendered, dialog };
  }

  it('shows the counts, the first rows, every problem by row and the warnings', async () => {
    const { dialog } = await openPreview(BROKEN);
    expect(dialog).toHaveTextContent('2 rows ready, 2 rows with problems');
    const rows = within(within(dialog).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'RowStageSiloTitleChannelStarted byIntentEmotionDay',
      '2DiscoverMarketingRadio advertWebCompanyOther intent',
      '5A stage nobody hadBrand new siloWalk-in visitIn personCompanyOther intent',
    ]);
    const problems = within(dialog).getByRole('region', { name: 'Problems: these rows are left out' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Row 3: channel "fax" is not one of web, app, email, sms, phone, chat, mail, in-person, social, other.',
      'Row 4: the title is missing.',
    ]);
    expect(within(dialog).getByRole('region', { name: 'Notes' })).toHaveTextContent('Column "colour" is not one of');
  });

  it('shows only the first ten ready rows in the table', async () => {
    const text = ['stage,title', ...Array.from({ length: 42 }, (_, index) => `Discover,Card ${index + 1}`)].join('\n');
    const { dialog } = await openPreview(text);
    expect(dialog).toHaveTextContent('42 rows ready');
    expect(within(dialog).getByRole('table', { name: 'The first 10 of 42 rows ready to import' })).toBeInTheDocument();
    expect(within(within(dialog).getByRole('table')).getAllByRole('row')).toHaveLength(11);
  });

  it('adds the rows to this map as one undo step and reports what it added', async () => {
    const { dialog, store, user } = await openPreview(BROKEN);
    expect(within(dialog).getByRole('radio', { name: 'Add to this map' })).toBeChecked();
    expect(dialog).toHaveTextContent('Adds 2 touchpoints to this map, with 1 new stage (A stage nobody had) and 1 new silo (Brand new silo).');

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().map.touchpoints).toHaveLength(fixture.touchpoints.length + 2);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(await screen.findByRole('status')).toHaveTextContent('Added 2 touchpoints to the map (1 new stage, 1 new silo). Undo removes them again.');
    act(() => store.temporal.getState().undo());
    expect(store.getState().map).toBe(fixture);
  });

  it('opens the rows as a new map in a new window in Electron, even from a saved file, and leaves this map alone', async () => {
    const { dialog, store, user, api } = await openPreview(touchpointsToCsv(fixture), { info: SAVED });
    const before = store.getState();
    const newMap = within(dialog).getByRole('radio', { name: 'Open as a new map' });
    expect(newMap).toBeEnabled();
    expect(newMap).toHaveAccessibleDescription(/Opens in a new window as a new, unsaved map; this map stays open/);
    await user.click(newMap);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(api.newDocument).toHaveBeenCalledTimes(1);
    const request = api.newDocument.mock.calls[0]?.[0];
    const sent = request && 'map' in request ? request.map : null;
    expect(sent?.title).toBe('workshop');
    expect(sent?.touchpoints.map((tp) => tp.title)).toEqual(fixture.touchpoints.map((tp) => tp.title));
    expect(store.getState()).toBe(before);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(`Opened a new map in a new window with ${fixture.touchpoints.length} touchpoints`);
  });

  it('opens the rows in place as a new, untitled, edited map when the window holds an untouched blank map (Electron)', async () => {
    const { dialog, store, user, api } = await openPreview(touchpointsToCsv(fixture), { info: UNTITLED, map: createNewMap(null, new Date('2026-11-05T08:00:00Z')) });
    const newMap = within(dialog).getByRole('radio', { name: 'Open as a new map' });
    expect(newMap).toHaveAccessibleDescription(/Opens here/);
    await user.click(newMap);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(api.newDocument).not.toHaveBeenCalled();
    const state = store.getState();
    expect(state.map.title).toBe('workshop');
    expect(state.info).toEqual(UNTITLED);
    expect(selectEdited(state)).toBe(true);
    expect(state.map.touchpoints.map((tp) => tp.title)).toEqual(fixture.touchpoints.map((tp) => tp.title));
  });

  it('in the browser works like New: offers to save unsaved changes first, and Cancel keeps everything', async () => {
    const { dialog, store, user, api } = await openPreview(BROKEN, { platform: 'browser', info: SAVED });
    act(() => store.getState().applyEdit((map) => ({ ...map, title: 'Unsaved work' })));
    const newMap = within(dialog).getByRole('radio', { name: 'Open as a new map' });
    expect(newMap).toHaveAccessibleDescription(/Replaces the map in this tab with a new, unsaved one; you can save your changes first/);
    await user.click(newMap);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const question = await screen.findByRole('alertdialog', { name: 'Do you want to save the changes to “Unsaved work”?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().map.title).toBe('Unsaved work');
    expect(api.newDocument).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Import touchpoints' })).toBeInTheDocument();

    await user.click(within(screen.getByRole('dialog', { name: 'Import touchpoints' })).getByRole('button', { name: 'Import' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: "Don't Save" }));
    await waitFor(() => expect(api.newDocument).toHaveBeenCalledWith({ map: expect.objectContaining({ title: 'workshop' }) }));
    expect(screen.queryByRole('dialog', { name: 'Import touchpoints' })).not.toBeInTheDocument();
  });

  it('adds nothing to a map open for review, but can open the rows as a new map', async () => {
    const { dialog, user, api } = await openPreview(BROKEN, { info: { fileName: 'auto.journeymap', readOnly: true } });
    expect(within(dialog).getByRole('radio', { name: 'Add to this map' })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: 'Open as a new map' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(api.newDocument).toHaveBeenCalledTimes(1);
  });

  it('cannot import a file without a usable row, and says why', async () => {
    const { dialog } = await openPreview('name,owner\nQuote,Sales\n');
    expect(dialog).toHaveTextContent('0 rows ready, 1 row with problems');
    expect(dialog).toHaveTextContent('"stage" and "title" are missing');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('shows a file that could not be read as an alert', async () => {
    const { api, run } = renderExports();
    api.importCsv.mockResolvedValueOnce({ status: 'failed', message: 'The file is larger than 20 MB.' });
    await run('import-csv');
    expect(await screen.findByRole('alertdialog', { name: 'The file could not be imported' })).toHaveTextContent('The file is larger than 20 MB.');
  });
});
