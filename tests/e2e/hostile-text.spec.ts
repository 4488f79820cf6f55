import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import type { JourneyMap } from '../../shared/model/types';
import { gotoApp, openFile } from './support/app-page';
import { mapRegion, stageHeader, touchpointCard, touchpointCards } from './support/map-page';

/**
 * Reliability row 11: hostile text in titles, notes and comments renders inert — no script runs,
 * no image loads, no link opens — and very long strings do not break the layout.
 */
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">click me</a>';
const LONG = 'W'.repeat(10_000);

async function hostileMap(): Promise<JourneyMap> {
  const parsed = parseJourneyFile(await readFile('tests/fixtures/auto-insurance.journeymap'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const map = structuredClone(parsed.map);
  const [first, second, third] = map.touchpoints;
  if (!first || !second || !third || !map.stages[0] || !map.silos[0]) throw new Error('fixture changed');
  first.title = `${IMG} quote`;
  second.title = `${LINK} javascript:alert(1)`;
  third.title = LONG.slice(0, 200);
  third.description = LONG;
  map.stages[0].name = `${SCRIPT}Discover`.slice(0, 100);
  map.silos[0].lead = IMG;
  map.notes = [{ id: 'note-hostile', text: `${IMG} ${LINK}`, color: '#fde68a', stageId: null }];
  map.comments = [
    {
      id: 'comment-hostile',
      author: IMG,
      createdAt: '2026-11-02T12:00:00.000Z',
      text: `${LINK} ${LONG}`.slice(0, 10_000),
      resolved: false,
      target: { kind: 'map', id: null },
    },
  ];
  return map;
}

test('hostile text renders as inert text, opens nothing and keeps the layout', async ({ page, context }) => {
  const dialogs: string[] = [];
  const popups: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('page', (popup) => popups.push(popup.url()));
  page.on('request', (request) => requests.push(request.url()));

  await gotoApp(page);
  const map = await hostileMap();
  await openFile(page, { name: 'hostile.journeymap', mimeType: 'application/json', buffer: Buffer.from(serializeJourneyFile(map)) });
  await expect(touchpointCards(page)).toHaveCount(map.touchpoints.length);

  // The markup shows as text, literally.
  await expect(touchpointCard(page, `${IMG} quote`)).toContainText('<img src=x onerror=');
  await expect(stageHeader(page, `${SCRIPT}Discover`)).toContainText(SCRIPT);
  // Clicking the would-be link text does nothing.
  await touchpointCard(page, LINK).click();
  await page.keyboard.press('Escape');

  // Nothing turned into markup anywhere on the page.
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
    links: [...document.querySelectorAll('a[href^="javascript:"]')].length,
  }));
  expect(injected).toEqual({ pwned: null, images: 0, scripts: 0, links: 0 });
  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  const appOrigin = new URL(page.url()).origin;
  expect(requests.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);

  // Layout holds: the long-titled card stays inside the map's own column width and cards do not overlap.
  const longCard = touchpointCard(page, 'WWWW');
  const longBox = await longCard.boundingBox();
  expect(longBox).not.toBeNull();
  if (longBox) expect(longBox.width).toBeLessThan(600);
  const boxes = await touchpointCards(page).evaluateAll((cards) =>
    cards.map((card) => card.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }),
  );
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) continue;
      const overlap = a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
      expect(overlap, `cards ${i} and ${j} overlap`).toBe(false);
    }
  }
  await expect(mapRegion(page)).toBeVisible();
});
