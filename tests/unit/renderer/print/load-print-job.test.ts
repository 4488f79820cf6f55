import { describe, expect, it, vi } from 'vitest';
import { PRINT_JOB_KEY } from '../../../../renderer/api/print-job';
import { fetchPrintJob, loadPrintJob, loadPrintJobFor } from '../../../../renderer/print/load-print-job';
import { printOptions, smallMap } from './print-fixture';

const storageWith = (value: string | null): Pick<Storage, 'getItem'> => ({ getItem: (key) => (key === PRINT_JOB_KEY ? value : null) });

describe('loadPrintJob', () => {
  it('returns a valid job with its map and options', () => {
    const job = { map: smallMap(), options: printOptions({ format: 'a4' }) };
    const result = loadPrintJob(storageWith(JSON.stringify(job)));
    expect(result).toEqual({ ok: true, job });
  });

  it('explains that there is nothing to print when no job was left', () => {
    const result = loadPrintJob(storageWith(null));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('nothing to print') });
  });

  it('refuses text that is not JSON', () => {
    expect(loadPrintJob(storageWith('{"map": '))).toMatchObject({ ok: false, message: expect.stringContaining('could not be read') });
  });

  it('refuses a map that breaks the file format, naming the problem', () => {
    const map = smallMap((draft) => {
      const first = draft.touchpoints[0];
      if (first !== undefined) first.stageId = 'stage-missing';
    });
    const result = loadPrintJob(storageWith(JSON.stringify({ map, options: printOptions() })));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('stage-missing') });
  });

  it('refuses unknown page formats and missing sections', () => {
    const badFormat = { map: smallMap(), options: { ...printOptions(), format: 'billboard' } };
    expect(loadPrintJob(storageWith(JSON.stringify(badFormat))).ok).toBe(false);
    const noSections = { map: smallMap(), options: { format: 'slide' } };
    expect(loadPrintJob(storageWith(JSON.stringify(noSections))).ok).toBe(false);
  });

  it('refuses a deck with every section switched off rather than printing an empty PDF, but prints a poster', () => {
    const sections = { cover: false, map: false, questions: false, stages: false, scorecard: false };
    const result = loadPrintJob(storageWith(JSON.stringify({ map: smallMap(), options: printOptions({ sections }) })));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('switched off') });
    const poster = { map: smallMap(), options: printOptions({ format: 'poster-a3', sections }) };
    expect(loadPrintJob(storageWith(JSON.stringify(poster)))).toEqual({ ok: true, job: poster });
  });

  it('treats storage that throws like an empty one', () => {
    const broken: Pick<Storage, 'getItem'> = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadPrintJob(broken).ok).toBe(false);
  });
});

describe('fetchPrintJob (Electron: the job comes from main over IPC)', () => {
  it('returns the job main holds for this print window, checked like any payload', async () => {
    const job = { map: smallMap(), options: printOptions({ format: 'letter' }) };
    expect(await fetchPrintJob({ getPrintJob: async () => job })).toEqual({ ok: true, job });
  });

  it('explains that there is nothing to print when main holds no job for this window', async () => {
    expect(await fetchPrintJob({ getPrintJob: async () => null })).toMatchObject({ ok: false, message: expect.stringContaining('nothing to print') });
  });

  it('refuses an invalid job and reports a refused call in words', async () => {
    const broken = { map: { ...smallMap(), stages: 'no' }, options: printOptions() } as never;
    expect(await fetchPrintJob({ getPrintJob: async () => broken })).toMatchObject({ ok: false, message: expect.stringContaining('not valid') });
    const refused = await fetchPrintJob({
      getPrintJob: async () => {
        throw new Error('Request refused');
      },
    });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('Request refused') });
  });
});

describe('loadPrintJobFor', () => {
  it('asks the preload API when there is one and never reads sessionStorage then', async () => {
    const job = { map: smallMap(), options: printOptions() };
    const getItem = vi.fn(() => JSON.stringify({ map: smallMap(), options: printOptions({ format: 'a4' }) }));
    const win = { journeyApi: { getPrintJob: async () => job }, sessionStorage: { getItem } } as unknown as Window;
    expect(await loadPrintJobFor(win)).toEqual({ ok: true, job });
    expect(getItem).not.toHaveBeenCalled();
  });

  it('reads sessionStorage in the browser build, at once', () => {
    const job = { map: smallMap(), options: printOptions() };
    const win = { sessionStorage: storageWith(JSON.stringify(job)) } as unknown as Window;
    expect(loadPrintJobFor(win)).toEqual({ ok: true, job });
  });
});
