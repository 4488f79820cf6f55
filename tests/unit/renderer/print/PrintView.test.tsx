import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import type { JourneyApi } from '../../../../shared/ipc/contract';
import { PRINT_JOB_KEY } from '../../../../renderer/api/print-job';
import { PrintView } from '../../../../renderer/print/PrintView';
import { planPrintDocument } from '../../../../renderer/print/print-plan';
import { ALL_SECTIONS, loadFixtureMap, printOptions } from './print-fixture';

const map = loadFixtureMap();
const findings = analyzeJourney(map);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sheets = (): HTMLElement[] => screen.getAllByRole('region', { name: /^Page \d+ of \d+: / });
const sheetsNamed = (name: string): HTMLElement[] =>
  screen.queryAllByRole('region', { name: new RegExp(`^Page \\d+ of \\d+: ${escape(name)}$`) });

describe('PrintView', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    delete document.documentElement.dataset.printReady;
    delete document.documentElement.dataset.printError;
  });
  afterEach(cleanup);

  it('prints the example map: a cover with its title, the questions with every finding, one page per stage', async () => {
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map, options: printOptions() }));
    render(<PrintView />);

    const [cover] = sheetsNamed('Cover');
    expect(cover).toBeDefined();
    if (cover === undefined) return;
    expect(within(cover).getByRole('heading', { level: 1, name: map.title })).toBeInTheDocument();
    expect(within(cover).getByText(map.customer.name)).toBeInTheDocument();

    const questions = sheetsNamed('Questions to resolve');
    expect(questions.length).toBeGreaterThan(0);
    const questionText = questions.map((sheet) => sheet.textContent ?? '').join(' ');
    for (const finding of findings) expect(questionText).toContain(finding.message);

    for (const stage of map.stages) {
      const pages = sheetsNamed(stage.name);
      expect(pages, `pages for ${stage.name}`).toHaveLength(1);
      const page = pages[0];
      if (page === undefined) continue;
      for (const touchpoint of map.touchpoints.filter((candidate) => candidate.stageId === stage.id)) {
        expect(within(page).getByText(touchpoint.title)).toBeInTheDocument();
      }
    }

    expect(sheets()).toHaveLength(planPrintDocument(map, findings, printOptions()).pages.length);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
  });

  it('numbers every page over the printed pages only and puts the map title and date in each footer', async () => {
    const options = printOptions({ sections: { ...ALL_SECTIONS, cover: false, questions: false, stages: false } });
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map, options }));
    render(<PrintView />);

    const printed = sheets();
    expect(printed).toHaveLength(2);
    printed.forEach((sheet, index) => {
      const footer = within(sheet).getByRole('contentinfo');
      expect(footer).toHaveTextContent(`Page ${index + 1} of 2`);
      expect(footer).toHaveTextContent(map.title);
      expect(footer).toHaveTextContent(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    });
    expect(sheetsNamed('The whole map')).toHaveLength(1);
    expect(sheetsNamed('Silo × stage scorecard')).toHaveLength(1);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
  });

  it('sets the CSS page size of the chosen format', () => {
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map, options: printOptions({ format: 'a4' }) }));
    const { container } = render(<PrintView />);
    expect(container.querySelector('style')?.textContent).toContain('@page { size: 297mm 210mm; margin: 0; }');
    const [first] = sheets();
    expect(first?.style.width).toBe('297mm');
    expect(first?.style.height).toBe('210mm');
  });

  it('shows a plain error page, and tells the exporter why, when the job is not a valid map', async () => {
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map: { ...map, stages: 'no' }, options: printOptions() }));
    render(<PrintView />);

    expect(screen.getByRole('alert')).toHaveTextContent('This map cannot be printed');
    expect(screen.queryAllByRole('region', { name: /^Page / })).toHaveLength(0);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('error'));
    expect(document.documentElement.dataset.printError).toMatch(/not valid/);
  });

  it('in Electron, prints the job main hands over through the preload API rather than session storage', async () => {
    const options = printOptions({ format: 'letter', sections: { ...ALL_SECTIONS, cover: false, questions: false, stages: false } });
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map: { ...map, title: 'Stale job' }, options: printOptions() }));
    window.journeyApi = { getPrintJob: async () => ({ map, options }) } as unknown as JourneyApi;
    try {
      render(<PrintView />);
      await waitFor(() => expect(sheets()).toHaveLength(2));
      expect(sheetsNamed('The whole map')).toHaveLength(1);
      expect(screen.queryByText('Stale job')).toBeNull();
      await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
    } finally {
      delete window.journeyApi;
    }
  });

  it('prints a poster on one page: the whole map with its legend and the findings summary', async () => {
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map, options: printOptions({ format: 'poster-a3' }) }));
    render(<PrintView />);

    const [poster, ...others] = sheets();
    expect(others).toHaveLength(0);
    if (poster === undefined) return;
    expect(poster).toHaveAccessibleName('Page 1 of 1: Poster');
    expect(within(poster).getByRole('heading', { level: 2, name: map.title })).toBeInTheDocument();
    const drawing = within(poster).getByRole('figure', { name: 'The whole map' });
    for (const stage of map.stages) expect(within(drawing).getByText(stage.name)).toBeInTheDocument();
    for (const touchpoint of map.touchpoints) expect(within(drawing).getByText(touchpoint.title)).toBeInTheDocument();
    expect(within(poster).getByRole('list', { name: 'Legend' })).toBeInTheDocument();
    const summary = within(poster).getByRole('region', { name: 'What the diagnosis found' });
    expect(summary).toHaveTextContent(map.customer.name);
    expect(summary).toHaveTextContent(map.intendedMemory);
    expect(summary).toHaveTextContent(/\d+ high, \d+ medium and \d+ low: \d+ findings\./);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
  });

  it('renders titles with markup in them as plain text', () => {
    const hostile = { ...map, title: '<img src=x onerror="alert(1)">' };
    window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map: hostile, options: printOptions() }));
    const { container } = render(<PrintView />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile.title);
  });

  it('keeps the pages out of layout until the fonts their text needs are loaded, then signals ready', async () => {
    let finishLoading = (): void => {};
    const loading = new Promise<FontFace[]>((resolve) => {
      finishLoading = () => resolve([]);
    });
    const load = vi.fn(() => loading);
    Object.defineProperty(document, 'fonts', { configurable: true, value: { load, ready: loading.then(() => undefined), status: 'loading' } });
    try {
      window.sessionStorage.setItem(PRINT_JOB_KEY, JSON.stringify({ map, options: printOptions() }));
      const { container } = render(<PrintView />);
      const pages = container.querySelector('.pv-root')?.parentElement;
      expect(pages?.hidden).toBe(true);
      expect(load).toHaveBeenCalledWith('700 16px Inter', expect.stringContaining(map.title.charAt(0)));
      finishLoading();
      await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
      expect(pages?.hidden).toBe(false);
    } finally {
      Reflect.deleteProperty(document, 'fonts');
    }
  });
});

