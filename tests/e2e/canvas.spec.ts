import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  handoffs,
  mapRegion,
  siloHeader,
  siloHeaders,
  stageHeader,
  stageHeaders,
  touchpointCard,
  touchpointCards,
} from './support/map-page';
import { serializeJourneyFile } from '../../shared/format';
import { generateJourneyMap } from '../support/map-generator';

const FIXTURE = 'tests/fixtures/auto-insurance.journeymap';

interface SavedMap {
  stages: { id: string; name: string }[];
  silos: { id: string; name: string }[];
  touchpoints: { id: string; title: string; stageId: string; siloId: string | null }[];
  handoffs: { fromTouchpointId: string; toTouchpointId: string }[];
}

async function openFixture(page: Page): Promise<void> {
  await page.goto('/index.html');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(FIXTURE);
  await expect(touchpointCards(page)).toHaveCount(18);
}

/** Saves through the toolbar and returns the downloaded file's text. */
async function saveText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const path = await (await download).path();
  return readFile(path, 'utf8');
}

async function saveMap(page: Page): Promise<SavedMap> {
  return (JSON.parse(await saveText(page)) as { map: SavedMap }).map;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag in small steps (React Flow starts dragging one pointer step late). */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
  await page.mouse.up();
}

test.describe('the journey canvas', () => {
  test.beforeEach(async ({ page }) => {
    await openFixture(page);
  });

  test('shows the map as a grid with headers, cards and hand-offs', async ({ page }) => {
    await expect(stageHeaders(page)).toHaveCount(6);
    await expect(siloHeaders(page)).toHaveCount(8);
    await expect(siloHeader(page, 'No owner')).toBeVisible();
    await expect(handoffs(page)).toHaveCount(4);
    await expect(
      mapRegion(page).getByRole('group', {
        name: /^Hand-off from Online quote to Extra underwriting questions, cross-silo/,
      }),
    ).toHaveCount(1);
    await expect(mapRegion(page).getByRole('button', { name: 'Fit to map' })).toBeVisible();
  });

  test('moving a card to another lane changes its owner in the saved file', async ({ page }) => {
    const card = touchpointCard(page, 'TV and search ads');
    const lane = await siloHeader(page, 'Billing').boundingBox();
    const column = await stageHeader(page, 'Discover').boundingBox();
    if (!lane || !column) throw new Error('grid not visible');
    await drag(page, await centre(card), { x: column.x + column.width / 2, y: lane.y + lane.height / 2 });

    const moved = await card.boundingBox();
    const laneAfter = await siloHeader(page, 'Billing').boundingBox();
    if (!moved || !laneAfter) throw new Error('card or lane not visible');
    expect(moved.y).toBeGreaterThanOrEqual(laneAfter.y - 3);
    expect(moved.y + moved.height).toBeLessThanOrEqual(laneAfter.y + laneAfter.height + 3);
    await expect(card).toHaveAccessibleName(/In Discover, Billing$/);
    const saved = await saveMap(page);
    expect(saved.touchpoints.find((tp) => tp.title === 'TV and search ads')).toMatchObject({
      stageId: 'stage-discover',
      siloId: 'silo-billing',
    });
  });

  test('a card dragged and cancelled with Escape stays where it was', async ({ page }) => {
    const card = touchpointCard(page, 'Welcome pack');
    const before = await card.boundingBox();
    const from = await centre(card);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + i * 20, from.y - i * 25);
    await page.keyboard.press('Escape');
    await page.mouse.move(from.x + 180, from.y - 220);
    await page.mouse.up();
    const after = await card.boundingBox();
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThan(3);
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(3);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('a dragged card stays in its place while a copy of it follows the pointer, hidden from screen readers', async ({ page }) => {
    const card = touchpointCard(page, 'Welcome pack');
    const before = await card.boundingBox();
    if (!before) throw new Error('card not visible');
    const from = await centre(card);
    const ghost = mapRegion(page).locator('.jm-drag-ghost__node');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + i * 20, from.y - i * 25);
    await expect(ghost).toHaveCount(1);
    const copy = await ghost.boundingBox();
    if (!copy) throw new Error('no ghost');
    // The copy moved with the pointer (React Flow starts dragging one step late), the card did not.
    expect(Math.abs(copy.x - before.x - 140)).toBeLessThan(3);
    expect(Math.abs(copy.y - before.y + 175)).toBeLessThan(3);
    expect(copy.width).toBeCloseTo(before.width, 0);
    const during = await card.boundingBox();
    expect(Math.abs((during?.x ?? 0) - before.x)).toBeLessThan(1);
    expect(Math.abs((during?.y ?? 0) - before.y)).toBeLessThan(1);
    await expect(mapRegion(page).getByRole('button', { name: /^Welcome pack/ })).toHaveCount(1);
    // The pointer is over other cards, not the ghost: it still shows the closed hand.
    const other = touchpointCard(page, 'Online quote');
    const cursorOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).cursor);
    expect(await cursorOf(other)).toBe('grabbing');
    await page.mouse.up();
    await expect(ghost).toHaveCount(0);
    expect(await cursorOf(other)).not.toBe('grabbing');
  });

  test('a card held at the edge pans the map only when part of the map is off screen', async ({ page }) => {
    const viewport = page.locator('.react-flow__viewport');
    const pane = await mapRegion(page).locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const atEdge = { x: pane.x + pane.width - 6, y: pane.y + pane.height / 2 };
    /** Drags the card to the pane's right edge and holds it there; returns the viewport's transform before and after. */
    async function holdAtEdge(title: string): Promise<[string | null, string | null]> {
      const from = await centre(touchpointCard(page, title));
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) {
        await page.mouse.move(from.x + ((atEdge.x - from.x) * i) / 10, from.y + ((atEdge.y - from.y) * i) / 10);
      }
      const before = await viewport.getAttribute('style');
      await page.waitForTimeout(600);
      const after = await viewport.getAttribute('style');
      await page.keyboard.press('Escape');
      await page.mouse.up();
      return [before, after];
    }

    // Fitted: the whole map is in view, so holding a card at the edge leaves the map where it is.
    const [fittedBefore, fittedAfter] = await holdAtEdge('Agent call-back');
    expect(fittedAfter).toBe(fittedBefore);

    // Zoomed in, part of the map is off screen: holding a card at the edge pans towards it.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).first().click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).first().click();
    await page.waitForTimeout(400);
    const visible = await touchpointCards(page).evaluateAll((cards) => {
      const inView = cards.filter((card) => {
        const box = card.getBoundingClientRect();
        return box.left > 300 && box.right < 900 && box.top > 250 && box.bottom < 800;
      });
      return inView.map((card) => card.getAttribute('aria-label')?.split(',')[0] ?? '');
    });
    const title = visible[0];
    if (!title) throw new Error('no card in the middle of the zoomed-in map');
    const [zoomedBefore, zoomedAfter] = await holdAtEdge(title);
    expect(zoomedAfter).not.toBe(zoomedBefore);
  });

  test('reorders stages and silos by dragging their headers', async ({ page }) => {
    const discover = stageHeader(page, 'Discover');
    const onboard = await stageHeader(page, 'Onboard').boundingBox();
    if (!onboard) throw new Error('no Onboard header');
    await drag(page, await centre(discover), {
      x: onboard.x + onboard.width * 0.75,
      y: onboard.y + onboard.height / 2,
    });
    await expect(stageHeaders(page).first()).toHaveAccessibleName(/^Quote & buy\b/);

    const marketing = siloHeader(page, 'Marketing');
    const underwriting = await siloHeader(page, 'Underwriting').boundingBox();
    if (!underwriting) throw new Error('no Underwriting header');
    await drag(page, await centre(marketing), {
      x: underwriting.x + underwriting.width / 2,
      y: underwriting.y + underwriting.height * 0.75,
    });

    const saved = await saveMap(page);
    expect(saved.stages.map((stage) => stage.name)).toEqual([
      'Quote & buy',
      'Onboard',
      'Discover',
      'Use & pay',
      'Claim',
      'Renew or leave',
    ]);
    expect(saved.silos.map((silo) => silo.name).slice(0, 3)).toEqual(['Sales & Agents', 'Underwriting', 'Marketing']);
  });

  test('a card shows its hand-off handles under the pointer, and hand-offs meet those handles', async ({ page }) => {
    const from = touchpointCard(page, 'Online quote');
    const to = touchpointCard(page, 'Extra underwriting questions');
    const arrow = mapRegion(page)
      .getByRole('group', { name: /^Hand-off from Online quote to Extra underwriting questions/ })
      .locator('path.react-flow__edge-path');
    /** The screen point at a fraction of the arrow's path (0: where it leaves, 1: where it arrives). */
    const pointOnArrow = (at: number) =>
      arrow.evaluate((path: SVGPathElement, fraction) => {
        const point = path.getPointAtLength(path.getTotalLength() * fraction);
        const matrix = path.getScreenCTM();
        if (!matrix) throw new Error('the arrow is not rendered');
        const screen = new DOMPoint(point.x, point.y).matrixTransform(matrix);
        return { x: screen.x, y: screen.y };
      }, at);

    await page.mouse.move(2, 2);
    await expect(from.locator('.react-flow__handle')).toHaveCount(0);
    await from.hover();
    const source = from.locator('.react-flow__handle.source');
    await expect(source).toBeVisible();
    await expect(to.locator('.react-flow__handle')).toHaveCount(0);
    const sourceBox = await source.boundingBox();
    if (!sourceBox) throw new Error('no source handle');
    const start = await pointOnArrow(0);
    expect(Math.abs(start.x - (sourceBox.x + sourceBox.width))).toBeLessThan(1.5);
    expect(Math.abs(start.y - (sourceBox.y + sourceBox.height / 2))).toBeLessThan(1.5);

    await to.hover();
    await expect(from.locator('.react-flow__handle')).toHaveCount(0);
    const targetBox = await to.locator('.react-flow__handle.target').boundingBox();
    if (!targetBox) throw new Error('no target handle');
    const end = await pointOnArrow(1);
    // The arrowhead is drawn past the path's end, which stops at the handle's outer edge.
    expect(Math.abs(end.x - targetBox.x)).toBeLessThan(1.5);
    expect(Math.abs(end.y - (targetBox.y + targetBox.height / 2))).toBeLessThan(1.5);
  });

  test('connects two cards by dragging from a card handle', async ({ page }) => {
    const from = touchpointCard(page, 'Agent call-back');
    const to = touchpointCard(page, 'First invoice');
    await from.hover();
    const handle = from.locator('.react-flow__handle.source');
    await drag(page, await centre(handle), await centre(to), 15);
    await expect(handoffs(page)).toHaveCount(5);
    await expect(
      mapRegion(page).getByRole('group', { name: /^Hand-off from Agent call-back to First invoice, cross-silo/ }),
    ).toHaveCount(1);
    const saved = await saveMap(page);
    const ids = Object.fromEntries(saved.touchpoints.map((tp) => [tp.title, tp.id]));
    expect(saved.handoffs).toContainEqual(
      expect.objectContaining({ fromTouchpointId: ids['Agent call-back'], toTouchpointId: ids['First invoice'] }),
    );
  });

  test('undo and redo restore the saved file exactly', async ({ page }) => {
    const original = await saveText(page);
    const card = touchpointCard(page, 'First invoice');
    const target = await siloHeader(page, 'Claims').boundingBox();
    const from = await centre(card);
    if (!target) throw new Error('no Claims lane');
    await drag(page, from, { x: from.x, y: target.y + target.height / 2 });
    const moved = await saveText(page);
    expect(moved).not.toBe(original);

    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await saveText(page)).toBe(original);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await saveText(page)).toBe(moved);
  });

  test('double-clicking an empty cell adds a touchpoint there, ready to be named', async ({ page }) => {
    const lane = await siloHeader(page, 'Actuarial').boundingBox();
    const column = await stageHeader(page, 'Claim').boundingBox();
    if (!lane || !column) throw new Error('grid not visible');
    await page.mouse.dblclick(column.x + column.width / 2, lane.y + lane.height / 2);
    const title = mapRegion(page).getByRole('textbox', { name: 'Touchpoint title' });
    await expect(title).toBeFocused();
    await title.fill('Reserve review');
    await title.press('Enter');
    await expect(touchpointCard(page, 'Reserve review')).toHaveAccessibleName(/In Claim, Actuarial$/);
  });

  test('moves several selected cards together and deletes them in one undoable step', async ({ page }) => {
    await touchpointCard(page, 'Online quote').click();
    await touchpointCard(page, 'Agent call-back').click({ modifiers: ['Shift'] });
    await expect(page.getByRole('heading', { name: '2 touchpoints selected' })).toBeVisible();
    const lane = await siloHeader(page, 'Actuarial').boundingBox();
    if (!lane) throw new Error('no lane');
    const from = await centre(touchpointCard(page, 'Agent call-back'));
    await drag(page, from, { x: from.x, y: lane.y + lane.height / 2 });
    await expect(touchpointCard(page, 'Online quote')).toHaveAccessibleName(/In Quote & buy, Actuarial$/);
    await expect(touchpointCard(page, 'Agent call-back')).toHaveAccessibleName(/In Quote & buy, Actuarial$/);

    await page.keyboard.press('Delete');
    await expect(touchpointCards(page)).toHaveCount(16);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(touchpointCards(page)).toHaveCount(18);
  });

  test('copies and pastes a card into another cell with the keyboard shortcuts', async ({ page }) => {
    await touchpointCard(page, 'Retention call').click();
    await page.keyboard.press('Control+c');
    const lane = await siloHeader(page, 'Underwriting').boundingBox();
    const column = await stageHeader(page, 'Onboard').boundingBox();
    if (!lane || !column) throw new Error('grid not visible');
    await page.mouse.click(column.x + column.width / 2, lane.y + lane.height / 2);
    await page.keyboard.press('Control+v');
    await expect(mapRegion(page).getByRole('button', { name: /^Retention call\b/ })).toHaveCount(2);
    await expect(
      mapRegion(page).getByRole('button', { name: /^Retention call.*In Onboard, Underwriting$/ }),
    ).toHaveCount(1);
  });
});

test.describe('adding from the palette', () => {
  test('drags a new touchpoint from the palette into a cell', async ({ page }) => {
    await openFixture(page);
    const lane = await siloHeader(page, 'Underwriting').boundingBox();
    const column = await stageHeader(page, 'Renew or leave').boundingBox();
    if (!lane || !column) throw new Error('grid not visible');
    const palette = mapRegion(page).getByRole('toolbar', { name: 'Add to the map' });
    await palette.getByRole('button', { name: 'Add touchpoint' }).dragTo(mapRegion(page), {
      targetPosition: await relativeTo(mapRegion(page), {
        x: column.x + column.width / 2,
        y: lane.y + lane.height / 2,
      }),
    });
    const title = mapRegion(page).getByRole('textbox', { name: 'Touchpoint title' });
    await expect(title).toBeFocused();
    await title.fill('Re-rate on renewal');
    await title.press('Enter');
    await expect(touchpointCard(page, 'Re-rate on renewal')).toHaveAccessibleName(/In Renew or leave, Underwriting$/);
  });

  test('adds a stage and a silo with the palette buttons and names them in place', async ({ page }) => {
    await openFixture(page);
    await stageHeader(page, 'Claim').click();
    const palette = mapRegion(page).getByRole('toolbar', { name: 'Add to the map' });
    await palette.getByRole('button', { name: 'Add stage' }).click();
    const stageName = mapRegion(page).getByRole('textbox', { name: 'Stage name' });
    await stageName.fill('Repair');
    await stageName.press('Enter');
    await expect(stageHeaders(page).nth(5)).toHaveAccessibleName(/^Repair\b/);
    await palette.getByRole('button', { name: 'Add silo' }).click();
    const siloName = mapRegion(page).getByRole('textbox', { name: 'Silo name' });
    await siloName.fill('Partners');
    await siloName.press('Enter');
    await expect(siloHeader(page, 'Partners')).toBeVisible();
  });
});

test('selects cards with a shift-drag marquee', async ({ page }) => {
  await openFixture(page);
  const first = await touchpointCard(page, 'First notice of loss').boundingBox();
  const last = await touchpointCard(page, 'Claim payment').boundingBox();
  if (!first || !last) throw new Error('cards not visible');
  await page.keyboard.down('Shift');
  await drag(page, { x: first.x - 6, y: first.y - 6 }, { x: last.x + last.width + 6, y: last.y + last.height + 6 });
  await page.keyboard.up('Shift');
  await expect(page.getByRole('heading', { name: '3 touchpoints selected' })).toBeVisible();
});

test('edits a touchpoint in the inspector and the card shows it', async ({ page }) => {
  await openFixture(page);
  await touchpointCard(page, 'Welcome pack').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Email' });
  const day = inspector.getByRole('spinbutton', { name: 'Day' });
  await day.fill('9');
  await day.press('Enter');
  await expect(touchpointCard(page, 'Welcome pack')).toHaveAccessibleName(/^Welcome pack, Email, .*day 9/);
  await expect(touchpointCard(page, 'Welcome pack')).toContainText('Day 9');
});

test('drags a card on a 1,000-touchpoint map as one undoable step', async ({ page }, testInfo) => {
  // Frame times are measured by `npm run bench`; this checks that the big map works end to end, so it is
  // given time to do so on a busy two-core CI machine.
  test.slow();
  const file = testInfo.outputPath('big.journeymap');
  await writeFile(file, serializeJourneyFile(generateJourneyMap({ touchpoints: 1000, seed: 11 })));
  await page.goto('/index.html');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(touchpointCards(page)).toHaveCount(1000, { timeout: 30_000 });

  // The card nearest the middle of the window, dragged well away from the edges (no auto-pan).
  const boxes = await touchpointCards(page).evaluateAll((cards) =>
    cards.map(
      (card) => card.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number },
    ),
  );
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const middle = { x: viewport.width * 0.4, y: viewport.height * 0.5 };
  const box = boxes.sort(
    (a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
  )[0];
  if (!box) throw new Error('no card');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(page, from, { x: from.x + 150, y: from.y + 120 }, 10);
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(undo).toBeDisabled();
  await expect(touchpointCards(page)).toHaveCount(1000);
});

test('a zoomed-out big map draws cards as named blocks, and their text comes back when zoomed in', async ({
  page,
}, testInfo) => {
  test.slow();
  const map = generateJourneyMap({ touchpoints: 1000, seed: 11 });
  const file = testInfo.outputPath('big.journeymap');
  await writeFile(file, serializeJourneyFile(map));
  await page.goto('/index.html');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(touchpointCards(page)).toHaveCount(1000, { timeout: 30_000 });

  // Fitted, the whole map is far too small to read: cards are blocks without text, yet keep their names.
  const first = map.touchpoints[0];
  if (!first) throw new Error('no touchpoint');
  const card = page.locator(`.react-flow__node[data-id="tp:${first.id}"]`);
  await expect(card).toHaveAccessibleName(new RegExp(`^${first.title}\\b`));
  await expect(card.locator('.jm-card--far')).toHaveCount(1);
  await expect(card).not.toContainText(first.title);
  await expect(page.locator('.jm-card__title')).toHaveCount(0);

  // Zoomed in around that card, it shows its title again.
  const box = await card.boundingBox();
  if (!box) throw new Error('card not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 12 && (await card.locator('.jm-card--far').count()) > 0; step++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(100);
  }
  await expect(card.locator('.jm-card--far')).toHaveCount(0);
  await expect(card).toContainText(first.title);
});

/** A page point as a position inside `locator` (for `dragTo`). */
async function relativeTo(locator: Locator, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: point.x - box.x, y: point.y - box.y };
}
