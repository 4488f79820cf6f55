import { describe, expect, it } from 'vitest';
import { PrintJobs, printJobHandlers } from '../../../../electron/main/print-jobs';
import type { PrintJob } from '../../../../shared/print/print-job';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

const ALL_SECTIONS = { cover: true, map: true, questions: true, stages: true, scorecard: true };
const jobIn = (format: PrintJob['options']['format']): PrintJob => ({ map: SAMPLE_MAP, options: { format, sections: ALL_SECTIONS } });

describe('PrintJobs', () => {
  it('answers each print window with its own job, and any other sender with null', async () => {
    const jobs = new PrintJobs();
    const a4 = jobIn('a4');
    const slide = jobIn('slide');
    jobs.hold(11, a4);
    jobs.hold(12, slide);
    const { 'print:get-job': getJob } = printJobHandlers<{ contentsId: number | null }>(jobs, (event) => event.contentsId);
    expect(await getJob(undefined, { contentsId: 11 })).toBe(a4);
    expect(await getJob(undefined, { contentsId: 12 })).toBe(slide);
    expect(await getJob(undefined, { contentsId: 13 })).toBeNull();
    expect(await getJob(undefined, { contentsId: null })).toBeNull();
  });

  it('keeps a job until it is let go, for repeated asks from the same page', () => {
    const jobs = new PrintJobs();
    const job = jobIn('letter');
    const release = jobs.hold(21, job);
    expect(jobs.jobFor(21)).toBe(job);
    expect(jobs.jobFor(21)).toBe(job);
    release();
    expect(jobs.jobFor(21)).toBeNull();
    expect(jobs.size).toBe(0);
  });

  it('a stale release does not drop a newer job held for the same web contents', () => {
    const jobs = new PrintJobs();
    const releaseFirst = jobs.hold(31, jobIn('a4'));
    const second = jobIn('poster-a3');
    jobs.hold(31, second);
    releaseFirst();
    expect(jobs.jobFor(31)).toBe(second);
  });
});
