import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analyzeJourney } from '../../shared/analysis';
import { parseJourneyFile } from '../../shared/format';
import type { PdfOptions, PdfPageFormat, PdfSections } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { pageSizeFor } from '../../shared/print/page-size';
import { severityCountsText } from '../../renderer/print/plan-poster';
import { planPrintDocument } from '../../renderer/print/print-plan';
import { generateJourneyMap } from '../support/map-generator';
import { cssLengthToPoints, normaliseText, pdfFonts, pdfInfo, pdfPageTexts, renderPagePng } from './support/pdf-tools';

const PRINT_JOB_KEY = 'journeymap:print-job';
/** The leadership-deck formats; the posters are one page each (see below). */
const DECK_FORMATS: PdfPageFormat[] = ['slide', 'a4', 'letter'];
const POSTER_FORMATS: PdfPageFormat[] = ['poster-a3', 'poster-tabloid'];
const ALL_SECTIONS: PdfSections = { cover: true, map: true, questions: true, stages: true, scorecard: true };

const fixture = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;
const fixtureFindings = analyzeJourney(fixtureMap);

/** A big map with the longest texts the format allows, so lists and paragraphs must continue over pages. */
function longContentMap(): JourneyMap {
  const map = generateJourneyMap({ touchpoints: 300, seed: 11, stages: 14, silos: 12 });
  const sentence = 'The customer compares offers, asks a friend, reads the small print and calls twice before deciding. ';
  const [firstStage, secondStage] = map.stages;
  const [firstTouchpoint] = map.touchpoints;
  const [firstSilo] = map.silos;
  if (firstStage === undefined || secondStage === undefined || firstTouchpoint === undefined || firstSilo === undefined) {
    throw new Error('The generated map is too small');
  }
  map.title = `${'Quarterly leadership review of the household policy journey '.repeat(3)}`.slice(0, 200);
  firstStage.description = `${sentence.repeat(20)}\n\n${sentence.repeat(15)}`;
  firstStage.customerGoal = sentence.repeat(5);
  firstTouchpoint.title = 'W'.repeat(200);
  firstSilo.name = 'Customer operations, claims handling and after-sales support for households'.slice(0, 100);
  const metric = secondStage.metrics[0];
  if (metric !== undefined) metric.definition = sentence.repeat(18);
  return map;
}

/** Opens the print view with a print job in session storage, as the exporter leaves it, and waits until it is laid out. */
async function openPrintView(page: Page, job: { map: JourneyMap; options: PdfOptions } | string): Promise<void> {
  const text = typeof job === 'string' ? job : JSON.stringify(job);
  await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [PRINT_JOB_KEY, text] as const);
  await page.goto('/index.html#/print');
}

async function waitForPrintReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
}

function expectContains(haystack: string, needle: string, what: string): void {
  expect(normaliseText(haystack).includes(normaliseText(needle)), `${what} "${needle}" is in the PDF text`).toBe(true);
}

/** Prints the open print view to a PDF and checks the page count, the page size and that every font is embedded. */
async function printAndCheck(page: Page, pdfPath: string, format: PdfPageFormat, expectedPages: number): Promise<string[]> {
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const info = await pdfInfo(pdfPath);
  expect(info.pages).toBe(expectedPages);
  const [cssWidth = '', cssHeight = ''] = pageSizeFor(format).cssSize.split(' ');
  expect(Math.abs(info.widthPt - cssLengthToPoints(cssWidth))).toBeLessThanOrEqual(1);
  expect(Math.abs(info.heightPt - cssLengthToPoints(cssHeight))).toBeLessThanOrEqual(1);
  const fonts = await pdfFonts(pdfPath);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.embedded, `font ${font.name} is embedded`).toBe(true);
  expect(fonts.some((font) => font.name.includes('Inter'))).toBe(true);
  return pdfPageTexts(pdfPath, info.pages);
}

/** Blocks taller than the planner reserved, and boxes that needed the shrink-to-fit fallback, on the open print view. */
async function layoutProblems(page: Page): Promise<{ overflowing: string[]; scaledDown: number }> {
  return page.evaluate(() => ({
    overflowing: [...document.querySelectorAll<HTMLElement>('[data-planned-height]')]
      .filter((block) => block.getBoundingClientRect().height > Number(block.dataset.plannedHeight) + 0.5)
      .map((block) => block.textContent?.slice(0, 80) ?? ''),
    scaledDown: document.querySelectorAll('[data-print-scaled]').length,
  }));
}

test.describe('the leadership-deck PDF', () => {
  for (const format of POSTER_FORMATS) {
    test(`${format}: one poster page, the whole map with its legend and the findings summary, vector text and embedded fonts`, async ({
      page,
    }, testInfo) => {
      // The deck's sections do not apply to a poster: every choice gives the same single page.
      const options: PdfOptions = { format, sections: { ...ALL_SECTIONS, stages: false } };
      const plan = planPrintDocument(fixtureMap, fixtureFindings, options);
      const [poster] = plan.pages;
      expect(plan.pages).toHaveLength(1);
      if (poster?.kind !== 'poster' || poster.poster.summary === null) throw new Error('the fixture should print as a poster with its summary');
      const named = poster.poster.summary.columns.flat().flatMap((block) => (block.kind === 'finding' ? [block.message] : []));
      expect(named.length).toBeGreaterThan(0);

      await openPrintView(page, { map: fixtureMap, options });
      await waitForPrintReady(page);
      await expect(page.locator('.pv-sheet')).toHaveCount(1);
      expect(await layoutProblems(page)).toEqual({ overflowing: [], scaledDown: 0 });

      const pdfPath = testInfo.outputPath(`poster-${format}.pdf`);
      const [text = ''] = await printAndCheck(page, pdfPath, format, 1);
      await testInfo.attach(`poster-${format}.pdf`, { path: pdfPath, contentType: 'application/pdf' });

      expectContains(text, 'Page 1 of 1', 'the footer');
      expectContains(text, fixtureMap.title, 'the poster title');
      for (const stage of fixtureMap.stages) expectContains(text, stage.name, 'stage');
      for (const silo of fixtureMap.silos) expectContains(text, silo.name, 'silo');
      for (const touchpoint of fixtureMap.touchpoints) expectContains(text, touchpoint.title, 'touchpoint');
      expectContains(text, 'Hand-off nobody owns', 'the legend');
      expectContains(text, 'What the diagnosis found', 'the findings summary');
      expectContains(text, severityCountsText(fixtureFindings), 'the findings counted by severity');
      for (const message of named) expectContains(text, message, 'a most serious problem');
      expectContains(text, fixtureMap.customer.name, 'the customer');
      expectContains(text, fixtureMap.intendedMemory, 'the intended memory');
      expect(normaliseText(text).includes(normaliseText('Questions to resolve'))).toBe(false);

      const png = await renderPagePng(pdfPath, 1, 50, testInfo.outputPath(`poster-${format}-page-1`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      await testInfo.attach(`poster-${format}-page-1.png`, { body: png, contentType: 'image/png' });
    });
  }

  for (const format of DECK_FORMATS) {
    test(`${format}: every section on ${pageSizeFor(format).label} pages, with vector text and embedded fonts`, async ({
      page,
    }, testInfo) => {
      const options: PdfOptions = { format, sections: ALL_SECTIONS };
      const plan = planPrintDocument(fixtureMap, fixtureFindings, options);
      const expectedPages = plan.pages.length;
      // Cover, map, at least one page of questions, one page or more per stage, the scorecard.
      expect(expectedPages).toBeGreaterThanOrEqual(3 + fixtureMap.stages.length + 1);

      await openPrintView(page, { map: fixtureMap, options });
      await waitForPrintReady(page);
      await expect(page.locator('.pv-sheet')).toHaveCount(expectedPages);
      const layout = await page.evaluate(() => ({
        overflowing: [...document.querySelectorAll<HTMLElement>('[data-planned-height]')]
          .filter((block) => block.getBoundingClientRect().height > Number(block.dataset.plannedHeight) + 0.5)
          .map((block) => block.textContent?.slice(0, 80) ?? ''),
        scaledDown: document.querySelectorAll('[data-print-scaled]').length,
      }));
      expect(layout.overflowing, 'no block is taller than the page planner reserved').toEqual([]);
      expect(layout.scaledDown, 'no page needed the shrink-to-fit fallback').toBe(0);

      const pdfPath = testInfo.outputPath(`leadership-deck-${format}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      await testInfo.attach(`leadership-deck-${format}.pdf`, { path: pdfPath, contentType: 'application/pdf' });

      const info = await pdfInfo(pdfPath);
      expect(info.pages).toBe(expectedPages);
      const [cssWidth = '', cssHeight = ''] = pageSizeFor(format).cssSize.split(' ');
      expect(Math.abs(info.widthPt - cssLengthToPoints(cssWidth))).toBeLessThanOrEqual(1);
      expect(Math.abs(info.heightPt - cssLengthToPoints(cssHeight))).toBeLessThanOrEqual(1);

      const pageTexts = await pdfPageTexts(pdfPath, info.pages);
      pageTexts.forEach((text, index) => {
        expect(text.trim().length, `page ${index + 1} has text (no blank page)`).toBeGreaterThan(0);
        expectContains(text, `Page ${index + 1} of ${info.pages}`, `the footer of page ${index + 1}`);
        expectContains(text, fixtureMap.title, `the footer of page ${index + 1}`);
      });
      const allText = pageTexts.join('\n');
      for (const stage of fixtureMap.stages) expectContains(allText, stage.name, 'stage');
      for (const silo of fixtureMap.silos) expectContains(allText, silo.name, 'silo');
      for (const touchpoint of fixtureMap.touchpoints) expectContains(allText, touchpoint.title, 'touchpoint');
      for (const finding of fixtureFindings) expectContains(allText, finding.message, 'finding');
      expectContains(pageTexts[0] ?? '', fixtureMap.customer.name, 'the cover names the customer');
      expectContains(pageTexts[0] ?? '', fixtureMap.intendedMemory, 'the cover names the intended memory');

      const fonts = await pdfFonts(pdfPath);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.embedded, `font ${font.name} is embedded`).toBe(true);
      expect(fonts.some((font) => font.name.includes('Inter'))).toBe(true);

      const png = await renderPagePng(pdfPath, 1, 50, testInfo.outputPath(`leadership-deck-${format}-page-1`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      await testInfo.attach(`leadership-deck-${format}-page-1.png`, { body: png, contentType: 'image/png' });
    });
  }

  for (const format of ['slide', 'a4'] as const) {
    test(`${format}: long lists and paragraphs continue on the next page and nothing is cut`, async ({ page }, testInfo) => {
      const map = longContentMap();
      const findings = analyzeJourney(map);
      const options: PdfOptions = { format, sections: ALL_SECTIONS };
      const expectedPages = planPrintDocument(map, findings, options).pages.length;

      await openPrintView(page, { map, options });
      await waitForPrintReady(page);
      const layout = await page.evaluate(() => ({
        overflowing: [...document.querySelectorAll<HTMLElement>('[data-planned-height]')].filter(
          (block) => block.getBoundingClientRect().height > Number(block.dataset.plannedHeight) + 0.5,
        ).length,
        scaledDown: document.querySelectorAll('[data-print-scaled]').length,
      }));
      expect(layout).toEqual({ overflowing: 0, scaledDown: 0 });

      const pdfPath = testInfo.outputPath(`long-content-${format}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      const info = await pdfInfo(pdfPath);
      expect(info.pages).toBe(expectedPages);
      const pageTexts = await pdfPageTexts(pdfPath, info.pages);
      pageTexts.forEach((text, index) => expect(text.trim().length, `page ${index + 1} has text`).toBeGreaterThan(0));
      const allText = pageTexts.join('\n');
      for (const touchpoint of map.touchpoints) expectContains(allText, touchpoint.title, 'touchpoint');
      for (const finding of findings) expectContains(allText, finding.message, 'finding');
      for (const stage of map.stages) {
        expectContains(allText, stage.description, `the description of ${stage.name}`);
        for (const metric of stage.metrics) expectContains(allText, metric.definition, `the definition of ${metric.name}`);
      }
    });
  }

  test('prints only the chosen sections and numbers only the printed pages', async ({ page }, testInfo) => {
    const options: PdfOptions = {
      format: 'slide',
      sections: { cover: false, map: true, questions: false, stages: false, scorecard: true },
    };
    const expectedPages = planPrintDocument(fixtureMap, fixtureFindings, options).pages.length;
    expect(expectedPages).toBe(2);

    await openPrintView(page, { map: fixtureMap, options });
    await waitForPrintReady(page);
    const pdfPath = testInfo.outputPath('map-and-scorecard.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });

    const info = await pdfInfo(pdfPath);
    expect(info.pages).toBe(2);
    const [mapPage = '', scorecardPage = ''] = await pdfPageTexts(pdfPath, 2);
    expectContains(mapPage, 'The whole map', 'the map page title');
    expectContains(mapPage, 'Page 1 of 2', 'the map page number');
    expectContains(scorecardPage, 'Silo × stage scorecard', 'the scorecard title');
    expectContains(scorecardPage, 'Page 2 of 2', 'the scorecard page number');
    expect(normaliseText(mapPage + scorecardPage).includes(normaliseText('Questions to resolve'))).toBe(false);
  });

  test('a print job that is not a valid map gets a plain error page, not a PDF of nothing', async ({ page }) => {
    const broken = { map: { ...fixtureMap, stages: 'not a list' }, options: { format: 'slide', sections: ALL_SECTIONS } };
    await openPrintView(page, JSON.stringify(broken));

    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'error');
    await expect(page.getByRole('alert')).toContainText('This map cannot be printed');
    await expect(page.locator('.pv-sheet')).toHaveCount(0);
  });
});
