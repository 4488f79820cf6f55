import type { PdfOptions, PdfPageFormat, PdfSections, Preferences, ThemePreference } from '../../shared/ipc/contract';

/** The localStorage key holding the browser build's preferences as JSON. */
export const PREFERENCES_KEY = 'journeymap:preferences';

const THEMES: readonly ThemePreference[] = ['light', 'dark', 'system'];
const PDF_FORMATS: readonly PdfPageFormat[] = ['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid'];
const SECTION_KEYS: readonly (keyof PdfSections)[] = ['cover', 'map', 'questions', 'stages', 'scorecard'];

/** Preferences of a first start: follow the system theme, 16:9 slides with every section. */
export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  theme: 'system',
  pdf: Object.freeze({
    format: 'slide',
    sections: Object.freeze({ cover: true, map: true, questions: true, stages: true, scorecard: true }),
  }),
}) as Preferences;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

function mergeSections(base: PdfSections, patch: unknown): PdfSections {
  if (!isRecord(patch)) return base;
  const sections = { ...base };
  for (const key of SECTION_KEYS) {
    const value = patch[key];
    if (typeof value === 'boolean') sections[key] = value;
  }
  return sections;
}

function mergePdf(base: PdfOptions, patch: unknown): PdfOptions {
  if (!isRecord(patch)) return base;
  return {
    format: oneOf(PDF_FORMATS, patch.format) ?? base.format,
    sections: mergeSections(base.sections, patch.sections),
  };
}

/** `base` with every valid field of `patch` applied; invalid or unknown fields are ignored. A fresh object. */
export function mergePreferences(base: Preferences, patch: unknown): Preferences {
  const fields = isRecord(patch) ? patch : {};
  return {
    theme: oneOf(THEMES, fields.theme) ?? base.theme,
    pdf: mergePdf({ format: base.pdf.format, sections: { ...base.pdf.sections } }, fields.pdf),
  };
}

/** The stored preferences; anything missing, corrupt or unreadable falls back to the defaults. */
export function readPreferences(storage: Pick<Storage, 'getItem'>): Preferences {
  try {
    const text = storage.getItem(PREFERENCES_KEY);
    return mergePreferences(DEFAULT_PREFERENCES, text === null ? null : (JSON.parse(text) as unknown));
  } catch {
    return mergePreferences(DEFAULT_PREFERENCES, null);
  }
}

/** Stores `preferences`; false when storage is full or disabled (they then last for this page only). */
export function storePreferences(storage: Pick<Storage, 'setItem'>, preferences: Preferences): boolean {
  try {
    storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
    return true;
  } catch {
    return false;
  }
}
