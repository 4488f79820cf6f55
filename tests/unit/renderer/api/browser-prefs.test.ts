import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  mergePreferences,
  readPreferences,
  storePreferences,
} from '../../../../renderer/api/browser-prefs';

function storageWith(text: string | null): Pick<Storage, 'getItem' | 'setItem'> & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  if (text !== null) stored.set(PREFERENCES_KEY, text);
  return {
    stored,
    getItem: (key) => stored.get(key) ?? null,
    setItem: (key, value) => {
      stored.set(key, value);
    },
  };
}

describe('browser preferences', () => {
  it('starts with the defaults when nothing is stored', () => {
    expect(readPreferences(storageWith(null))).toEqual(DEFAULT_PREFERENCES);
  });

  it('falls back to the defaults when the stored JSON is corrupt', () => {
    expect(readPreferences(storageWith('{"theme": "dark", '))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(storageWith('null'))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(storageWith('[1,2]'))).toEqual(DEFAULT_PREFERENCES);
  });

  it('falls back to the defaults when storage cannot be read', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPreferences(throwing)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps the valid fields of stored preferences and ignores invalid ones', () => {
    const stored = JSON.stringify({
      theme: 'dark',
      pdf: { format: 'poster-a3', sections: { cover: false, map: 'yes', scorecard: false } },
      unknown: 1,
    });
    expect(readPreferences(storageWith(stored))).toEqual({
      theme: 'dark',
      pdf: { format: 'poster-a3', sections: { cover: false, map: true, questions: true, stages: true, scorecard: false } },
    });
    expect(readPreferences(storageWith(JSON.stringify({ theme: 'sepia', pdf: { format: 'a0' } })))).toEqual(
      DEFAULT_PREFERENCES,
    );
  });

  it('merges a partial update without touching the other fields', () => {
    const dark = mergePreferences(DEFAULT_PREFERENCES, { theme: 'dark' });
    const letter = mergePreferences(dark, { pdf: { format: 'letter' } });
    expect(letter).toEqual({ theme: 'dark', pdf: { format: 'letter', sections: DEFAULT_PREFERENCES.pdf.sections } });
    expect(DEFAULT_PREFERENCES.theme).toBe('system');
  });

  it('stores preferences as JSON that reads back the same', () => {
    const storage = storageWith(null);
    const preferences = mergePreferences(DEFAULT_PREFERENCES, { theme: 'light' });
    expect(storePreferences(storage, preferences)).toBe(true);
    expect(readPreferences(storage)).toEqual(preferences);
  });

  it('reports a full or disabled storage instead of throwing', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storePreferences(full, DEFAULT_PREFERENCES)).toBe(false);
  });
});
