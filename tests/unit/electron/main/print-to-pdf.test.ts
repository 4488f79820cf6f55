import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../../shared/print/print-job';
import { FakePrintWindow, printPage, SESSION_STORAGE_QUOTA, type FakePrintContents } from './fake-print-window';

vi.mock('electron', async () => ({ BrowserWindow: (await import('./fake-print-window')).FakePrintWindow }));

const { printMapToPdf, waitForPrintReady } = await import('../../../../electron/main/print-to-pdf');
const { PrintJobs, printJobHandlers } = await import('../../../../electron/main/print-jobs');
const { registerInvokeHandler } = await import('../../../../electron/main/ipc-registrar');
const { isTrustedSender } = await import('../../../../electron/main/security');
const { rendererUrl } = await import('../../../../electron/main/renderer-entry');
const { generateJourneyMap } = await import('../../../support/map-generator');

const entry = { kind: 'file', filePath: '/opt/Journey Map/resources/app.asar/.vite/renderer/main_window/index.html' } as const;
const ALL_SECTIONS = { cover: true, map: true, questions: true, stages: true, scorecard: true };

interface PrintEvent {
  sender: FakePrintContents;
  senderFrame: FakePrintContents['mainFrame'];
}

/** Main's side as the app wires it: the jobs, and `print:get-job` behind the registrar's sender check. */
function mainProcess() {
  const printJobs = new PrintJobs();
  let listener: ((event: PrintEvent, ...args: unknown[]) => unknown) | null = null;
  registerInvokeHandler<'print:get-job', PrintEvent>(
    { handle: (_channel, registered) => void (listener = registered) },
    'print:get-job',
    printJobHandlers<PrintEvent>(printJobs, (event) => event.sender.id)['print:get-job'],
    {
      isTrustedEvent: (event) => isTrustedSender(event.senderFrame, FakePrintWindow.getAllWindows(), rendererUrl(entry)),
      log: () => undefined,
    },
  );
  /** What the preload's `getPrintJob()` does from a page: invoke the channel with no payload. */
  const getPrintJob = (contents: FakePrintContents) => {
    if (!listener) throw new Error('print:get-job is not registered');
    return listener({ sender: contents, senderFrame: contents.mainFrame });
  };
  return { printJobs, getPrintJob, environment: { entry, preloadPath: '/app/preload.cjs', isDevelopment: false, printJobs, timeoutMs: 5_000 } };
}

/** A valid map whose print job is larger than sessionStorage can hold. */
function mapBeyondSessionStorage() {
  const map = generateJourneyMap({ touchpoints: 20_000, seed: 41 });
  for (const touchpoint of map.touchpoints) touchpoint.description = `${touchpoint.description} Asked twice at the counter, then by phone.`.slice(0, 2000);
  return map;
}

beforeEach(() => {
  FakePrintWindow.all.length = 0;
});

describe('printMapToPdf', () => {
  it('hands a print job larger than sessionStorage allows to the print window through print:get-job', async () => {
    const main = mainProcess();
    const job: PrintJob = { map: mapBeyondSessionStorage(), options: { format: 'a4', sections: ALL_SECTIONS } };
    expect(JSON.stringify(job).length).toBeGreaterThan(SESSION_STORAGE_QUOTA);
    printPage.onLoad = (contents) => Promise.resolve(main.getPrintJob(contents));

    const pdf = await printMapToPdf(job, main.environment);

    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const [window] = FakePrintWindow.all;
    expect(window?.webContents.received).toBe(job);
    expect(window?.webContents.mainFrame.url).toBe(`${rendererUrl(entry)}#/print`);
    expect(window?.webContents.scripts.some((script) => script.includes('sessionStorage'))).toBe(false);
    expect(window?.destroyed).toBe(true);
    expect(main.printJobs.size).toBe(0);
  });

  it('gives the job to its own print window only: another of our windows asking gets null', async () => {
    const main = mainProcess();
    const other = new FakePrintWindow({});
    other.webContents.mainFrame.url = rendererUrl(entry);
    let otherGot: unknown = 'not asked';
    printPage.onLoad = async (contents) => {
      otherGot = await main.getPrintJob(other.webContents);
      return main.getPrintJob(contents);
    };
    const job: PrintJob = { map: generateJourneyMap({ touchpoints: 10, seed: 2 }), options: { format: 'slide', sections: ALL_SECTIONS } };
    await printMapToPdf(job, main.environment);
    expect(otherGot).toBeNull();
    expect(FakePrintWindow.all[1]?.webContents.received).toBe(job);
  });

  it('refuses print:get-job from a frame that is not our page', async () => {
    const main = mainProcess();
    let refusal: unknown = null;
    printPage.onLoad = async (contents) => {
      contents.mainFrame.url = 'https://evil.example/#/print';
      // The print view catches the refusal and shows that it has nothing to print.
      return Promise.resolve(main.getPrintJob(contents)).catch((error: unknown) => {
        refusal = error;
        return null;
      });
    };
    const job: PrintJob = { map: generateJourneyMap({ touchpoints: 10, seed: 3 }), options: { format: 'slide', sections: ALL_SECTIONS } };
    await expect(printMapToPdf(job, main.environment)).rejects.toThrow('nothing to print');
    expect(refusal).toEqual(new Error('Request refused'));
    expect(main.printJobs.size).toBe(0);
    expect(FakePrintWindow.all[0]?.destroyed).toBe(true);
  });

  it('lets the job go and reports the print view’s reason when the page found nothing to print', async () => {
    const main = mainProcess();
    printPage.onLoad = async () => null;
    const job: PrintJob = { map: generateJourneyMap({ touchpoints: 5, seed: 4 }), options: { format: 'slide', sections: ALL_SECTIONS } };
    await expect(printMapToPdf(job, main.environment)).rejects.toThrow('The PDF could not be prepared: There is nothing to print');
    expect(main.printJobs.size).toBe(0);
    expect(FakePrintWindow.all[0]?.destroyed).toBe(true);
  });
});

describe('printMapToPdf never hangs on a print view that does not load', () => {
  const job = (): PrintJob => ({
    map: generateJourneyMap({ touchpoints: 5, seed: 5 }),
    options: { format: 'slide', sections: ALL_SECTIONS },
  });

  it('gives up with a plain message when the page never finishes loading, and lets the job go', async () => {
    const main = mainProcess();
    printPage.onLoad = () => new Promise<never>(() => undefined);
    await expect(printMapToPdf(job(), { ...main.environment, timeoutMs: 50 })).rejects.toThrow(
      'The print view did not load within 0 seconds.',
    );
    expect(main.printJobs.size).toBe(0);
    expect(FakePrintWindow.all[0]?.destroyed).toBe(true);
  });

  it('stops at once when the print view’s renderer dies while loading', async () => {
    const main = mainProcess();
    printPage.onLoad = (contents) => {
      contents.emit('render-process-gone', {}, { reason: 'crashed' });
      return new Promise<never>(() => undefined);
    };
    await expect(printMapToPdf(job(), main.environment)).rejects.toThrow('The print view stopped working while it was loading.');
    expect(main.printJobs.size).toBe(0);
    expect(FakePrintWindow.all[0]?.destroyed).toBe(true);
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
