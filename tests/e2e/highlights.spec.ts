import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gotoApp, openFile } from './support/app-page';
import { handoffs, mapRegion, stageHeader, stageHeaders, touchpointCard } from './support/map-page';

const fixturePath = resolve('tests/fixtures/auto-insurance.journeymap');

/**
 * The stage headers of the auto-insurance map, worked out from diagnosis-rules.md (see
 * tests/unit/shared/analysis/analyze.auto-insurance.test.ts): status, the worst problem and how many findings.
 */
const STAGE_NAMES = [
  'Discover, stage 1 of 6, Note: Off target',
  'Quote & buy, stage 2 of 6, Warning: Split: Sales & Agents, Underwriting, 5 findings',
  'Onboard, stage 3 of 6, Critical: No shared metric, 5 findings',
  'Use & pay, stage 4 of 6, Critical: Conflicting messages, 4 findings',
  'Claim, stage 5 of 6, Warning: Unowned hand-off, 3 findings',
  'Renew or leave, stage 6 of 6, Critical: Split: Sales & Agents, Billing, Actuarial, 3 findings',
];

function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

async function openFixture(page: Page): Promise<void> {
  await gotoApp(page);
  await openFile(page, fixturePath);
  await expect(stageHeaders(page)).toHaveCount(6);
}

/** Selects a stage on the map and brings its fields up in the inspector. */
async function inspectStage(page: Page, name: string): Promise<void> {
  await stageHeader(page, name).click();
  const tab = page.getByRole('tab', { name: 'Inspector' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(inspector(page).getByRole('textbox', { name: 'Stage name' })).toHaveValue(name);
}

/** Adds a metric to the inspected stage, shared by `silos`. */
async function addSharedMetric(page: Page, name: string, silos: readonly string[]): Promise<Locator> {
  const panel = inspector(page);
  await panel.getByRole('button', { name: 'Add metric' }).click();
  const nameField = panel.getByRole('textbox', { name: 'Metric name' }).last();
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  await nameField.press('Enter');
  const metric = panel.getByRole('group', { name: new RegExp(`^Metric \\d+: ${name}$`) });
  const owners = metric.getByRole('group', { name: 'Owning silos' });
  for (const silo of silos) await owners.getByRole('checkbox', { name: silo, exact: true }).check();
  return metric;
}

test.describe('live highlights on the map', () => {
  test('each stage header shows its status in words and an icon, and its column is tinted', async ({ page }) => {
    await openFixture(page);
    for (const name of STAGE_NAMES) {
      const stage = name.slice(0, name.indexOf(', stage'));
      await expect(stageHeader(page, stage)).toHaveAccessibleName(name);
    }
    const renew = stageHeader(page, 'Renew or leave');
    await expect(renew).toContainText('Split: Sales & Agents, Billing, Actuarial');
    await expect(renew.locator('.jm-stage-badge')).toHaveAttribute('data-status', 'critical');
    await expect(renew.locator('.jm-stage-badge .jm-status-icon--critical')).toBeVisible();
    await expect(stageHeader(page, 'Discover').locator('.jm-stage-badge')).toHaveAttribute('data-status', 'note');
    await expect(mapRegion(page).locator('.jm-grid__status--critical')).toHaveCount(3);
    await expect(mapRegion(page).locator('.jm-grid__status--warning')).toHaveCount(2);
    await expect(mapRegion(page).locator('.jm-grid__status--note')).toHaveCount(1);
  });

  test('clashing cards, the unowned card and unowned hand-offs are marked in words', async ({ page }) => {
    await openFixture(page);
    const crossSell = touchpointCard(page, 'Home-insurance cross-sell offer');
    const cancel = touchpointCard(page, 'Non-renewal (cancellation) notice');
    await expect(crossSell).toContainText('Conflict');
    await expect(crossSell).toHaveAccessibleName(/Conflict: clashes with Non-renewal \(cancellation\) notice$/);
    await expect(cancel).toContainText('Conflict');
    await expect(cancel).toHaveAccessibleName(/Conflict: clashes with Home-insurance cross-sell offer$/);
    await expect(touchpointCard(page, 'Online quote')).not.toContainText('Conflict');

    const appSetup = touchpointCard(page, 'App account set-up');
    await expect(appSetup).toContainText('No owner');
    await expect(appSetup).toHaveAccessibleName(/No owner: no silo is responsible for it$/);

    const unowned = handoffs(page).filter({ has: page.locator('.jm-handoff__path--unowned') });
    await expect(unowned).toHaveCount(3);
    const referral = mapRegion(page).getByRole('group', {
      name: /^Hand-off from Online quote to Extra underwriting questions, cross-silo: Referral to underwriting, no owner\. Warning: unowned hand-off/,
    });
    await expect(referral).toContainText('No owner');
    const owned = mapRegion(page).getByRole('group', { name: /^Hand-off from First notice of loss to Adjuster visit/ });
    await expect(owned).not.toContainText('No owner');
  });

  test('making a silo accountable and sharing a metric update the badges as you edit', async ({ page }) => {
    await openFixture(page);
    await inspectStage(page, 'Quote & buy');
    await inspector(page).getByRole('combobox', { name: 'Accountable silo' }).selectOption({ label: 'Sales & Agents' });
    const buy = stageHeader(page, 'Quote & buy');
    await expect(buy).toContainText('Underwriting not on a shared metric');
    await expect(buy).toHaveAccessibleName(/^Quote & buy, stage 2 of 6, Warning: Underwriting not on a shared metric, 4 findings$/);

    const metric = await addSharedMetric(page, 'Quote to policy issued', ['Sales & Agents', 'Underwriting']);
    await expect(buy).not.toContainText('not on a shared metric');
    await expect(metric).toContainText('No target');
    await metric.getByRole('combobox', { name: 'Direction' }).selectOption({ label: 'Lower is better' });
    await metric.getByRole('textbox', { name: 'Unit' }).fill('min');
    await metric.getByRole('textbox', { name: 'Unit' }).press('Enter');
    await metric.getByRole('spinbutton', { name: 'Target' }).fill('15');
    await metric.getByRole('spinbutton', { name: 'Target' }).press('Enter');
    await metric.getByRole('spinbutton', { name: 'Current value' }).fill('42');
    await metric.getByRole('spinbutton', { name: 'Current value' }).press('Enter');
    await expect(metric).toContainText('Off target: 42 min vs target 15 min');

    await inspectStage(page, 'Onboard');
    await expect(stageHeader(page, 'Onboard')).toContainText('No shared metric');
    await addSharedMetric(page, 'Days to first bill', ['Billing', 'Customer Service']);
    await expect(stageHeader(page, 'Onboard')).not.toContainText('No shared metric');
    await expect(stageHeader(page, 'Onboard')).toHaveAccessibleName(/^Onboard, stage 3 of 6, Critical: Unowned touchpoint/);
  });

  test('the legend explains every mark and opens from the map', async ({ page }) => {
    await openFixture(page);
    const toggle = mapRegion(page).getByRole('button', { name: 'Legend', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    const legend = mapRegion(page).getByRole('region', { name: 'Legend of the map' });
    await expect(legend).toBeVisible();
    for (const term of ['Critical', 'Warning', 'Note', 'OK', 'Unowned hand-off', 'Conflicting touchpoint', 'Unowned touchpoint'])
      await expect(legend.getByText(term, { exact: true })).toBeVisible();
    await toggle.click();
    await expect(legend).toBeHidden();
  });
});
