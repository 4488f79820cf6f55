/** Help menu actions: the About panel and the bundled, offline file-format documentation. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, shell } from 'electron';
import { showError } from './dialogs';

export const FORMAT_DOC_NAME = 'file-format.md';

/** Where the format documentation is: in the app's resources when packaged, in `docs/` in development. */
export function formatDocumentationPath(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? path.join(resourcesPath, FORMAT_DOC_NAME) : path.join(appPath, 'docs', FORMAT_DOC_NAME);
}

/** Opens the local format documentation with the system's viewer for Markdown files. */
export async function openFormatDocumentation(windowId: number | null): Promise<void> {
  const docPath = formatDocumentationPath(app.isPackaged, process.resourcesPath, app.getAppPath());
  const failure = existsSync(docPath) ? await shell.openPath(docPath) : 'not found';
  if (failure) await showError(windowId, 'The file format documentation could not be opened.', `It should be at ${docPath} (${failure}).`);
}
