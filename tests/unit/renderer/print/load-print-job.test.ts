import { describe, expect, it } from 'vitest';
import { PRINT_JOB_KEY } from '../../../../renderer/api/print-job';
import { loadPrintJob } from '../../../../renderer/print/load-print-job';
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

  it('refuses a job with every section switched off rather than printing an empty PDF', () => {
    const sections = { cover: false, map: false, questions: false, stages: false, scorecard: false };
    const result = loadPrintJob(storageWith(JSON.stringify({ map: smallMap(), options: printOptions({ sections }) })));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('switched off') });
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
