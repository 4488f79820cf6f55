import { expect, test, type Page } from '@playwright/test';
import { parseJourneyFile } from '../../shared/format';
import { gotoApp, saveMap, toolbarButton } from './support/app-page';
import { stageHeaders } from './support/map-page';

const LISTS = [
  { name: 'Ann', list: 'Research\nBuy policy\nOnboarding\nRenewals' },
  { name: 'Ben', list: 'research, policy buying, Claims, renewal' },
  { name: 'Cy', list: '1. Compare quotes\n2. Buy policies\n3. Claim\n4. Renewal' },
];

function alignmentView(page: Page) {
  return page.getByRole('region', { name: 'Stage alignment' });
}

function spread(page: Page) {
  return alignmentView(page).getByRole('region', { name: 'The spread' });
}

function group(page: Page, label: string) {
  return spread(page).getByRole('listitem', { name: new RegExp(`^${label},`) });
}

function agreedStage(page: Page, position: number) {
  return alignmentView(page).getByRole('textbox', { name: `Agreed stage ${position} name` });
}

test.describe('the stage alignment exercise', () => {
  test('turns three different lists into the agreed stages of the map, and records the exercise', async ({ page }) => {
    await gotoApp(page);
    await expect(stageHeaders(page)).toHaveCount(0);

    await toolbarButton(page, 'Align stages').click();
    const view = alignmentView(page);
    await expect(view).toBeVisible();
    await expect(view.getByRole('textbox', { name: 'Question' })).toHaveValue('Name the stages of our customer experience');

    for (const [index, participant] of LISTS.entries()) {
      const position = index + 1;
      await view.getByRole('button', { name: 'Add participant' }).click();
      const name = view.getByRole('textbox', { name: `Participant ${position} name` });
      await expect(name).toBeFocused();
      await name.fill(participant.name);
      await view.getByRole('textbox', { name: `Participant ${position} answers` }).fill(participant.list);
      await name.focus();
    }
    await view.getByRole('heading', { name: 'Stage alignment' }).click();

    await expect(spread(page).getByText('Low agreement: 3 people, 7 different stages', { exact: true })).toBeVisible();
    await expect(spread(page).getByRole('meter', { name: 'Agreement' })).toHaveAttribute('aria-valuenow', '33');
    await expect(group(page, 'Renewals')).toContainText('Named by 3 of 3: Ann, Ben, Cy');
    await expect(group(page, 'Renewals')).toContainText('Also written as: renewal, Renewal');
    await expect(group(page, 'Buy policy')).toContainText('Named by 2 of 3: Ann, Cy');

    await group(page, 'Research').getByRole('button', { name: 'Add Research to agreed stages' }).click();
    await group(page, 'Compare quotes').getByRole('button', { name: 'Add Compare quotes to agreed stages' }).click();
    await view.getByRole('checkbox', { name: 'Select Buy policy to merge' }).check();
    await view.getByRole('checkbox', { name: 'Select policy buying to merge' }).check();
    await view.getByRole('textbox', { name: 'Merged stage name' }).fill('Buy');
    await view.getByRole('button', { name: 'Merge into one stage' }).click();
    await group(page, 'Renewals').getByRole('button', { name: 'Add Renewals to agreed stages' }).click();
    await group(page, 'Claims').getByRole('button', { name: 'Add Claims to agreed stages' }).click();
    await expect(group(page, 'policy buying')).toContainText('In agreed stages as “Buy”');

    // Claims comes before renewal: once with the ↑ button, and the keyboard works too.
    await view.getByRole('button', { name: 'Move Claims up' }).click();
    await expect(agreedStage(page, 4)).toHaveValue('Claims');
    await agreedStage(page, 4).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(agreedStage(page, 4)).toBeFocused();
    await agreedStage(page, 5).fill('Renewal');
    await agreedStage(page, 5).press('Enter');
    await agreedStage(page, 4).fill('Claim');
    await agreedStage(page, 4).press('Enter');

    const agreed = ['Research', 'Compare quotes', 'Buy', 'Claim', 'Renewal'];
    for (const [index, name] of agreed.entries()) await expect(agreedStage(page, index + 1)).toHaveValue(name);

    await view.getByRole('button', { name: 'Apply to map' }).click();

    await expect(view).toBeHidden();
    await expect(stageHeaders(page)).toHaveCount(agreed.length);
    for (const [index, name] of agreed.entries()) {
      await expect(stageHeaders(page).nth(index)).toHaveAccessibleName(new RegExp(`^${name}\\b`));
    }

    const saved = await saveMap(page);
    const file = parseJourneyFile(new TextEncoder().encode(saved.text));
    if (!file.ok) throw new Error(file.error.message);
    expect(file.map.stages.map((stage) => stage.name)).toEqual(agreed);
    expect(file.map.alignment?.question).toBe('Name the stages of our customer experience');
    expect(file.map.alignment?.answers).toEqual([
      { participant: 'Ann', items: ['Research', 'Buy policy', 'Onboarding', 'Renewals'] },
      { participant: 'Ben', items: ['research', 'policy buying', 'Claims', 'renewal'] },
      { participant: 'Cy', items: ['Compare quotes', 'Buy policies', 'Claim', 'Renewal'] },
    ]);
    expect(file.map.alignment?.agreedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  test('shows the exercise recorded in an opened map', async ({ page }) => {
    await gotoApp(page);
    const chooser = page.waitForEvent('filechooser');
    await toolbarButton(page, 'Open').click();
    await (await chooser).setFiles('tests/fixtures/auto-insurance.journeymap');
    await expect(stageHeaders(page)).toHaveCount(6);

    await toolbarButton(page, 'Align stages').click();
    const view = alignmentView(page);
    await expect(view.getByRole('textbox', { name: 'Participant 2 name' })).toHaveValue('Claims');
    await expect(spread(page).getByText('Low agreement: 3 people, 12 different stages', { exact: true })).toBeVisible();
    await expect(view.getByText(/^Agreed on /)).toBeVisible();
    await view.getByRole('button', { name: 'Back to the map' }).click();
    await expect(stageHeaders(page)).toHaveCount(6);
    await expect(toolbarButton(page, 'Align stages')).toBeFocused();
  });
});
