import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ default: {} }));

const { DEFAULT_PREFERENCES, MAX_RECENT_FILES, PreferencesStore } = await import('../../../../electron/main/preferences');

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'preferences-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('PreferencesStore', () => {
  it('starts with the system theme, 16:9 PDF pages with every section, no bounds and no recent files', () => {
    const store = new PreferencesStore({ cwd: folder });
    expect(store.get()).toEqual({ theme: 'system', pdf: DEFAULT_PREFERENCES.pdf });
    expect(store.windowBounds()).toBeNull();
    expect(store.recentFiles()).toEqual([]);
  });

  it('keeps changes across restarts', () => {
    const first = new PreferencesStore({ cwd: folder, fileExists: () => true });
    first.update({ theme: 'dark' });
    first.setWindowBounds({ x: 10.4, y: 20, width: 1000, height: 700, maximized: true });
    first.addRecentFile('/maps/a.journeymap');
    const second = new PreferencesStore({ cwd: folder, fileExists: () => true });
    expect(second.get().theme).toBe('dark');
    expect(second.windowBounds()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(second.recentFiles()).toEqual(['/maps/a.journeymap']);
  });

  it('changes only the preferences given', () => {
    const store = new PreferencesStore({ cwd: folder });
    const pdf = { format: 'letter' as const, sections: { cover: false, map: true, questions: true, stages: true, scorecard: false } };
    expect(store.update({ pdf })).toEqual({ theme: 'system', pdf });
  });

  it('keeps the ten most recent files, newest first, without duplicates', () => {
    const store = new PreferencesStore({ cwd: folder, fileExists: () => true });
    for (let index = 0; index < 12; index += 1) store.addRecentFile(`/maps/${index}.journeymap`);
    store.addRecentFile('/maps/5.journeymap');
    const recent = store.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toBe('/maps/5.journeymap');
    expect(recent[1]).toBe('/maps/11.journeymap');
    expect(new Set(recent).size).toBe(recent.length);
  });

  it('drops recent files that no longer exist', () => {
    const existing = new Set(['/maps/kept.journeymap']);
    const store = new PreferencesStore({ cwd: folder, fileExists: (filePath) => existing.has(filePath) });
    store.addRecentFile('/maps/deleted.journeymap');
    store.addRecentFile('/maps/kept.journeymap');
    expect(store.recentFiles()).toEqual(['/maps/kept.journeymap']);
    const saved = JSON.parse(readFileSync(store.filePath, 'utf8')) as { recentFiles: string[] };
    expect(saved.recentFiles).toEqual(['/maps/kept.journeymap']);
  });

  it('clears the recent list', () => {
    const store = new PreferencesStore({ cwd: folder, fileExists: () => true });
    store.addRecentFile('/maps/a.journeymap');
    store.clearRecentFiles();
    expect(store.recentFiles()).toEqual([]);
  });

  it('never stores documents: only the known keys are in the file', () => {
    const store = new PreferencesStore({ cwd: folder });
    store.update({ theme: 'light' });
    const saved = JSON.parse(readFileSync(store.filePath, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(['pdf', 'recentFiles', 'theme', 'windowBounds']);
  });

  it('needs an absolute folder', () => {
    expect(() => new PreferencesStore({ cwd: 'relative' })).toThrow(/absolute/);
  });

  it('starts from defaults when the file holds a value of the wrong type', () => {
    writeFileSync(path.join(folder, 'preferences.json'), JSON.stringify({ theme: 'neon', recentFiles: 'nope' }));
    expect(new PreferencesStore({ cwd: folder }).get()).toEqual({ theme: 'system', pdf: DEFAULT_PREFERENCES.pdf });
  });
});
