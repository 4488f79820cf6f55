import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageBoxOptions } from 'electron';

const shown: MessageBoxOptions[] = [];
let answer = 0;
vi.mock('electron', () => ({
  BrowserWindow: { fromId: () => null },
  dialog: {
    showMessageBox: async (options: MessageBoxOptions) => {
      shown.push(options);
      return { response: answer, checkboxChecked: false };
    },
  },
}));

const { askConflict } = await import('../../../../electron/main/dialogs');

beforeEach(() => {
  shown.length = 0;
});

async function choices(question: Parameters<typeof askConflict>[1]) {
  const made = [];
  for (answer = 0; answer < 5; answer += 1) made.push(await askConflict(1, question));
  return { made, options: shown[0] };
}

describe('askConflict', () => {
  it('offers Overwrite, Save As…, Reload from Disk and Cancel for a file changed elsewhere, Save As… first in line', async () => {
    const { made, options } = await choices({ fileName: 'plan.journeymap', reason: 'changed' });
    expect(options?.buttons).toEqual(['Overwrite', 'Save As…', 'Reload from Disk', 'Cancel']);
    expect(options).toMatchObject({ defaultId: 1, cancelId: 3, type: 'warning' });
    expect(options?.message).toContain('"plan.journeymap" was changed by someone or something else');
    expect(made).toEqual(['overwrite', 'save-as', 'reload', 'cancel', 'cancel']);
  });

  it('offers to save a moved or deleted file back where it was, or elsewhere', async () => {
    const { made, options } = await choices({ fileName: 'plan.journeymap', reason: 'deleted' });
    expect(options?.buttons).toEqual(['Save Here Again', 'Save As…', 'Cancel']);
    expect(options).toMatchObject({ defaultId: 1, cancelId: 2 });
    expect(made).toEqual(['overwrite', 'save-as', 'cancel', 'cancel', 'cancel']);
  });

  it('says why an unreadable file cannot be checked, and offers to save anyway or elsewhere', async () => {
    const { made, options } = await choices({ fileName: 'plan.journeymap', reason: 'unreadable', problem: 'Access is denied.' });
    expect(options?.buttons).toEqual(['Save Here Anyway', 'Save As…', 'Cancel']);
    expect(options).toMatchObject({ defaultId: 1, cancelId: 2 });
    expect(options?.detail).toMatch(/^Access is denied\. /);
    expect(made).toEqual(['overwrite', 'save-as', 'cancel', 'cancel', 'cancel']);
  });
});
