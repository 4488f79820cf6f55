import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analyzeJourney } from '../../shared/analysis';
import { parseJourneyFile } from '../../shared/format';
import { gotoApp, openFile, toolbarButton } from './support/app-page';
import { mapRegion, touchpointCard } from './support/map-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');
const fixture = parseJourneyFile(new Uint8Array(readFileSync(fixturePath)));
if (!fixture.ok) throw new Error(`The fixture does not parse: ${fixture.error.message}`);
const fixtureMap = fixture.map;
const findings = analyzeJourney(fixtureMap);

function messageOf(code: string, subjectId: string): string {
  const finding = findings.find((candidate) => candidate.code === code && candidate.subject.id === subjectId);
  if (!finding) throw new Error(`The fixture has no ${code} finding for ${subjectId}`);
  return finding.message;
}

function findingsPanel(page: Page) {
  return page.getByRole('region', { name: 'Findings' });
}

async function openFixtureFindings(page: Page): Promise<void> {
  await gotoApp(page);
  await openFile(page, fixturePath);
  await expect(mapRegion(page)).toBeVisible();
  await page.getByRole('tab', { name: `Findings (${findings.length})` }).click();
  await expect(findingsPanel(page)).toBeVisible();
}

test.describe('diagnosis: findings and the org chart', () => {
  test('lists every finding of the auto-insurance map, grouped by stage', async ({ page }) => {
    await openFixtureFindings(page);
    const panel = findingsPanel(page);

    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(fixtureMap.stages.map((stage) => stage.name));
    await expect(panel.getByRole('listitem')).toHaveCount(findings.length);
    for (const finding of findings) await expect(panel.getByRole('button', { name: finding.message, exact: true })).toBeVisible();

    const clash = panel.getByRole('button', { name: messageOf('conflicting-messages', 'stage-use'), exact: true });
    await expect(clash).toContainText('Home-insurance cross-sell offer');
    await expect(clash).toContainText('Non-renewal (cancellation) notice');
    await expect(clash).toContainText('day 300');
  });

  test('a quick fix removes its finding and Ctrl+Z brings it back', async ({ page }) => {
    await openFixtureFindings(page);
    const panel = findingsPanel(page);
    const split = messageOf('split-ownership', 'stage-buy');
    const item = panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: split, exact: true }) });

    await item.getByRole('combobox', { name: 'Silo to make accountable for Quote & buy' }).selectOption({ label: 'Underwriting' });
    await item.getByRole('button', { name: 'Make Underwriting accountable' }).click();

    await expect(panel.getByRole('button', { name: split, exact: true })).toHaveCount(0);
    await expect(panel.getByRole('status')).toHaveText('Underwriting is now accountable for Quote & buy.');
    await expect(page.getByText('● Edited', { exact: true })).toBeVisible();

    await page.keyboard.press('Control+z');

    await expect(panel.getByRole('button', { name: split, exact: true })).toBeVisible();
    await expect(page.getByText('● Edited', { exact: true })).toBeHidden();
  });

  test('a finding selects what it is about and brings it into view on the map', async ({ page }) => {
    await openFixtureFindings(page);
    await findingsPanel(page).getByRole('button', { name: messageOf('unowned-touchpoint', 'tp-app-setup'), exact: true }).click();

    await expect(touchpointCard(page, 'App account set-up')).toBeFocused();
    await expect(touchpointCard(page, 'App account set-up')).toBeInViewport();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('App account set-up');
  });

  test('the org chart shows who delivers each stage', async ({ page }) => {
    await gotoApp(page);
    await openFile(page, fixturePath);
    await expect(mapRegion(page)).toBeVisible();

    const toggle = toolbarButton(page, 'Org chart');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(mapRegion(page)).toHaveCount(0);

    const table = page.getByRole('table', { name: 'Touchpoints per silo and stage' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveText([...fixtureMap.silos.map((silo) => silo.name), 'No owner']);
    await expect(table.getByRole('columnheader').filter({ hasText: 'Renew or leave' })).toContainText('Split');
    await expect(table.getByRole('columnheader').filter({ hasText: 'Renew or leave' })).toContainText('No shared metric');
    await expect(table.getByRole('button', { name: 'Claims in Claim: 3 touchpoints, Accountable' })).toBeVisible();

    await table.getByRole('button', { name: 'Sales & Agents in Quote & buy: 2 touchpoints' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('2 touchpoints selected');

    await toggle.click();
    await expect(mapRegion(page)).toBeVisible();
    await expect(table).toHaveCount(0);
  });
});
