/**
 * The reviewer's name, asked once and remembered in this browser profile so every comment is signed
 * without asking again. Storage failures (private mode, quota) only mean the name is asked again.
 */
const STORAGE_KEY = 'journeymap.reviewer-name';
const MAX_NAME_LENGTH = 100;

type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): NameStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The remembered reviewer name, or '' when none is known. */
export function readReviewerName(storage: NameStorage | null = defaultStorage()): string {
  try {
    return (storage?.getItem(STORAGE_KEY) ?? '').trim().slice(0, MAX_NAME_LENGTH);
  } catch {
    return '';
  }
}

/** Remembers the reviewer name (trimmed); returns the name as stored. */
export function rememberReviewerName(name: string, storage: NameStorage | null = defaultStorage()): string {
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
  try {
    storage?.setItem(STORAGE_KEY, clean);
  } catch {
    // Not remembered: the name is simply asked again next time.
  }
  return clean;
}
