import { afterEach, describe, expect, it, vi } from 'vitest';
import { signalWhenLaidOut } from '../../../../renderer/print/print-ready';

/** A document with a font set whose status and ready promise the test controls. */
function documentWithFonts(statuses: FontFaceSetLoadStatus[]): { doc: Document; html: HTMLElement } {
  const html = document.createElement('html');
  const fonts = {
    get status() {
      return statuses.shift() ?? 'loaded';
    },
    ready: Promise.resolve(),
  };
  return { doc: { fonts, defaultView: window, documentElement: html } as unknown as Document, html };
}

describe('signalWhenLaidOut', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the fix-ups once the fonts are in, then marks the page ready after a frame', async () => {
    const { doc, html } = documentWithFonts([]);
    const beforeReady = vi.fn(() => {
      expect(html.dataset.printReady).toBeUndefined();
    });
    signalWhenLaidOut(doc, beforeReady);
    await vi.waitFor(() => expect(html.dataset.printReady).toBe('true'));
    expect(beforeReady).toHaveBeenCalledTimes(1);
  });

  it('runs the fix-ups again when laying out started loading more font faces', async () => {
    const { doc, html } = documentWithFonts(['loading', 'loaded']);
    const beforeReady = vi.fn();
    signalWhenLaidOut(doc, beforeReady);
    await vi.waitFor(() => expect(html.dataset.printReady).toBe('true'));
    expect(beforeReady).toHaveBeenCalledTimes(2);
  });

  it('never marks the page when cancelled first', async () => {
    const { doc, html } = documentWithFonts([]);
    const beforeReady = vi.fn();
    signalWhenLaidOut(doc, beforeReady)();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(beforeReady).not.toHaveBeenCalled();
    expect(html.dataset.printReady).toBeUndefined();
  });
});
