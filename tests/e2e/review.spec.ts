import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { captureDownload, editedMarker, gotoApp, mapTitleField, toolbarButton } from './support/app-page';
import { mapRegion, siloHeader, stageHeader, stageHeaders, touchpointCard, touchpointCards } from './support/map-page';

const FIXTURE = 'tests/fixtures/auto-insurance.journeymap';

interface SavedFile {
  map: Record<string, unknown> & { comments: unknown[] };
}

async function fixtureFile(): Promise<SavedFile> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as SavedFile;
}

/** Opens the fixture through the toolbar's "Open for review…" and the browser's file picker. */
async function openForReview(page: Page): Promise<void> {
  await gotoApp(page);
  const chooser = page.waitForEvent('filechooser');
  await toolbarButton(page, 'Open for review…').click();
  await (await chooser).setFiles(FIXTURE);
  await expect(touchpointCards(page)).toHaveCount(18);
}

async function saveFile(page: Page): Promise<SavedFile> {
  const { text } = await captureDownload(page, () => toolbarButton(page, 'Save').click());
  return JSON.parse(text) as SavedFile;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag in small steps (React Flow starts dragging one pointer step late). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
}

function reviewToggle(page: Page): Locator {
  return toolbarButton(page, 'Review mode');
}

function commentsPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Comments/ });
}

function inlineEditor(page: Page): Locator {
  return mapRegion(page).getByRole('textbox');
}

test.describe('review mode', () => {
  test.beforeEach(async ({ page }) => {
    await openForReview(page);
  });

  test('opens a map for review read-only, with a plain summary stage by stage', async ({ page }) => {
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('banner').getByText('Review mode (read-only)')).toBeVisible();
    const summary = page.getByRole('region', { name: 'Review summary' });
    await expect(summary).toContainText('Household policyholder');
    await expect(summary).toContainText('\u201cThey treated me like a person, not a policy number.\u201d');
    await expect(summary).toContainText('21 problems to resolve in 6 stages; 3 stages are critical.');
    const discover = summary.getByRole('region', { name: /^Discover/ });
    await expect(discover).toContainText('Marketing is accountable');
    await expect(discover).toContainText('Low: \u201cShortlist rate\u201d in Discover is worse than its target (22% against 30%).');
    await expect(mapTitleField(page)).not.toBeEditable();
    await expect(toolbarButton(page, 'Undo')).toBeDisabled();
    await expect(page.getByRole('toolbar', { name: 'Add to the map' })).toHaveCount(0);
  });

  test('refuses every kind of edit: the saved map equals the file that was opened', async ({ page }) => {
    const card = touchpointCard(page, 'TV and search ads');
    await expect(card).toHaveAccessibleName(/In Discover, Marketing$/);

    // Drag the card to another lane.
    const lane = await siloHeader(page, 'Billing').boundingBox();
    const column = await stageHeader(page, 'Discover').boundingBox();
    if (!lane || !column) throw new Error('grid not visible');
    await drag(page, await centre(card), { x: column.x + column.width / 2, y: lane.y + lane.height / 2 });
    await expect(card).toHaveAccessibleName(/In Discover, Marketing$/);

    // Drag a stage header to another column.
    const onboard = await stageHeader(page, 'Onboard').boundingBox();
    if (!onboard) throw new Error('no Onboard header');
    await drag(page, await centre(stageHeader(page, 'Discover')), { x: onboard.x + onboard.width * 0.75, y: onboard.y + onboard.height / 2 });
    await expect(stageHeaders(page).first()).toHaveAccessibleName(/^Discover\b/);

    // Double-click, F2 and Enter to rename.
    await card.dblclick();
    await expect(inlineEditor(page)).toHaveCount(0);
    await card.click();
    await page.keyboard.press('F2');
    await expect(inlineEditor(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(inlineEditor(page)).toHaveCount(0);

    // Delete, copy and paste, add with N / S / L, move with Alt+arrows.
    await card.focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await page.keyboard.press('Control+x');
    await page.keyboard.press('Control+d');
    await page.keyboard.press('n');
    await page.keyboard.press('s');
    await page.keyboard.press('l');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Escape');
    await expect(touchpointCards(page)).toHaveCount(18);
    await expect(stageHeaders(page)).toHaveCount(6);
    await expect(card).toHaveAccessibleName(/In Discover, Marketing$/);

    // The inspector shows the card but cannot change it.
    await card.click();
    const title = page.getByRole('complementary').getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue('TV and search ads');
    await expect(title).not.toBeEditable();
    await title.click();
    await page.keyboard.type('Hacked');
    await page.keyboard.press('Enter');
    await expect(title).toHaveValue('TV and search ads');

    // The findings list offers no quick fixes.
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await expect(page.getByRole('region', { name: 'Findings' })).toBeVisible();
    await expect(page.locator('.jm-quick-fix')).toHaveCount(0);

    // The map title in the title bar.
    await mapTitleField(page).click();
    await page.keyboard.type(' renamed');
    await page.keyboard.press('Enter');
    await expect(mapTitleField(page)).toHaveValue('Auto insurance: the policy lifecycle');

    // Undo cannot step back into anything either.
    await page.keyboard.press('Control+z');
    await expect(editedMarker(page)).toHaveCount(0);
    await expect(toolbarButton(page, 'Undo')).toBeDisabled();

    const saved = await saveFile(page);
    expect(saved.map).toEqual((await fixtureFile()).map);
  });

  test('a comment on a stage is the only change, and it is saved in the file', async ({ page }) => {
    await stageHeader(page, 'Quote & buy').click();
    const comments = commentsPanel(page);
    await expect(comments).toContainText('On stage Quote & buy');

    await comments.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
    const hostile = 'Who owns this? <img src=x onerror="window.__pwned = true">';
    await comments.getByRole('textbox', { name: 'Comment' }).fill(hostile);
    await comments.getByRole('button', { name: 'Add comment' }).click();

    const open = comments.getByRole('list', { name: 'Open comments' });
    await expect(open.getByRole('listitem')).toHaveCount(1);
    await expect(open).toContainText('Dana Reyes on stage Quote & buy');
    await expect(open).toContainText(hostile);
    await expect(open.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await expect(editedMarker(page)).toBeVisible();

    const saved = await saveFile(page);
    const original = (await fixtureFile()).map;
    expect(saved.map.comments).toEqual([
      {
        id: expect.any(String),
        author: 'Dana Reyes',
        createdAt: expect.any(String),
        text: hostile,
        resolved: false,
        target: { kind: 'stage', id: 'stage-buy' },
      },
    ]);
    const { comments: _savedComments, updatedAt: _savedUpdatedAt, ...savedRest } = saved.map;
    const { comments: _originalComments, updatedAt: _originalUpdatedAt, ...originalRest } = original;
    expect(savedRest).toEqual(originalRest);
    await expect(editedMarker(page)).toHaveCount(0);
  });

  test('resolves and reopens a comment, each one undo step, and remembers the reviewer name', async ({ page }) => {
    const comments = commentsPanel(page);
    await expect(comments).toContainText('On the whole map');
    await comments.getByRole('textbox', { name: 'Your name' }).fill('Lee');
    await comments.getByRole('textbox', { name: 'Comment' }).fill('Clear summary, thanks.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await comments.getByRole('button', { name: 'Resolve' }).click();
    await expect(comments.getByRole('list', { name: 'Resolved comments' })).toContainText('Clear summary, thanks.');

    await toolbarButton(page, 'Undo').click();
    await expect(comments.getByRole('list', { name: 'Open comments' })).toContainText('Clear summary, thanks.');
    await toolbarButton(page, 'Undo').click();
    await expect(comments.getByRole('listitem')).toHaveCount(0);
    await expect(editedMarker(page)).toHaveCount(0);

    await page.reload();
    await expect(toolbarButton(page, 'Open for review…')).toBeVisible();
    await expect(commentsPanel(page)).toContainText('As Lee');
  });

  test('review mode can be turned off to edit; the file opened read-only is then saved as a copy', async ({ page }) => {
    await reviewToggle(page).click();
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('status').filter({ hasText: 'Save will save a copy' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Read-only file: Save makes a copy')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Review summary' })).toHaveCount(0);

    await mapTitleField(page).fill('Auto insurance, edited');
    await mapTitleField(page).press('Enter');
    await expect(editedMarker(page)).toBeVisible();
    const saved = await saveFile(page);
    expect(saved.map.title).toBe('Auto insurance, edited');

    await reviewToggle(page).click();
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(mapTitleField(page)).not.toBeEditable();
  });
});
