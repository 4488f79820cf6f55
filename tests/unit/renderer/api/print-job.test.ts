import { describe, expect, it } from 'vitest';
import { PRINT_JOB_KEY, writePrintJob } from '../../../../renderer/api/print-job';
import { createEmptyMap } from '../../../../shared/model';

describe('print job hand-over', () => {
  it('stores the job as JSON under the key the print view reads', () => {
    const storage = new Map<string, string>();
    const fake = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) };
    const job = {
      map: createEmptyMap({ title: 'Print me', now: '2026-11-01T00:00:00.000Z' }),
      options: { format: 'a4' as const, sections: { cover: true, map: true, questions: false, stages: true, scorecard: false } },
    };
    writePrintJob(fake, job);
    expect(storage.has(PRINT_JOB_KEY)).toBe(true);
    expect(JSON.parse(storage.get(PRINT_JOB_KEY) ?? 'null')).toEqual(job);
  });
});
