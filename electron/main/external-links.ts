/**
 * The only place the app hands a URL to the operating system. Only plain https links without
 * credentials are opened; anything else (`javascript:`, `file:`, `http:`, custom schemes) is refused.
 */
import { shell } from 'electron';

/** True for a well-formed https URL without a user name or password in it. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/** Opens an https link in the user's browser; returns false (and opens nothing) for any other URL. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  try {
    await shell.openExternal(url, { activate: true });
    return true;
  } catch {
    return false;
  }
}
