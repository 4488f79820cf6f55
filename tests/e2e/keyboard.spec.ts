import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { handoffs, mapRegion, siloHeaders, stageHeaders, touchpointCards } from './support/map-page';

interface SavedMap {
  stages: { id: string; name: string }[];
  silos: { id: string; name: string }[];
  touchpoints: { id: string; title: string; stageId: string; siloId: string | null }[];
  handoffs: { fromTouchpointId: string; toTouchpointId: string }[];
}

/** Presses Tab until `target` has focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}

/**
 * Types a name into the inline editor that just opened and commits it with Enter. After a new card's
 * title, fast capture offers the next card in the same cell: Esc stops it.
 */
async function typeName(page: Page, label: string, name: string): Promise<void> {
  const editor = mapRegion(page).getByRole('textbox', { name: label });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  if (label === 'Touchpoint title') {
    // The form for the next card takes focus (its title field has the same name); Esc closes it.
    await expect(editor).toHaveValue('');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
  }
  await expect(editor).toHaveCount(0);
  // Focus returns to what was named before the next key is pressed.
  await expect.poll(() => focusedName(page)).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

test('builds a small map with the keyboard alone and saves it', async ({ page }) => {
  await page.goto('/index.html');
  await tabTo(page, page.getByRole('button', { name: 'Add first stage' }));
  await page.keyboard.press('Enter');
  await expect(stageHeaders(page)).toHaveCount(1);

  // Into the canvas: its one tab stop is the first stage header.
  await tabTo(page, stageHeaders(page).first());
  expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Enter');
  await typeName(page, 'Stage name', 'Discover');
  await page.keyboard.press('s');
  await typeName(page, 'Stage name', 'Buy');
  await expect(stageHeaders(page)).toHaveCount(2);

  await page.keyboard.press('l');
  await typeName(page, 'Silo name', 'Sales');
  await page.keyboard.press('l');
  await typeName(page, 'Silo name', 'Billing');
  await expect(siloHeaders(page)).toHaveCount(2);
  await expect.poll(() => focusedName(page)).toMatch(/^Billing\b/);

  // Billing lane, Discover column: an empty cell.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedName(page)).toBe('Discover, Billing: empty');
  await page.keyboard.press('n');
  await typeName(page, 'Touchpoint title', 'Invoice');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedName(page)).toBe('Discover, Sales: empty');
  await page.keyboard.press('n');
  await typeName(page, 'Touchpoint title', 'Ad');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await typeName(page, 'Touchpoint title', 'Quote');
  await expect(touchpointCards(page)).toHaveCount(3);

  // A hand-off from Quote to Invoice: H on Quote, move to Invoice, H again.
  await expect.poll(() => focusedName(page)).toMatch(/^Quote\b/);
  await page.keyboard.press('h');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedName(page)).toMatch(/^Invoice\b/);
  await page.keyboard.press('h');
  await expect(handoffs(page)).toHaveCount(1);
  await expect(handoffs(page).first()).toHaveAccessibleName(/^Hand-off from Quote to Invoice, cross-silo/);

  // Alt+Left moves Quote next to Ad (same lane, previous stage); Ctrl+Z takes it back.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedName(page)).toMatch(/^Quote\b/);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(mapRegion(page).getByRole('button', { name: /^Quote\b.*In Discover, Sales$/ })).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(mapRegion(page).getByRole('button', { name: /^Quote\b.*In Buy, Sales$/ })).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+s');
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { map: SavedMap };
  const map = saved.map;
  expect(map.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy']);
  expect(map.silos.map((silo) => silo.name)).toEqual(['Sales', 'Billing']);
  const stageId = (name: string) => map.stages.find((stage) => stage.name === name)?.id;
  const siloId = (name: string) => map.silos.find((silo) => silo.name === name)?.id;
  const cell = (title: string) => {
    const touchpoint = map.touchpoints.find((tp) => tp.title === title);
    return [touchpoint?.stageId, touchpoint?.siloId];
  };
  expect(cell('Invoice')).toEqual([stageId('Discover'), siloId('Billing')]);
  expect(cell('Ad')).toEqual([stageId('Discover'), siloId('Sales')]);
  expect(cell('Quote')).toEqual([stageId('Buy'), siloId('Sales')]);
  const idOf = (title: string) => map.touchpoints.find((tp) => tp.title === title)?.id;
  expect(map.handoffs).toEqual([
    expect.objectContaining({ fromTouchpointId: idOf('Quote'), toTouchpointId: idOf('Invoice') }),
  ]);
});

test('Delete removes the focused card and shortcuts never fire while typing', async ({ page }) => {
  await page.goto('/index.html');
  await tabTo(page, page.getByRole('button', { name: 'Add first stage' }));
  await page.keyboard.press('Enter');
  await tabTo(page, stageHeaders(page).first());
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('n');
  const editor = mapRegion(page).getByRole('textbox', { name: 'Touchpoint title' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Send new policy');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(touchpointCards(page)).toHaveCount(1);
  await expect(touchpointCards(page).first()).toHaveAccessibleName(/^Send new policy\b/);
  await expect(stageHeaders(page)).toHaveCount(1);
  await expect(siloHeaders(page)).toHaveCount(1);

  await page.keyboard.press('Delete');
  await expect(touchpointCards(page)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(touchpointCards(page)).toHaveCount(1);

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await tabTo(page, inspector.getByRole('textbox', { name: 'Map title' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Night shift: handle delays');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('textbox', { name: 'Map title' })).toHaveValue('Night shift: handle delays');
  await expect(touchpointCards(page)).toHaveCount(1);
  await expect(stageHeaders(page)).toHaveCount(1);
});
