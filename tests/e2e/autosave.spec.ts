import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseJourneyFile } from '../../shared/format';
import type { JourneyMap } from '../../shared/model/types';
import { editedMarker, gotoApp, mapTitleField, openFile, renameMap, saveMap } from './support/app-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');
const fixture = parseJourneyFile(new Uint8Array(readFileSync(fixturePath)));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;

const EDITED_TITLE = 'Auto insurance: after the workshop';

interface StoredDraft {
  draftId: string;
  title: string;
  fileName: string | null;
  writtenAt: string;
  draft: JourneyMap;
}

/** The drafts in the page's IndexedDB, read directly (never creating the database if it is missing). */
function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolveDrafts, reject) => {
        const request = indexedDB.open('journeymap');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolveDrafts([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolveDrafts([]);
            return;
          }
          const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          all.onsuccess = () => {
            db.close();
            resolveDrafts(all.result as StoredDraft[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

function recoveryDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Recover unsaved work' });
}

/** The map without `updatedAt`, which changes with every edit. */
function withoutUpdatedAt(map: JourneyMap): Omit<JourneyMap, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = map;
  return rest;
}

async function openFixtureAndRename(page: Page): Promise<void> {
  await gotoApp(page);
  await openFile(page, fixturePath);
  await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
  await renameMap(page, EDITED_TITLE);
  await expect(editedMarker(page)).toBeVisible();
}

test.describe('autosave and recovery', () => {
  test('a tab closed without saving is offered for recovery and restored exactly', async ({ page, context }) => {
    await openFixtureAndRename(page);
    // A draft is written about a second after the last edit.
    await expect.poll(() => storedDrafts(page).then((drafts) => drafts.map((draft) => draft.title)), { timeout: 3000 }).toEqual([EDITED_TITLE]);
    await expect(page.getByText(/^Draft saved \d/)).toBeVisible();
    await page.close({ runBeforeUnload: false });

    const next = await context.newPage();
    await gotoApp(next);
    const dialog = recoveryDialog(next);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: EDITED_TITLE })).toBeVisible();
    await expect(dialog).toContainText('auto-insurance.journeymap · written just now');
    await expect(dialog.getByRole('list', { name: `Changes in “${EDITED_TITLE}”` }).getByRole('listitem')).toHaveText([
      `Title changed from “${fixtureMap.title}” to “${EDITED_TITLE}”`,
    ]);

    await dialog.getByRole('button', { name: `Restore “${EDITED_TITLE}”` }).click();

    await expect(dialog).toBeHidden();
    await expect(mapTitleField(next)).toHaveValue(EDITED_TITLE);
    await expect(editedMarker(next)).toBeVisible();
    await expect(next.getByText('auto-insurance.journeymap', { exact: true })).toBeVisible();
    // This page's own draft now holds the restored map; the old one is gone.
    const [own, ...others] = await storedDrafts(next);
    expect(others).toEqual([]);
    expect(own?.title).toBe(EDITED_TITLE);

    const saved = await saveMap(next);
    const savedMap = parseJourneyFile(saved.text);
    expect(savedMap.ok).toBe(true);
    if (!savedMap.ok) return;
    expect(withoutUpdatedAt(savedMap.map)).toEqual(withoutUpdatedAt({ ...fixtureMap, title: EDITED_TITLE }));
    await expect(editedMarker(next)).toBeHidden();
    expect(await storedDrafts(next)).toEqual([]);
  });

  test('after a save, the next page offers nothing', async ({ page, context }) => {
    await openFixtureAndRename(page);
    await expect.poll(() => storedDrafts(page).then((drafts) => drafts.length), { timeout: 3000 }).toBe(1);

    await saveMap(page);
    await expect(editedMarker(page)).toBeHidden();
    await expect.poll(() => storedDrafts(page).then((drafts) => drafts.length)).toBe(0);
    await page.close({ runBeforeUnload: false });

    const next = await context.newPage();
    await gotoApp(next);
    // The recovery check runs as the page starts; give it time to have found something.
    await next.waitForTimeout(1000);
    await expect(recoveryDialog(next)).toHaveCount(0);
  });

  test('a tab still open keeps its draft to itself; it is offered once that tab is gone', async ({ page, context }) => {
    await openFixtureAndRename(page);
    await expect.poll(() => storedDrafts(page).then((drafts) => drafts.length), { timeout: 3000 }).toBe(1);

    const second = await context.newPage();
    await gotoApp(second);
    await second.waitForTimeout(1000);
    await expect(recoveryDialog(second)).toHaveCount(0);

    await page.close({ runBeforeUnload: false });
    const third = await context.newPage();
    await gotoApp(third);
    await expect(recoveryDialog(third).getByRole('heading', { name: EDITED_TITLE })).toBeVisible();
  });

  test('continuous typing writes a draft before the typing stops (at most 5 s of work at risk)', async ({ page }) => {
    await gotoApp(page);
    await openFile(page, fixturePath);
    await expect(mapTitleField(page)).toHaveValue(fixtureMap.title);
    const field = mapTitleField(page);

    // Type for about 7 s, committing the title every few keys, never pausing for the 1 s debounce.
    // The draft store is looked at after every commit; the draft was written between the last look that
    // found none and the first that found one, so the bound is judged on the last empty look.
    const started = Date.now();
    let firstCommitAt: number | null = null;
    let lastEmptyLookAt = started;
    let firstDraft: { afterMs: number; title: string } | null = null;
    let typed = '';
    for (let round = 1; Date.now() - started < 7000; round++) {
      await field.focus();
      await field.press('End');
      const keys = ` w${round}`;
      await page.keyboard.type(keys, { delay: 100 });
      typed += keys;
      await field.press('Enter');
      firstCommitAt ??= Date.now();
      if (!firstDraft) {
        const lookedAt = Date.now();
        const [draft] = await storedDrafts(page);
        if (draft) firstDraft = { afterMs: lookedAt - started, title: draft.title };
        else lastEmptyLookAt = lookedAt;
      }
    }
    const typingStoppedAfter = Date.now() - started;

    expect(firstDraft, 'a draft was written while the typing went on').not.toBeNull();
    expect(firstDraft?.afterMs ?? Infinity).toBeLessThan(typingStoppedAfter);
    // The autosave's max-wait writes at most 5 s after the first unsaved edit; 1 s of slack for timers
    // that fire late on a loaded machine.
    expect(lastEmptyLookAt - (firstCommitAt ?? started)).toBeLessThanOrEqual(6000);
    expect(firstDraft?.title.startsWith(fixtureMap.title)).toBe(true);
    expect(firstDraft?.title.length).toBeLessThan(`${fixtureMap.title}${typed}`.length);
  });
});
