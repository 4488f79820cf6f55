import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

const { printJobScript, waitForPrintReady } = await import('../../../../electron/main/print-to-pdf');
const { PRINT_JOB_KEY } = await import('../../../../shared/print/print-job');
const { SAMPLE_MAP } = await import('../../../reliability/support/ipc-samples');

describe('printJobScript', () => {
  it('stores the job as JSON in sessionStorage under journeymap:print-job, safe against hostile text', () => {
    const map = { ...SAMPLE_MAP, title: '</script><img src=x onerror=alert(1)> "quotes" \\ \u2028' };
    const job = { map, options: { format: 'a4' as const, sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } } };
    const stored = new Map<string, string>();
    const sessionStorage = { setItem: (key: string, value: string) => stored.set(key, value) };
    const result = new Function('sessionStorage', 'script', 'return eval(script)')(sessionStorage, printJobScript(job)) as unknown;
    expect(result).toBe(true);
    expect(JSON.parse(stored.get(PRINT_JOB_KEY) ?? '')).toEqual(job);
  });
});

describe('waitForPrintReady', () => {
  it('resolves once the page reports it is ready', async () => {
    const probe = vi.fn().mockResolvedValueOnce({ state: 'waiting' }).mockRejectedValueOnce(new Error('reloading')).mockResolvedValue({ state: 'ready' });
    await waitForPrintReady(probe, 2000, 1);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('passes on the error the print view reports', async () => {
    await expect(waitForPrintReady(async () => ({ state: 'error', message: 'fonts failed' }), 1000, 1)).rejects.toThrow('The PDF could not be prepared: fonts failed');
  });

  it('gives up after the timeout with a plain message', async () => {
    await expect(waitForPrintReady(async () => ({ state: 'waiting' }), 30, 5)).rejects.toThrow(/not ready after 0 seconds/);
  });
});
