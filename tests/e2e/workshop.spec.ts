import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapRegion, stageHeader, touchpointCard, touchpointCards } from './support/map-page';

const FIXTURE = 'tests/fixtures/auto-insurance.journeymap';

interface SavedMap {
  stages: { id: string; name: string }[];
  silos: { id: string; name: string }[];
  touchpoints: {
    id: string;
    title: string;
    stageId: string;
    siloId: string | null;
    channel: string;
    intent: string;
    emotion: number | null;
  }[];
  notes: { id: string; text: string; color: string; stageId: string | null }[];
}

async function openFixture(page: Page): Promise<void> {
  await page.goto('/index.html');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(FIXTURE);
  await expect(touchpointCards(page)).toHaveCount(18);
}

async function saveMap(page: Page): Promise<SavedMap> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  return (JSON.parse(text) as { map: SavedMap }).map;
}

/** Presses Tab until `target` has focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag in small steps (React Flow starts dragging one pointer step late). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
  await page.mouse.up();
}

function titleField(page: Page): Locator {
  return mapRegion(page).getByRole('textbox', { name: 'Touchpoint title' });
}

test.describe('fast capture', () => {
  test.beforeEach(async ({ page }) => {
    await openFixture(page);
  });

  test('captures five touchpoints into a cell with the keyboard alone, in order', async ({ page }) => {
    await tabTo(page, stageHeader(page, 'Discover'), 120);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toMatch(/^Renew or leave\b/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedName(page)).toBe('Renew or leave, Marketing: empty');

    await page.keyboard.press('n');
    await expect(titleField(page)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    const titles = ['Renewal reminder', 'Price explanation call', 'Loyalty discount', 'Win-back offer', 'Exit survey'];
    for (const title of titles) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await expect(touchpointCard(page, title)).toHaveCount(1);
      await expect(titleField(page)).toBeFocused();
      await expect(titleField(page)).toHaveValue('');
    }
    // An empty title on Enter stops capturing and adds nothing.
    await page.keyboard.press('Enter');
    await expect(titleField(page)).toHaveCount(0);
    await expect(touchpointCards(page)).toHaveCount(23);

    const map = await saveMap(page);
    const stageId = map.stages.find((stage) => stage.name === 'Renew or leave')?.id;
    const siloId = map.silos.find((silo) => silo.name === 'Marketing')?.id;
    const cell = map.touchpoints.filter((tp) => tp.stageId === stageId && tp.siloId === siloId);
    expect(cell.map((tp) => tp.title)).toEqual(titles);
  });

  test('Escape stops capturing; Tab goes through channel, intent and feeling', async ({ page }) => {
    await tabTo(page, stageHeader(page, 'Discover'), 120);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toMatch(/^Claim\b/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Repair booking');
    await page.keyboard.press('Tab');
    const channel = mapRegion(page).getByRole('combobox', { name: 'Channel' });
    await expect(channel).toBeFocused();
    await channel.selectOption('phone');
    await page.keyboard.press('Tab');
    const intent = mapRegion(page).getByRole('combobox', { name: 'Intent' });
    await expect(intent).toBeFocused();
    await intent.selectOption('support');
    await page.keyboard.press('Tab');
    const feeling = mapRegion(page).getByRole('combobox', { name: 'Customer feeling' });
    await expect(feeling).toBeFocused();
    await feeling.selectOption('-1');
    await page.keyboard.press('Tab');
    await expect(titleField(page)).toBeFocused();
    await page.keyboard.press('Enter');
    // The next card's form is open and blank; Escape closes it and adds nothing.
    await expect(titleField(page)).toHaveValue('');
    await page.keyboard.type('Never added');
    await page.keyboard.press('Escape');
    await expect(titleField(page)).toHaveCount(0);
    await expect(touchpointCard(page, 'Never added')).toHaveCount(0);
    await expect.poll(() => focusedName(page)).toMatch(/^Repair booking\b/);

    const map = await saveMap(page);
    expect(map.touchpoints.find((tp) => tp.title === 'Repair booking')).toMatchObject({
      channel: 'phone',
      intent: 'support',
      emotion: -1,
    });
  });

  test('pastes three lines into a cell as three cards, and one Undo removes them all', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('Reminder email\n\n- Renewal call\nLoyalty survey\n'));
    await stageHeader(page, 'Renew or leave').click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedName(page)).toBe('Renew or leave, Marketing: empty');
    await page.keyboard.press('ControlOrMeta+v');
    for (const title of ['Reminder email', 'Renewal call', 'Loyalty survey']) {
      await expect(touchpointCard(page, title)).toHaveAccessibleName(/In Renew or leave, Marketing$/);
    }
    await expect(touchpointCards(page)).toHaveCount(21);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(touchpointCards(page)).toHaveCount(18);
  });
});

test.describe('the emotion curve', () => {
  test.beforeEach(async ({ page }) => {
    await openFixture(page);
  });

  test('plots each touchpoint and tells the stage averages in words', async ({ page }) => {
    const curve = mapRegion(page).getByRole('figure', { name: 'Emotion curve' });
    await expect(curve.getByRole('slider')).toHaveCount(18);
    await expect(curve.getByRole('slider', { name: 'First notice of loss: emotion very unhappy (−2)' })).toHaveCount(1);
    await expect(curve.getByRole('listitem').filter({ hasText: /^Claim: average / })).toHaveText(
      'Claim: average \u22121.0',
    );
  });

  test('drags a point from neutral to −2 in one undo step', async ({ page }) => {
    const curve = mapRegion(page).getByRole('figure', { name: 'Emotion curve' });
    const point = curve.getByRole('slider', { name: 'TV and search ads: emotion neutral (0)' });
    const from = await centre(point);
    const level = await centre(curve.locator('.jm-curve__axis-label', { hasText: 'Very unhappy' }));
    await drag(page, from, { x: from.x, y: level.y }, 8);
    await expect(curve.getByRole('slider', { name: 'TV and search ads: emotion very unhappy (−2)' })).toHaveCount(1);

    let map = await saveMap(page);
    expect(map.touchpoints.find((tp) => tp.title === 'TV and search ads')?.emotion).toBe(-2);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    map = await saveMap(page);
    expect(map.touchpoints.find((tp) => tp.title === 'TV and search ads')?.emotion).toBe(0);
  });

  test('changes the focused point with the arrow keys, one undo step per key', async ({ page }) => {
    const curve = mapRegion(page).getByRole('figure', { name: 'Emotion curve' });
    await curve.getByRole('slider', { name: 'Claim payment: emotion happy (+1)' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveAccessibleName('Claim payment: emotion delighted (+2)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAccessibleName('Claim payment: emotion neutral (0)');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(curve.getByRole('slider', { name: 'Claim payment: emotion happy (+1)' })).toHaveCount(1);
  });
});

test.describe('the parking lot', () => {
  test('adds a note to the parking lot and drags it into a stage column', async ({ page }) => {
    await openFixture(page);
    await mapRegion(page).getByRole('button', { name: 'Add note' }).click();
    const editor = mapRegion(page).getByRole('textbox', { name: 'Note text' });
    await expect(editor).toBeFocused();
    await page.keyboard.type('Who sets the renewal price?');
    await page.keyboard.press('Enter');
    const note = mapRegion(page).getByRole('note', { name: 'Note: Who sets the renewal price?' });
    await expect(note).toBeFocused();
    const lot = await mapRegion(page).getByRole('group', { name: /^Parking lot/ }).boundingBox();
    const from = await centre(note);
    expect(lot && from.x > lot.x && from.x < lot.x + lot.width).toBe(true);

    const column = await stageHeader(page, 'Onboard').boundingBox();
    const lane = await mapRegion(page).locator('.jm-notes-lane').boundingBox();
    if (!column || !lane) throw new Error('map not visible');
    await drag(page, from, { x: column.x + column.width / 2, y: lane.y + lane.height / 2 });
    await expect(note).toHaveAttribute('aria-description', /^In stage Onboard/);

    const map = await saveMap(page);
    const onboard = map.stages.find((stage) => stage.name === 'Onboard')?.id;
    expect(map.notes.find((saved) => saved.text === 'Who sets the renewal price?')?.stageId).toBe(onboard);
  });

  test('Escape during a note drag cancels it: the note stays in the parking lot and nothing is undoable', async ({ page }) => {
    await openFixture(page);
    const note = mapRegion(page).getByRole('note', { name: 'Note: Do we even know which agent a customer has?' });
    await expect(note).toHaveAttribute('aria-description', /^In the parking lot/);
    const before = await note.boundingBox();
    const from = await centre(note);
    const column = await stageHeader(page, 'Onboard').boundingBox();
    const lane = await mapRegion(page).locator('.jm-notes-lane').boundingBox();
    if (!before || !column || !lane) throw new Error('map not visible');
    const to = { x: column.x + column.width / 2, y: lane.y + lane.height / 2 };

    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    // The drag is under way: the note follows the pointer over the Onboard column.
    await expect.poll(async () => Math.abs(((await note.boundingBox())?.x ?? before.x) - before.x)).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await page.mouse.move(to.x + 10, to.y + 5);
    await page.mouse.move(to.x + 20, to.y + 10);
    await page.mouse.up();

    await expect(note).toHaveAttribute('aria-description', /^In the parking lot/);
    const after = await note.boundingBox();
    expect(Math.abs((after?.x ?? 0) - before.x)).toBeLessThan(3);
    expect(Math.abs((after?.y ?? 0) - before.y)).toBeLessThan(3);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    const map = await saveMap(page);
    expect(map.notes.find((saved) => saved.id === 'note-2')?.stageId).toBeNull();
  });

  test('edits, recolours and deletes a note with the keyboard; Undo brings it back', async ({ page }) => {
    await openFixture(page);
    const note = mapRegion(page).getByRole('note', { name: 'Note: Do we even know which agent a customer has?' });
    await note.focus();
    await page.keyboard.press('Enter');
    const editor = mapRegion(page).getByRole('textbox', { name: 'Note text' });
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Which agent does each customer have?');
    await page.keyboard.press('Enter');
    const renamed = mapRegion(page).getByRole('note', { name: 'Note: Which agent does each customer have?' });
    await expect(renamed).toBeFocused();
    await page.keyboard.press('c');
    await expect(renamed.getByRole('button', { name: /^Colour green/ })).toHaveCount(1);
    await page.keyboard.press('Delete');
    await expect(renamed).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(renamed).toHaveCount(1);
    const map = await saveMap(page);
    expect(map.notes.find((saved) => saved.text === 'Which agent does each customer have?')?.color).toBe('#bbf7d0');
  });
});
