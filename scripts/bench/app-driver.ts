/** Drives the built renderer in Chromium the way a user does: the toolbar's Open and New, the canvas. */
import type { Locator, Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/types';
import { waitSettled, type PaintRequirement } from './probes';

const LOAD_TIMEOUT_MS = 30_000;
const CARD_SELECTOR = '.react-flow__node[data-kind="touchpoint"]';

/** A toolbar button by its exact name. */
export function toolbarButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name, exact: true });
}

/** The canvas region. */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Journey map' });
}

/** Loads the editor and waits for its toolbar. */
export async function gotoApp(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/index.html`);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).waitFor({ timeout: LOAD_TIMEOUT_MS });
}

/** Null when the editor has what the Chromium figures drive (Open button, canvas), else what is missing. */
export async function missingAppParts(page: Page): Promise<string | null> {
  const missing: string[] = [];
  if ((await page.getByRole('toolbar', { name: 'Main toolbar' }).count()) === 0) missing.push('the main toolbar');
  else if ((await toolbarButton(page, 'Open').count()) === 0) missing.push('the toolbar\'s Open button');
  if ((await mapRegion(page).count()) === 0) missing.push('the canvas (region "Journey map")');
  return missing.length === 0 ? null : `the renderer has no ${missing.join(' and no ')} yet`;
}

/** Opens a file through the toolbar's Open button and the browser's file picker. */
export async function openMap(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: LOAD_TIMEOUT_MS });
  await toolbarButton(page, 'Open').click();
  await (await chooser).setFiles(file);
}

/** Replaces the map with a blank one: New (and the "Blank" template where New offers a choice). */
export async function newBlankMap(page: Page): Promise<void> {
  await toolbarButton(page, 'New').click();
  const blankChoice = page.getByRole('dialog').getByRole('button', { name: /^Blank\b/ });
  const cards = page.locator(CARD_SELECTOR);
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await blankChoice.isVisible()) await blankChoice.click();
    else if ((await cards.count()) === 0) return;
    await page.waitForTimeout(20);
  }
  throw new Error('New did not replace the map with a blank one');
}

/** Opens a map and waits until the canvas shows it settled (its cards present and measured). */
export async function openMapAndSettle(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<number> {
  await openMap(page, file);
  await page.locator(CARD_SELECTOR).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  return waitSettled(page, 1, LOAD_TIMEOUT_MS);
}

/**
 * What the canvas shows once a map is fully painted, by the accessible contract of the end-to-end tests
 * (tests/e2e/support/map-page.ts): one card per touchpoint and one column header per stage.
 */
export function paintRequirements(map: JourneyMap): PaintRequirement[] {
  return [
    { selector: CARD_SELECTOR, count: map.touchpoints.length },
    { selector: 'section[aria-label="Journey map"] [role="columnheader"]', count: map.stages.length },
  ];
}
