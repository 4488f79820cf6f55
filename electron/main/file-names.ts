/** File-name helpers for the save dialogs' suggestions. */
import path from 'node:path';

/** A file name made from a title: no folder separators, reserved or control characters; never empty. */
export function safeFileName(title: string, fallback = 'journey-map'): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return cleaned.length > 0 ? cleaned : fallback;
}

/** `filePath` with `extension` (".pdf") added unless it already ends with it (any case). */
export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension.toLowerCase()) ? filePath : `${filePath}${extension}`;
}

/** A suggested name from the renderer, reduced to a bare file name with the expected extension. */
export function suggestedFileName(suggested: string, extension: string, fallback: string): string {
  const base = path.basename(suggested.replace(/\\/g, '/'));
  const stem = base.toLowerCase().endsWith(extension.toLowerCase()) ? base.slice(0, -extension.length) : base;
  return `${safeFileName(stem, fallback)}${extension}`;
}
