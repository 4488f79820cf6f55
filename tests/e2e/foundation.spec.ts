import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseJourneyFile } from '../../shared/format';
import {
  captureDownload,
  editedMarker,
  gotoApp,
  mapTitleField,
  openFile,
  renameMap,
  saveMap,
} from './support/app-page';
import { siloHeader, stageHeader, stageHeaders, touchpointCards } from './support/map-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');
const fixtureBytes = readFileSync(fixturePath);
const fixture = parseJourneyFile(new Uint8Array(fixtureBytes));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;

function expectedError(bytes: Buffer): string {
  const result = parseJourneyFile(new Uint8Array(bytes));
  if (result.ok) throw new Error('Expected this file to be refused');
  return result.error.message;
}

test.describe('foundation: open, show, save', () => {
  test.beforeEach(async ({ page }) => {
    await gotoApp(page);
  });

  test('opens the auto-insurance map and shows all its stages, silos and touchpoints', async ({ page }) => {
    await openFile(page, fixturePath);

    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
    await expect(page.getByText('auto-insurance.journeymap', { exact: true })).toBeVisible();
    await expect(stageHeaders(page)).toHaveCount(6);
    for (const stage of fixtureMap.stages) await expect(stageHeader(page, stage.name)).toBeVisible();
    for (const silo of fixtureMap.silos) await expect(siloHeader(page, silo.name)).toBeVisible();
    await expect(touchpointCards(page)).toHaveCount(18);
  });

  test('saves a file that loads back to exactly the opened map', async ({ page }) => {
    await openFile(page, fixturePath);
    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);

    const saved = await saveMap(page);

    expect(saved.name).toBe('auto-insurance.journeymap');
    const reloaded = parseJourneyFile(saved.text);
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) expect(reloaded.map).toEqual(fixtureMap);
  });

  test('refuses a corrupted file with a plain message and keeps the current map', async ({ page }) => {
    await openFile(page, fixturePath);
    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
    const truncated = fixtureBytes.subarray(0, Math.floor(fixtureBytes.length / 2));

    await openFile(page, { name: 'damaged.journeymap', mimeType: 'application/json', buffer: truncated });

    const alert = page.getByRole('alertdialog', { name: 'This file could not be opened' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(expectedError(truncated));
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect(alert).toBeHidden();
    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
    await expect(page.getByText('auto-insurance.journeymap', { exact: true })).toBeVisible();
    await expect(editedMarker(page)).toBeHidden();
  });

  test('refuses a file from a newer version naming both versions, and keeps the current map', async ({ page }) => {
    await renameMap(page, 'Work in progress');
    const newer = Buffer.from(JSON.stringify({ ...JSON.parse(fixtureBytes.toString('utf8')), formatVersion: 99 }));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const question = page.getByRole('alertdialog', { name: /Do you want to save the changes/ });
    await question.getByRole('button', { name: "Don't Save" }).click();
    await (await chooser).setFiles({ name: 'future.journeymap', mimeType: 'application/json', buffer: newer });

    const alert = page.getByRole('alertdialog', { name: 'This file could not be opened' });
    await expect(alert).toContainText(expectedError(newer));
    await expect(alert).toContainText('99');
    await page.keyboard.press('Escape');
    await expect(alert).toBeHidden();
    await expect(mapTitleField(page)).toHaveValue('Work in progress');
    await expect(editedMarker(page)).toBeVisible();
  });

  test('marks the map edited after a change and clears the mark after saving', async ({ page }) => {
    await openFile(page, fixturePath);
    await expect(editedMarker(page)).toBeHidden();

    await renameMap(page, 'Auto insurance: after the workshop');

    await expect(editedMarker(page)).toBeVisible();
    await expect(page).toHaveTitle('● auto-insurance.journeymap — Journey Map');

    const saved = await saveMap(page);

    await expect(editedMarker(page)).toBeHidden();
    await expect(page).toHaveTitle('auto-insurance.journeymap — Journey Map');
    const reloaded = parseJourneyFile(saved.text);
    expect(reloaded.ok && reloaded.map.title).toBe('Auto insurance: after the workshop');
  });

  test('Ctrl+S downloads the map', async ({ page }) => {
    await renameMap(page, 'Shortcut test');
    await page.getByRole('main').click({ position: { x: 5, y: 5 } });

    const saved = await captureDownload(page, () => page.keyboard.press('Control+s'));

    expect(saved.name).toBe('Shortcut test.journeymap');
    expect(parseJourneyFile(saved.text).ok).toBe(true);
    await expect(editedMarker(page)).toBeHidden();
  });
});
