import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRINT_FONT_WEIGHTS, distinctCharacters, loadPrintFonts } from '../../../../renderer/print/print-fonts';

/** A document whose font set records the loads asked of it and answers them with `answer`. */
function documentWithFonts(answer: () => Promise<FontFace[]>): { doc: Document; load: ReturnType<typeof vi.fn> } {
  const load = vi.fn(answer);
  const doc = { fonts: { load }, defaultView: window } as unknown as Document;
  return { doc, load };
}

describe('the print fonts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists each character of a text once, in order of appearance', () => {
    expect(distinctCharacters('banana, Ärger')).toBe('ban, Ärge');
    expect(distinctCharacters('')).toBe('');
  });

  it('loads every weight the print view draws with, for the characters given', async () => {
    const { doc, load } = documentWithFonts(() => Promise.resolve([]));
    await loadPrintFonts(doc, 'Ab');
    expect(load.mock.calls).toEqual(PRINT_FONT_WEIGHTS.map((weight) => [`${weight} 16px Inter`, 'Ab']));
  });

  it('resolves when a load fails, and after the wait when a load never ends', async () => {
    await expect(loadPrintFonts(documentWithFonts(() => Promise.reject(new Error('corrupt'))).doc)).resolves.toBeUndefined();
    vi.useFakeTimers();
    let settled = false;
    void loadPrintFonts(documentWithFonts(() => new Promise(() => {})).doc, ' ', 1_000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('resolves at once where there is no font API', async () => {
    await expect(loadPrintFonts({ defaultView: window } as unknown as Document)).resolves.toBeUndefined();
  });
});
