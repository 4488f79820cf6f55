/**
 * App preferences in electron-store: theme, window bounds, recent files and PDF export options.
 * Documents are never stored here. A corrupt or hand-edited preferences file never stops the app
 * starting: the store is cleared back to defaults instead.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import Store, { type Schema } from 'electron-store';
import type { PdfOptions, Preferences, ThemePreference } from '../../shared/ipc/contract';

/** Where and how big the last document window was. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface StoredPreferences {
  theme: ThemePreference;
  pdf: PdfOptions;
  windowBounds: WindowBounds | null;
  recentFiles: string[];
}

export const MAX_RECENT_FILES = 10;

export const DEFAULT_PREFERENCES: StoredPreferences = {
  theme: 'system',
  pdf: { format: 'slide', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } },
  windowBounds: null,
  recentFiles: [],
};

const PREFERENCES_SCHEMA: Schema<StoredPreferences> = {
  theme: { type: 'string', enum: ['light', 'dark', 'system'] },
  pdf: {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'sections'],
    properties: {
      format: { type: 'string', enum: ['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid'] },
      sections: {
        type: 'object',
        additionalProperties: false,
        required: ['cover', 'map', 'questions', 'stages', 'scorecard'],
        properties: {
          cover: { type: 'boolean' },
          map: { type: 'boolean' },
          questions: { type: 'boolean' },
          stages: { type: 'boolean' },
          scorecard: { type: 'boolean' },
        },
      },
    },
  },
  windowBounds: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['x', 'y', 'width', 'height', 'maximized'],
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 200, maximum: 100_000 },
      height: { type: 'integer', minimum: 150, maximum: 100_000 },
      maximized: { type: 'boolean' },
    },
  },
  recentFiles: { type: 'array', maxItems: MAX_RECENT_FILES, items: { type: 'string', minLength: 1, maxLength: 4096 } },
};

export interface PreferencesOptions {
  /** Absolute folder of the preferences file (the app passes `app.getPath('userData')`). */
  cwd: string;
  /** Whether a recent file still exists; injectable for tests. */
  fileExists?: (filePath: string) => boolean;
}

const FILE_NAME = 'preferences';

function openStore(cwd: string): Store<StoredPreferences> {
  return new Store<StoredPreferences>({
    cwd,
    name: FILE_NAME,
    schema: PREFERENCES_SCHEMA,
    defaults: DEFAULT_PREFERENCES,
    clearInvalidConfig: true,
  });
}

/** Opens the store; if even a cleared store cannot be opened, deletes the file and starts from defaults. */
function openStoreSafely(cwd: string): Store<StoredPreferences> {
  try {
    return openStore(cwd);
  } catch {
    rmSync(path.join(cwd, `${FILE_NAME}.json`), { force: true });
    return openStore(cwd);
  }
}

/** Typed access to the preferences file. */
export class PreferencesStore {
  private readonly store: Store<StoredPreferences>;
  private readonly fileExists: (filePath: string) => boolean;

  constructor(options: PreferencesOptions) {
    if (!path.isAbsolute(options.cwd)) throw new Error('PreferencesStore needs an absolute folder');
    this.store = openStoreSafely(options.cwd);
    this.fileExists = options.fileExists ?? existsSync;
  }

  /** The path of the preferences file. */
  get filePath(): string {
    return this.store.path;
  }

  /** The preferences the renderer sees. */
  get(): Preferences {
    return { theme: this.store.get('theme'), pdf: this.store.get('pdf') };
  }

  /** Changes some preferences and returns them all. */
  update(change: Partial<Preferences>): Preferences {
    if (change.theme !== undefined) this.store.set('theme', change.theme);
    if (change.pdf !== undefined) this.store.set('pdf', change.pdf);
    return this.get();
  }

  /** The bounds of the last document window closed, if any. */
  windowBounds(): WindowBounds | null {
    return this.store.get('windowBounds');
  }

  /** Remembers a window's bounds (rounded, never below the minimum size). */
  setWindowBounds(bounds: WindowBounds): void {
    this.store.set('windowBounds', {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.max(200, Math.round(bounds.width)),
      height: Math.max(150, Math.round(bounds.height)),
      maximized: bounds.maximized,
    });
  }

  /** Recent files, most recent first; files that no longer exist are dropped. */
  recentFiles(): string[] {
    const stored = this.store.get('recentFiles');
    const existing = stored.filter((filePath) => this.fileExists(filePath));
    if (existing.length !== stored.length) this.store.set('recentFiles', existing);
    return existing;
  }

  /** Moves a file to the top of the recent list (at most ten) and returns the list. */
  addRecentFile(filePath: string): string[] {
    const list = [filePath, ...this.store.get('recentFiles').filter((existing) => existing !== filePath)].slice(0, MAX_RECENT_FILES);
    this.store.set('recentFiles', list);
    return this.recentFiles();
  }

  /** Empties the recent list. */
  clearRecentFiles(): void {
    this.store.set('recentFiles', []);
  }
}
