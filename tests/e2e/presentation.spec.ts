import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { analyzeJourney, findingTitle, plainExplanation, severityLabel } from '../../shared/analysis';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import { addSilo, addStage, addTouchpoint, createEmptyMap, newSilo, newStage, newTouchpoint } from '../../shared/model';
import type { JourneyMap } from '../../shared/model/types';
import { AUTO_INSURANCE_TEMPLATE } from '../../shared/templates/auto-insurance';
import { drawnContrast, MIN_PROJECTOR_CONTRAST, type PaintLayer } from '../../renderer/presentation/contrast';
import { editedMarker, gotoApp, mapTitleField, openFile, saveMap, toolbar, toolbarButton } from './support/app-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');
const fixture = parseJourneyFile(new Uint8Array(readFileSync(fixturePath)));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;
const findings = analyzeJourney(fixtureMap);
const stageNames = fixtureMap.stages.map((stage) => stage.name);

test.use({ viewport: { width: 1920, height: 1080 } });

function presentation(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Presentation' });
}

function announcement(page: Page): Locator {
  return presentation(page).getByRole('status');
}

async function openFixture(page: Page): Promise<void> {
  await gotoApp(page);
  await openFile(page, fixturePath);
  await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
}

/** One visible piece of text in the presentation, as the room sees it. */
interface TextSample {
  text: string;
  /** The computed font size times every zoom and scale transform above it: the size actually drawn. */
  drawnSize: number;
  stageName: boolean;
  /** Inside a dimmed (aria-hidden) part: context for the focused stage, still to be readable. */
  dimmed: boolean;
  color: string;
  /** The background colour and opacity of every element the text sits in, nearest first, up to the page. */
  layers: PaintLayer[];
}

/** Every visible text node in the presentation with its drawn size and colours. */
function sampleText(page: Page, names: readonly string[] = stageNames): Promise<TextSample[]> {
  return presentation(page).evaluate((root, names) => {
    const samples: TextSample[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const scaleOf = (element: Element): number => {
      let scale = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.transform !== 'none') scale *= new DOMMatrixReadOnly(style.transform).a;
        const zoom = Number.parseFloat(style.zoom);
        if (Number.isFinite(zoom) && zoom > 0) scale *= zoom;
      }
      return scale;
    };
    const layersOf = (element: Element): PaintLayer[] => {
      const layers: PaintLayer[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        layers.push({ background: style.backgroundColor, opacity: Number.parseFloat(style.opacity) });
      }
      return layers;
    };
    /** Visually hidden text (screen-reader only) sits in a box of 1 × 1 px or less. */
    const visuallyHidden = (element: Element): boolean => {
      for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
        const box = node.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || !element || element.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const onScreen = box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
      if (box.width <= 1 || box.height <= 1 || !onScreen || !element.checkVisibility({ visibilityProperty: true }) || visuallyHidden(element)) continue;
      samples.push({
        text,
        drawnSize: Number.parseFloat(getComputedStyle(element).fontSize) * scaleOf(element),
        stageName: element.closest('h2') !== null && names.includes(text),
        dimmed: element.closest('[aria-hidden="true"]') !== null,
        color: getComputedStyle(element).color,
        layers: layersOf(element),
      });
    }
    return samples;
  }, names);
}

function describeLayers(layers: readonly PaintLayer[]): string {
  return layers
    .filter((layer) => layer.opacity < 1 || !/^(?:transparent|rgba\(.*,\s*0\))$/.test(layer.background))
    .map((layer) => (layer.opacity < 1 ? `${layer.background} at ${layer.opacity}` : layer.background))
    .join(' / ');
}

/**
 * Every visible text at least 24 px (stage names 32 px) and at least 7:1 contrast as drawn: over the
 * colours behind it and faded by any opacity on the way, dimmed stages included.
 */
async function expectReadableFromTheBack(page: Page, names: readonly string[] = stageNames): Promise<TextSample[]> {
  const samples = await sampleText(page, names);
  expect(samples.length).toBeGreaterThan(10);
  const tooSmall = samples.filter((sample) => sample.drawnSize < 24 - 0.01).map((sample) => `${sample.text} (${sample.drawnSize}px)`);
  expect(tooSmall, 'text drawn smaller than 24 px').toEqual([]);
  const stageNameSamples = samples.filter((sample) => sample.stageName);
  expect(stageNameSamples.length).toBeGreaterThan(0);
  const smallNames = stageNameSamples.filter((sample) => sample.drawnSize < 32 - 0.01).map((sample) => `${sample.text} (${sample.drawnSize}px)`);
  expect(smallNames, 'stage names drawn smaller than 32 px').toEqual([]);
  const lowContrast = samples
    .map((sample) => ({ sample, ratio: drawnContrast(sample.color, sample.layers) }))
    .filter(({ ratio }) => ratio < MIN_PROJECTOR_CONTRAST)
    .map(({ sample, ratio }) => `${sample.text}: ${ratio.toFixed(2)}:1 (${sample.color} on ${describeLayers(sample.layers)})`);
  expect(lowContrast, 'text below 7:1 contrast').toEqual([]);
  return samples;
}

function touchpointCount(count: number): string {
  return count === 1 ? '1 touchpoint' : `${count} touchpoints`;
}

/** A map bigger than any template: `stages` stages, `silos` silos and a few touchpoints in most cells. */
function generatedMap(stages: number, silos: number): JourneyMap {
  let map = createEmptyMap({ title: 'A big generated map', now: '2026-11-02T10:00:00.000Z' });
  for (let index = 0; index < stages; index++) map = addStage(map, newStage({ name: `Stage ${index + 1} with a longer name` }));
  for (let index = 0; index < silos; index++) map = addSilo(map, newSilo(map, { name: `Department ${index + 1}` }));
  map.stages.forEach((stage, column) =>
    map.silos.forEach((silo, lane) => {
      for (let card = 0; card < (column + lane) % 4; card++) {
        map = addTouchpoint(map, newTouchpoint({ stageId: stage.id, siloId: silo.id, title: `Touchpoint ${column + 1}.${lane + 1}.${card + 1} for the customer` }));
      }
    }),
  );
  return map;
}

test.describe('presentation mode: running the workshop from the map', () => {
  test('F5 presents the map, the arrows step through the stages with their problems, and Esc changes nothing', async ({ page }) => {
    await openFixture(page);
    await expect(editedMarker(page)).toBeHidden();

    await page.keyboard.press('F5');
    await expect(presentation(page)).toBeVisible();
    await expect(toolbar(page)).toBeHidden();
    await expect(announcement(page)).toHaveText(`Whole map: 6 stages, ${findings.length} problems. Press the right arrow for the first stage.`);

    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(/^Stage 1 of 6: Discover — /);
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(/^Stage 2 of 6: Quote & buy — Split ownership, .*\(5 problems\)\.$/);
    await expect(presentation(page).getByText('Stage 2 of 6', { exact: true })).toBeVisible();

    const callouts = page.getByRole('complementary', { name: 'Problems in Quote & buy' });
    await expect(callouts).toBeVisible();
    const split = findings.find((finding) => finding.code === 'split-ownership' && finding.stageId === 'stage-buy');
    if (!split) throw new Error('The fixture has no split ownership in Quote & buy');
    const splitCallout = callouts.getByRole('listitem').filter({ hasText: findingTitle(split.code) });
    await expect(splitCallout).toBeVisible();
    await expect(splitCallout).toContainText(severityLabel(split.severity));
    await expect(splitCallout).toContainText(plainExplanation(split, fixtureMap));
    await expect(callouts.getByRole('listitem')).toHaveCount(findings.filter((finding) => finding.stageId === 'stage-buy').length);

    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(/^Stage 3 of 6: Onboard — /);
    await expect(page.getByRole('complementary', { name: 'Problems in Onboard' })).toContainText('Nobody is responsible for “App account set-up” in Onboard');

    await page.keyboard.press('Escape');
    await expect(presentation(page)).toHaveCount(0);
    await expect(toolbar(page)).toBeVisible();
    await expect(editedMarker(page)).toBeHidden();
    const saved = await saveMap(page);
    const reloaded = parseJourneyFile(saved.text);
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) expect(reloaded.map).toEqual(fixtureMap);
  });

  test('the Present button starts it too, and clicker keys (Page Down, Page Up, Home, End) drive it', async ({ page }) => {
    await openFixture(page);
    await toolbarButton(page, 'Present').click();
    await expect(presentation(page)).toBeVisible();
    await page.keyboard.press('End');
    await expect(announcement(page)).toHaveText(/^Stage 6 of 6: Renew or leave — /);
    await page.keyboard.press('PageUp');
    await expect(announcement(page)).toHaveText(/^Stage 5 of 6: Claim — /);
    await page.keyboard.press('PageDown');
    await expect(announcement(page)).toHaveText(/^Stage 6 of 6: /);
    await page.keyboard.press('Home');
    await expect(announcement(page)).toHaveText(/^Whole map: /);
    await page.keyboard.press('Escape');
    await expect(toolbarButton(page, 'Present')).toBeFocused();
  });

  test('every visible text is at least 24 px, stage names 32 px, and 7:1 contrast, on the whole map and on a stage', async ({ page }) => {
    await openFixture(page);
    await page.keyboard.press('F5');
    await expect(presentation(page)).toBeVisible();

    const overview = await expectReadableFromTheBack(page);
    for (const name of stageNames) expect(overview.some((sample) => sample.stageName && sample.text === name)).toBe(true);
    // This map fits at full size, cards and all.
    expect(overview.some((sample) => sample.text === 'TV and search ads')).toBe(true);
    await expect(presentation(page).getByRole('columnheader')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('complementary', { name: 'Problems in Quote & buy' })).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByRole('timer')).toBeVisible();
    const stage = await expectReadableFromTheBack(page);
    const focusedName = stage.find((sample) => sample.stageName && sample.text === 'Quote & buy');
    expect(focusedName?.dimmed).toBe(false);
    expect(stage.some((sample) => sample.stageName && sample.dimmed)).toBe(true);
  });

  test('a map too big for the screen at full size shows a condensed whole map, still 24 px and 7:1, and stages as before', async ({ page }) => {
    const template = AUTO_INSURANCE_TEMPLATE.create('2026-11-02T10:00:00.000Z');
    const names = template.stages.map((stage) => stage.name);
    await gotoApp(page);
    await page.getByRole('button', { name: 'Start from a template…' }).click();
    await page.getByRole('button', { name: 'Auto insurance: policy lifecycle' }).click();
    await expect(mapTitleField(page)).toHaveValue(template.title);
    await page.keyboard.press('F5');
    await expect(presentation(page)).toBeVisible();

    const overview = await expectReadableFromTheBack(page, names);
    for (const name of names) expect(overview.some((sample) => sample.stageName && sample.text === name)).toBe(true);
    const whole = presentation(page).getByRole('region', { name: 'The whole map' });
    // Each stage says how it stands in words and how many touchpoints it has, in all and per silo.
    const buy = template.stages.find((stage) => stage.name === 'Quote & buy');
    const buyProblems = analyzeJourney(template).filter((finding) => finding.stageId === buy?.id).length;
    const inBuy = template.touchpoints.filter((touchpoint) => touchpoint.stageId === buy?.id);
    const buyHeader = whole.getByRole('columnheader', { name: /^Quote & buy\b/ });
    await expect(buyHeader).toContainText(`Critical: ${buyProblems} problems`);
    await expect(buyHeader).toContainText(touchpointCount(inBuy.length));
    for (const silo of template.silos) {
      const count = inBuy.filter((touchpoint) => touchpoint.siloId === silo.id).length;
      await expect(whole.getByRole('cell', { name: `${silo.name} in Quote & buy: ${count === 0 ? 'no touchpoints' : touchpointCount(count)}` })).toBeVisible();
    }
    const box = await whole.boundingBox();
    const scroll = await whole.evaluate((element) => ({ width: element.scrollWidth - element.clientWidth, height: element.scrollHeight - element.clientHeight }));
    expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
    expect(scroll).toEqual({ width: 0, height: 0 });

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('complementary', { name: 'Problems in Quote & buy' })).toBeVisible();
    const stage = await expectReadableFromTheBack(page, names);
    expect(stage.some((sample) => sample.stageName && sample.dimmed)).toBe(true);
    await expect(presentation(page).getByRole('listitem').filter({ hasText: inBuy[0]?.title ?? '' }).first()).toBeVisible();
  });

  test('a very big map is condensed into bands that scroll with ↑ / ↓, never drawn below 24 px', async ({ page }) => {
    const map = generatedMap(16, 20);
    const names = map.stages.map((stage) => stage.name);
    await gotoApp(page);
    await openFile(page, { name: 'big.journeymap', mimeType: 'application/json', buffer: Buffer.from(serializeJourneyFile(map)) });
    await expect(mapTitleField(page)).toHaveValue(map.title);
    await page.keyboard.press('F5');
    await expect(presentation(page)).toBeVisible();

    const top = await expectReadableFromTheBack(page, names);
    expect(top.some((sample) => sample.stageName && sample.text === names[0])).toBe(true);
    const whole = presentation(page).getByRole('region', { name: 'The whole map' });
    expect(await whole.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const last = whole.getByRole('heading', { level: 2, name: names.at(-1) });
    await expect(last).not.toBeInViewport();
    for (let press = 0; press < 12; press++) await page.keyboard.press('ArrowDown');
    await expect(last).toBeInViewport();
    await expectReadableFromTheBack(page, names);
  });

  test('F hides and shows the callouts', async ({ page }) => {
    await openFixture(page);
    await page.keyboard.press('F5');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('complementary', { name: 'Problems in Discover' })).toBeVisible();
    await page.keyboard.press('f');
    await expect(page.getByRole('complementary', { name: 'Problems in Discover' })).toHaveCount(0);
    await expect(announcement(page)).toHaveText('Findings hidden');
    await page.keyboard.press('f');
    await expect(page.getByRole('complementary', { name: 'Problems in Discover' })).toBeVisible();
  });

  test('B blanks the screen and B brings it back', async ({ page }) => {
    await openFixture(page);
    await page.keyboard.press('F5');
    await page.keyboard.press('ArrowRight');
    const stageName = presentation(page).getByRole('heading', { level: 2, name: 'Discover' });
    await expect(stageName).toBeVisible();

    await page.keyboard.press('b');
    await expect(announcement(page)).toHaveText('Screen blanked — press B to return');
    const blank = await page.evaluate(() => {
      const covering = [[10, 10], [960, 540], [1900, 1070]].map(([x = 0, y = 0]) => document.elementFromPoint(x, y));
      const element = covering[0];
      return {
        background: element ? getComputedStyle(element).backgroundColor : null,
        coversTheScreen: covering.every((hit) => hit !== null && hit === element && hit.closest('[role="dialog"]') !== null),
        textOnlyForScreenReaders: element?.textContent === '' || element?.querySelector('p')?.getBoundingClientRect().width === 1,
      };
    });
    expect(blank).toEqual({ background: 'rgb(0, 0, 0)', coversTheScreen: true, textOnlyForScreenReaders: true });
    await expect(presentation(page).getByRole('heading', { level: 2, name: 'Discover' })).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('b');
    await expect(stageName).toBeVisible();
    await expect(announcement(page)).toHaveText(/^Screen restored\. Stage 1 of 6: Discover/);
  });

  test('T starts the workshop timer and its display counts down; M sets its minutes', async ({ page }) => {
    await openFixture(page);
    await page.keyboard.press('F5');
    await page.keyboard.press('m');
    const minutes = presentation(page).getByRole('spinbutton', { name: 'Timer minutes' });
    await expect(minutes).toBeFocused();
    await minutes.fill('3');
    await minutes.press('Enter');
    const timer = presentation(page).getByRole('timer');
    await expect(timer).toHaveText('03:00');

    await page.keyboard.press('t');
    await expect(presentation(page).getByText('Timer running', { exact: true })).toBeVisible();
    await expect(timer).not.toHaveText('03:00', { timeout: 5_000 });
    await expect(timer).toHaveText(/^02:5\d$/);

    await page.keyboard.press('t');
    await expect(presentation(page).getByText('Timer paused', { exact: true })).toBeVisible();
    const paused = await timer.textContent();
    await page.waitForTimeout(1_500);
    await expect(timer).toHaveText(paused ?? '');
  });
});
