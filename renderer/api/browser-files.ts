/** File access in a plain browser: a hidden file input to read, a blob link to download. */

/** How long a download's blob URL stays alive; the browser has copied the data well before then. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Asks the user for one file with a hidden `<input type=file>`; resolves null when they cancel.
 * Must run soon after a user gesture (browsers block file pickers otherwise).
 */
export function pickFile(accept: string, doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** Reads a picked file as bytes. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Starts a download of `data` named `fileName` through a temporary `<a download>` link. */
export function downloadBlob(data: BlobPart, fileName: string, type: string, doc: Document = document): void {
  const view = doc.defaultView;
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  (view ?? globalThis).setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** A human-readable size such as "21.4 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
