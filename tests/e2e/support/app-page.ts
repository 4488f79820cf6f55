import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file to hand to the browser's file picker: a path on disk or bytes with a name. */
export type PickedFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Loads the editor (the built renderer with the browser implementation of the preload API). */
export async function gotoApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/index.html${query}`);
  await expect(toolbar(page)).toBeVisible();
}

/** The main toolbar. */
export function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Main toolbar' });
}

/** A toolbar button by its exact name ("New", "Open", "Save", "Undo", "Redo", …). */
export function toolbarButton(page: Page, name: string): Locator {
  return toolbar(page).getByRole('button', { name, exact: true });
}

/** The editable map title in the title bar (the inspector has a field of the same name). */
export function mapTitleField(page: Page): Locator {
  return page.getByRole('banner').getByRole('textbox', { name: 'Map title' });
}

/** The "● Edited" marker shown while the map has unsaved changes. */
export function editedMarker(page: Page): Locator {
  return page.getByText('● Edited', { exact: true });
}

/** Renames the map in the title bar (one edit). */
export async function renameMap(page: Page, title: string): Promise<void> {
  await mapTitleField(page).fill(title);
  await mapTitleField(page).press('Enter');
}

/** Opens a file through the toolbar's Open button and the browser's file picker. */
export async function openFile(page: Page, file: PickedFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await toolbarButton(page, 'Open').click();
  await (await chooser).setFiles(file);
}

/** Runs `trigger` (a click or a shortcut that saves) and returns the downloaded file's name and text. */
export async function captureDownload(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await trigger();
  const finished = await download;
  const path = await finished.path();
  return { name: finished.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Saves with the toolbar's Save button and returns the downloaded file. */
export function saveMap(page: Page): Promise<{ name: string; text: string }> {
  return captureDownload(page, () => toolbarButton(page, 'Save').click());
}
