import { afterEach, describe, expect, it, vi } from 'vitest';
import { printWhenReady } from '../../../../renderer/api/browser-print';

describe('browser printing', () => {
  afterEach(() => {
    delete document.documentElement.dataset.printReady;
    vi.restoreAllMocks();
  });

  it('opens the browser’s print dialog once the print view is laid out, and only once', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    printWhenReady(window);
    expect(print).not.toHaveBeenCalled();

    document.documentElement.dataset.printReady = 'true';
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 5000 });
    document.documentElement.dataset.printReady = 'error';
    document.documentElement.dataset.printReady = 'true';
    await Promise.resolve();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('does not print a view that could not load its job', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const stop = printWhenReady(window);
    document.documentElement.dataset.printReady = 'error';
    await Promise.resolve();
    expect(print).not.toHaveBeenCalled();
    stop();
  });
});
