import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '../../../../renderer/api/browser-api';
import { createMemoryDraftBackend } from '../../../../renderer/api/browser-drafts';
import { PREFERENCES_KEY, DEFAULT_PREFERENCES } from '../../../../renderer/api/browser-prefs';
import { PRINT_JOB_KEY } from '../../../../renderer/api/print-job';
import { parseJourneyFile } from '../../../../shared/format';
import type { LoadedDocument } from '../../../../shared/ipc/contract';

const fixtureBytes = readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'));
const fixtureResult = parseJourneyFile(new Uint8Array(fixtureBytes));
if (!fixtureResult.ok) throw new Error('fixture does not parse');
const fixtureMap = fixtureResult.map;

/** Answers the next file picker with `file` (or cancels it when null). */
function answerFilePicker(file: File | null): void {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (this: HTMLInputElement) {
    if (file === null) {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: [file], configurable: true });
    this.dispatchEvent(new Event('change'));
  });
}

interface Download {
  name: string;
  blob: Blob;
}

/** Records downloads started through `<a download>` links. */
function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${counter++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ name: this.download, blob });
  });
  return downloads;
}

function fileOf(content: Uint8Array | string, name: string): File {
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  return new File([part], name, { type: 'application/json' });
}

describe('browser API', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says it is the browser build and starts with a blank map unless the URL names a template', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    expect(api.platform).toBe('browser');
    expect(await api.getInitialDocument()).toBeNull();
  });

  it('opens a .journeymap file picked by the user', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(fileOf(new Uint8Array(fixtureBytes), 'auto-insurance.journeymap'));

    const outcome = await api.openDocument();

    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(outcome.document.map).toEqual(fixtureMap);
    expect(outcome.document.info).toEqual({ fileName: 'auto-insurance.journeymap', readOnly: false });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('opens for review as read-only', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(fileOf(new Uint8Array(fixtureBytes), 'auto-insurance.journeymap'));
    const outcome = await api.openForReview();
    expect(outcome.status === 'opened' && outcome.document.info.readOnly).toBe(true);
  });

  it('reports a corrupt or too-new file with the loader’s code and plain message', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const truncated = new Uint8Array(fixtureBytes).slice(0, 500);
    answerFilePicker(fileOf(truncated, 'broken.journeymap'));
    const corrupt = await api.openDocument();
    const expected = parseJourneyFile(truncated);
    expect(expected.ok).toBe(false);
    if (expected.ok) return;
    expect(corrupt).toEqual({ status: 'failed', code: expected.error.code, message: expected.error.message });

    const newer = JSON.stringify({ ...JSON.parse(fixtureBytes.toString('utf8')), formatVersion: 99 });
    answerFilePicker(fileOf(newer, 'future.journeymap'));
    const tooNew = await api.openDocument();
    expect(tooNew.status === 'failed' && tooNew.code).toBe('version-too-new');
  });

  it('answers cancelled when the user closes the file picker', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(null);
    expect(await api.openDocument()).toEqual({ status: 'cancelled' });
  });

  it('saves by downloading the serialized map under the name it was opened from', async () => {
    const downloads = captureDownloads();
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(fileOf(new Uint8Array(fixtureBytes), 'auto-insurance.journeymap'));
    await api.openDocument();

    const outcome = await api.saveDocument({ map: fixtureMap });

    expect(outcome).toEqual({ status: 'saved', info: { fileName: 'auto-insurance.journeymap', readOnly: false } });
    expect(downloads).toHaveLength(1);
    const saved = parseJourneyFile((await downloads[0]?.blob.text()) ?? '');
    expect(saved.ok && saved.map).toEqual(fixtureMap);
  });

  it('names a download of an untitled map after its title', async () => {
    const downloads = captureDownloads();
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const outcome = await api.saveDocumentAs({ map: { ...fixtureMap, title: 'Claims: first notice' } });
    expect(outcome.status === 'saved' && outcome.info.fileName).toBe('Claims - first notice.journeymap');
    expect(downloads[0]?.name).toBe('Claims - first notice.journeymap');
  });

  it('replaces the map with a new one from a template through document:load', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend(), now: () => new Date('2026-11-05T08:00:00.000Z') });
    const loaded: LoadedDocument[] = [];
    api.onDocumentLoad((document) => loaded.push(document));

    await api.newDocument({ templateId: 'auto-insurance' });
    await api.newDocument({ templateId: null });

    expect(loaded).toHaveLength(2);
    expect(loaded[0]?.map.stages.length).toBeGreaterThan(0);
    expect(loaded[0]?.info).toEqual({ fileName: null, readOnly: false });
    expect(loaded[1]?.map.stages).toEqual([]);
    expect(loaded[1]?.map.createdAt).toBe('2026-11-05T08:00:00.000Z');
  });

  it('replaces the map with one made in the page (a CSV import) as an untitled map with unsaved changes', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const loaded: LoadedDocument[] = [];
    api.onDocumentLoad((document) => loaded.push(document));
    answerFilePicker(fileOf(new Uint8Array(fixtureBytes), 'auto-insurance.journeymap'));
    await api.openDocument();
    const imported = { ...fixtureMap, id: 'map-imported', title: 'workshop' };

    await api.newDocument({ map: imported });

    expect(loaded).toEqual([{ map: imported, info: { fileName: null, readOnly: false }, warnings: [], edited: true }]);
    // Untitled now: a save downloads under the map's title, not the file opened before.
    const downloads = captureDownloads();
    await api.saveDocument({ map: imported });
    expect(downloads[0]?.name).toBe('workshop.journeymap');
  });

  it('starts with defaults when the stored preferences are corrupt, and remembers changes', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"theme":');
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    expect(await api.getPreferences()).toEqual(DEFAULT_PREFERENCES);

    const themes: string[] = [];
    api.onThemeChanged((theme) => themes.push(theme.preference));
    await api.setPreferences({ theme: 'dark' });

    expect(themes).toEqual(['dark']);
    expect((await createBrowserApi({ drafts: createMemoryDraftBackend() }).getPreferences()).theme).toBe('dark');
  });

  it('keeps drafts with the map as last opened in this tab', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(fileOf(new Uint8Array(fixtureBytes), 'auto-insurance.journeymap'));
    await api.openDocument();
    const edited = { ...fixtureMap, title: 'Edited in the workshop' };

    await api.writeDraft({ map: edited });
    const [summary] = await api.listDrafts();

    expect(summary).toMatchObject({ title: 'Edited in the workshop', fileName: 'auto-insurance.journeymap' });
    if (!summary) return;
    const detail = await api.getDraft({ draftId: summary.draftId });
    expect(detail?.draft).toEqual(edited);
    expect(detail?.saved).toEqual(fixtureMap);

    await api.discardDraft({ draftId: summary.draftId });
    expect(await api.listDrafts()).toEqual([]);
  });

  it('keeps one draft per page load, so the draft of a reloaded or crashed page stays offered for recovery', async () => {
    const backend = createMemoryDraftBackend();
    const firstPage = createBrowserApi({ drafts: backend });
    await firstPage.writeDraft({ map: fixtureMap });
    await firstPage.writeDraft({ map: { ...fixtureMap, title: 'Edited again' } });
    await createBrowserApi({ drafts: backend }).writeDraft({ map: fixtureMap });
    const drafts = await createBrowserApi({ drafts: backend }).listDrafts();
    expect(drafts.map((draft) => draft.title).sort()).toEqual(['Edited again', fixtureMap.title].sort());
  });

  it('prints by handing the job to a #/print tab', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const options = { format: 'slide' as const, sections: DEFAULT_PREFERENCES.pdf.sections };

    const outcome = await api.exportPdf({ map: fixtureMap, options });

    expect(outcome.status).toBe('exported');
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/#\/print$/), '_blank');
    expect(JSON.parse(sessionStorage.getItem(PRINT_JOB_KEY) ?? 'null')).toEqual({ map: fixtureMap, options });
  });

  it('explains a blocked print window', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const outcome = await api.exportPdf({ map: fixtureMap, options: DEFAULT_PREFERENCES.pdf });
    expect(outcome.status === 'failed' && outcome.message).toMatch(/pop-ups/);
  });

  it('downloads PNG and CSV exports with the right extension', async () => {
    const downloads = captureDownloads();
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    expect(await api.exportPng({ png: new Uint8Array([137, 80, 78, 71]), suggestedName: 'Auto insurance' })).toEqual({
      status: 'exported',
      fileName: 'Auto insurance.png',
    });
    expect(await api.exportCsv({ csv: 'title\nQuote', suggestedName: 'touchpoints.csv' })).toEqual({
      status: 'exported',
      fileName: 'touchpoints.csv',
    });
    expect(downloads.map((download) => [download.name, download.blob.type])).toEqual([
      ['Auto insurance.png', 'image/png'],
      ['touchpoints.csv', 'text/csv;charset=utf-8'],
    ]);
  });

  it('imports a CSV file as text', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    answerFilePicker(new File(['title,stage\nQuote,Buy\n'], 'touchpoints.csv', { type: 'text/csv' }));
    expect(await api.importCsv()).toEqual({ status: 'opened', text: 'title,stage\nQuote,Buy\n', fileName: 'touchpoints.csv' });
  });

  it('asks before leaving the page only while the map has unsaved changes', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await api.setEdited({ edited: true, title: 'Workshop' });
    expect(leave()).toBe(true);
    await api.setEdited({ edited: false, title: 'Workshop' });
    expect(leave()).toBe(false);
  });

  it("uses the HTML Fullscreen API for full screen, asking within the caller's user gesture", async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    let fullscreenElement: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
    const request = vi.fn(async () => undefined);
    const exit = vi.fn(async () => undefined);
    document.documentElement.requestFullscreen = request;
    document.exitFullscreen = exit;
    const left = vi.fn();
    const stop = api.onFullScreenLeft(left);
    try {
      const asked = api.setFullScreen({ fullScreen: true });
      expect(request).toHaveBeenCalledOnce();
      await asked;

      fullscreenElement = document.documentElement;
      document.dispatchEvent(new Event('fullscreenchange'));
      await api.setFullScreen({ fullScreen: false });
      expect(exit).toHaveBeenCalledOnce();
      fullscreenElement = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(left).toHaveBeenCalledOnce();

      stop();
      fullscreenElement = document.documentElement;
      document.dispatchEvent(new Event('fullscreenchange'));
      fullscreenElement = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(left).toHaveBeenCalledOnce();
    } finally {
      stop();
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => null });
    }
  });
});
