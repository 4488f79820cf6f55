import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analyzeJourney } from '../../shared/analysis';
import { CSV_COLUMNS, parseTouchpointsCsv } from '../../shared/csv';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/format';
import type { PdfOptions } from '../../shared/ipc/contract';
import type { JourneyMap } from '../../shared/model/types';
import { planPrintDocument } from '../../renderer/print/print-plan';
import { generateJourneyMap } from '../support/map-generator';
import {
  captureDownload,
  editedMarker,
  gotoApp,
  mapTitleField,
  openFile,
  renameMap,
  saveMap,
  toolbar,
  toolbarButton,
} from './support/app-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');
const fixture = parseJourneyFile(new Uint8Array(readFileSync(fixturePath)));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;

/** Each touchpoint as "stage | silo | title", in map order: what a CSV round trip must keep. */
function touchpointLines(map: JourneyMap): string[] {
  const stage = new Map(map.stages.map((item) => [item.id, item.name]));
  const silo = new Map(map.silos.map((item) => [item.id, item.name]));
  return map.touchpoints.map(
    (tp) => `${stage.get(tp.stageId) ?? '?'} | ${tp.siloId === null ? '' : (silo.get(tp.siloId) ?? '?')} | ${tp.title}`,
  );
}

/** Opens the toolbar's Export menu and chooses an item. */
async function chooseFromExportMenu(page: Page, item: string): Promise<void> {
  await toolbar(page).getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click();
}

/** Imports a CSV through the Export menu's import item and the browser's file picker. */
async function importCsv(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await chooseFromExportMenu(page, 'Import touchpoints from CSV…');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportPng(page: Page, scope: 'Whole map' | 'Current view'): Promise<Buffer> {
  await chooseFromExportMenu(page, 'PNG image…');
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  await dialog.getByRole('radio', { name: scope }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const finished = await download;
  expect(finished.suggestedFilename()).toBe(`${fixtureMap.title.replace(/:/g, ' -')}.png`);
  await expect(dialog).toBeHidden();
  return readFile(await finished.path());
}

test.describe('export and import', () => {
  test.beforeEach(async ({ page }) => {
    await gotoApp(page);
    await openFile(page, fixturePath);
    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
  });

  test('the touchpoints CSV re-imports as a new map with the same touchpoints', async ({ page }) => {
    const csv = await captureDownload(page, () => chooseFromExportMenu(page, 'Touchpoints as CSV'));
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.filter((line) => line !== '')).toHaveLength(1 + 18);
    const parsed = parseTouchpointsCsv(csv.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.title)).toEqual(fixtureMap.touchpoints.map((tp) => tp.title));
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${csv.name} (18 touchpoints).` })).toBeVisible();

    await toolbarButton(page, 'New').click();
    await expect(mapTitleField(page)).not.toHaveValue(fixtureMap.title);

    await importCsv(page, csv.name, csv.text);
    const dialog = page.getByRole('dialog', { name: 'Import touchpoints' });
    await expect(dialog).toContainText('18 rows ready');
    await expect(dialog.getByRole('table')).toContainText(fixtureMap.touchpoints[0]?.title ?? '');
    await dialog.getByRole('radio', { name: 'Open as a new map' }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Opened a new map with 18 touchpoints' })).toBeVisible();

    const saved = await saveMap(page);
    const reloaded = parseJourneyFile(saved.text);
    if (!reloaded.ok) throw new Error(reloaded.error.message);
    expect(touchpointLines(reloaded.map)).toEqual(touchpointLines(fixtureMap));
    expect(reloaded.map.stages.map((stage) => stage.name)).toEqual(
      fixtureMap.stages.filter((stage) => fixtureMap.touchpoints.some((tp) => tp.stageId === stage.id)).map((stage) => stage.name),
    );
  });

  test('an invalid CSV lists its problems row by row and imports only the good rows', async ({ page }) => {
    const text = ['stage,silo,title,channel,emotion', 'Buy,Sales,Quote online,web,1', 'Buy,Sales,Quote by fax,fax,0', 'Renew,,,email,7'].join('\n');
    await importCsv(page, 'broken.csv', text);

    const dialog = page.getByRole('dialog', { name: 'Import touchpoints' });
    await expect(dialog).toContainText('1 row ready, 2 rows with problems');
    const problems = dialog.getByRole('region', { name: 'Problems: these rows are left out' });
    await expect(problems.getByRole('listitem')).toHaveText([
      /^Row 3: channel "fax" is not one of web, app, email/,
      'Row 4: the title is missing.',
      'Row 4: emotion "7" is not a whole number from -2 to 2.',
    ]);
    await expect(dialog.getByRole('radio', { name: 'Open as a new map' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a CSV opens as a new map while a saved file with unsaved changes is open, after the offer to save them (as New)', async ({ page }) => {
    await renameMap(page, 'Renamed, not saved');
    await expect(editedMarker(page)).toBeVisible();
    await importCsv(page, 'workshop.csv', ['stage,silo,title', 'Buy,Sales,Quote online', 'Buy,Billing,First bill'].join('\n'));
    const dialog = page.getByRole('dialog', { name: 'Import touchpoints' });
    await dialog.getByRole('radio', { name: 'Open as a new map' }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();

    const question = page.getByRole('alertdialog', { name: 'Do you want to save the changes to “Renamed, not saved”?' });
    await question.getByRole('button', { name: "Don't Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(mapTitleField(page)).toHaveValue('workshop');
    await expect(editedMarker(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Opened a new map with 2 touchpoints' })).toBeVisible();
    const saved = await saveMap(page);
    expect(saved.name).toBe('workshop.journeymap');
  });

  test('a PNG of the canvas is twice the size of what it shows', async ({ page }) => {
    const flow = page.locator('.jm-canvas .react-flow');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const shown = await flow.evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));

    const view = pngSize(await exportPng(page, 'Current view'));
    expect(Math.abs(view.width - 2 * shown.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(view.height - 2 * shown.height)).toBeLessThanOrEqual(2);

    const mapSize = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.jm-canvas .react-flow__viewport');
      const grid = document.querySelector<HTMLElement>('.react-flow__node-grid');
      // Every node of the canvas: grid, headers, cards, the notes row, the emotion curve and the parking lot.
      const nodes = [...document.querySelectorAll<HTMLElement>('.jm-canvas .react-flow__node')];
      if (!viewport || !grid) throw new Error('no canvas');
      const zoom = grid.getBoundingClientRect().width / grid.offsetWidth;
      const rects = nodes.map((element) => element.getBoundingClientRect());
      const left = Math.min(...rects.map((rect) => rect.left));
      const right = Math.max(...rects.map((rect) => rect.right));
      return { width: (right - left) / zoom };
    });
    const whole = pngSize(await exportPng(page, 'Whole map'));
    // The whole map at 100 % zoom with 32 px of padding on each side, at 2×.
    expect(whole.width).toBeGreaterThanOrEqual(2 * (mapSize.width + 64) - 4);
    expect(whole.width).toBeLessThanOrEqual(2 * (mapSize.width + 64) + 40);
    await expect(page.getByRole('status').filter({ hasText: /^Downloaded .*\.png\./ })).toBeVisible();
  });

  test('the PDF dialog previews the page count, needs a section and remembers the format across a reload', async ({ page, context }) => {
    await chooseFromExportMenu(page, 'PDF…');
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await expect(dialog.getByRole('radio', { name: '16:9 slides' })).toBeChecked();
    const findings = analyzeJourney(fixtureMap);
    const all: PdfOptions = { format: 'slide', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } };
    await expect(dialog).toContainText(`About ${planPrintDocument(fixtureMap, findings, all).pages.length} pages, 16:9 slides`);

    await dialog.getByRole('radio', { name: 'A4 landscape' }).check();
    for (const section of ['Cover', 'The whole map', 'Questions to resolve', 'One page per stage', 'Scorecard']) {
      await dialog.getByRole('checkbox', { name: section }).uncheck();
    }
    await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
    await expect(dialog).toContainText('Choose at least one section');

    await dialog.getByRole('checkbox', { name: 'Scorecard' }).check();
    const chosen: PdfOptions = { format: 'a4', sections: { cover: false, map: false, questions: false, stages: false, scorecard: true } };
    await expect(dialog).toContainText(`About ${planPrintDocument(fixtureMap, findings, chosen).pages.length} page`);
    const popup = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await (await popup).close();
    await expect(dialog).toBeHidden();

    await page.reload();
    await expect(toolbar(page)).toBeVisible();
    await chooseFromExportMenu(page, 'PDF…');
    const again = page.getByRole('dialog', { name: 'Export PDF' });
    await expect(again.getByRole('radio', { name: 'A4 landscape' })).toBeChecked();
    await expect(again.getByRole('checkbox', { name: 'Scorecard' })).toBeChecked();
    await expect(again.getByRole('checkbox', { name: 'Cover' })).not.toBeChecked();
  });
});

test.describe('whole-map PNG of a big map', () => {
  /** Counts near-black, grey pixels (text) in each of `bands` vertical bands of a PNG, decoded by the browser. */
  async function textPixelsPerBand(page: Page, png: Buffer, bands: number): Promise<{ width: number; height: number; counts: number[] }> {
    return page.evaluate(
      async ({ base64, bands }) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context');
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const counts = new Array<number>(bands).fill(0);
        const bandWidth = bitmap.width / bands;
        for (let index = 0; index < data.length; index += 4) {
          const r = data[index] ?? 255;
          const g = data[index + 1] ?? 255;
          const b = data[index + 2] ?? 255;
          const grey = Math.max(r, g, b) - Math.min(r, g, b) < 24;
          if (grey && 0.3 * r + 0.59 * g + 0.11 * b < 70) {
            const x = (index / 4) % bitmap.width;
            const band = Math.min(bands - 1, Math.floor(x / bandWidth));
            counts[band] = (counts[band] ?? 0) + 1;
          }
        }
        return { width: bitmap.width, height: bitmap.height, counts };
      },
      { base64: png.toString('base64'), bands },
    );
  }

  test('holds the cards that are off screen, drawn in full detail, even zoomed in on a map that only draws what is visible', async ({ page }) => {
    test.setTimeout(240_000);
    // More than 1,500 canvas nodes: the canvas then draws only what is on screen.
    const map = generateJourneyMap({ touchpoints: 1_450, seed: 5, stages: 6, silos: 6 });
    map.title = 'Big map';
    await gotoApp(page);
    await openFile(page, { name: 'big.journeymap', mimeType: 'application/json', buffer: Buffer.from(serializeJourneyFile(map)) });
    await expect(mapTitleField(page)).toHaveValue('Big map');
    const cards = page.locator('.jm-canvas .react-flow__node-touchpoint');
    await expect(cards.first()).toBeAttached();

    // Zoomed in on the middle of the map: the cards on the left and right are off screen, so not drawn.
    for (let step = 0; step < 10; step += 1) await toolbarButton(page, 'Zoom in').click();
    // Each click animates the zoom: count the drawn cards once the count holds still.
    let drawnBefore = -1;
    await expect
      .poll(
        async () => {
          const count = await cards.count();
          const settled = count === drawnBefore && count < map.touchpoints.length / 2;
          drawnBefore = count;
          return settled;
        },
        { timeout: 20_000, intervals: [400] },
      )
      .toBe(true);

    await chooseFromExportMenu(page, 'PNG image…');
    const dialog = page.getByRole('dialog', { name: 'Export PNG' });
    await dialog.getByRole('radio', { name: 'Whole map' }).check();
    const download = page.waitForEvent('download', { timeout: 200_000 });
    await dialog.getByRole('button', { name: 'Export' }).click();
    const png = await readFile(await (await download).path());
    await expect(dialog).toBeHidden();

    // Every tenth of the image's width, from the silo headers on the left to the last stage on the right,
    // holds card titles: near-black text, which neither the empty grid nor cards drawn as blocks have.
    const { width, counts } = await textPixelsPerBand(page, png, 10);
    expect(width).toBeGreaterThan(8_000);
    const most = Math.max(...counts);
    expect(most).toBeGreaterThan(1_000);
    for (const [band, count] of counts.entries()) {
      expect(count, `text pixels in band ${band + 1} of 10 (all bands: ${counts.join(', ')})`).toBeGreaterThan(most / 10);
    }

    // Afterwards the canvas is back to drawing only what is on screen.
    await expect.poll(() => cards.count()).toBe(drawnBefore);
  });
});
