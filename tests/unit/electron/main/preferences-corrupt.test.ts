/**
 * Reliability row 13: a corrupt preferences file never stops the app starting; it starts with defaults.
 * Runs in the node project, which inlines electron-store so `electron` can be mocked.
 * Reproduce: npx vitest run --project node tests/unit/electron/main/preferences-corrupt.test.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ default: {} }));

const { DEFAULT_PREFERENCES, PreferencesStore } = await import('../../../../electron/main/preferences');

const CORRUPT_FILES: Record<string, string | Buffer> = {
  'truncated JSON': '{"theme": "dark", "pdf": {"format": "a4"',
  'random bytes': Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x81]),
  'empty file': '',
  'JSON null': 'null',
  'JSON array': '[1, 2, 3]',
  'a number': '42',
  'wrong types': JSON.stringify({ theme: 7, pdf: 'a4', windowBounds: 'big', recentFiles: [1, 2] }),
  'unknown theme': JSON.stringify({ theme: 'neon' }),
  'eleven recent files': JSON.stringify({ recentFiles: Array.from({ length: 11 }, (_, index) => `/m/${index}.journeymap`) }),
  'tiny window': JSON.stringify({ windowBounds: { x: 0, y: 0, width: 1, height: 1, maximized: false } }),
  'prototype pollution': '{"__proto__": {"theme": "dark"}, "constructor": {"prototype": {"x": 1}}}',
};

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'corrupt-preferences-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('a corrupt preferences file (reliability row 13)', () => {
  it.each(Object.entries(CORRUPT_FILES))('%s: the app starts with defaults and can save preferences again', (_name, content) => {
    writeFileSync(path.join(folder, 'preferences.json'), content);
    const store = new PreferencesStore({ cwd: folder, fileExists: () => true });
    expect(store.get()).toEqual({ theme: DEFAULT_PREFERENCES.theme, pdf: DEFAULT_PREFERENCES.pdf });
    expect(store.windowBounds()).toBeNull();
    expect(store.recentFiles()).toEqual([]);
    store.update({ theme: 'dark' });
    expect(new PreferencesStore({ cwd: folder }).get().theme).toBe('dark');
    expect(({} as Record<string, unknown>).theme).toBeUndefined();
  });

  it('counts every corrupt file the app survived', () => {
    let started = 0;
    for (const content of Object.values(CORRUPT_FILES)) {
      writeFileSync(path.join(folder, 'preferences.json'), content);
      if (new PreferencesStore({ cwd: folder }).get().theme === 'system') started += 1;
    }
    console.log(`[reliability 13] corrupt preferences files: started with defaults ${started}/${Object.keys(CORRUPT_FILES).length}`);
    expect(started).toBe(Object.keys(CORRUPT_FILES).length);
  });
});
