import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsPanel, GROUP_PAGE_SIZE } from '../../../../renderer/findings/FindingsPanel';
import { analyzeJourney, type Finding, type FindingCode } from '../../../../shared/analysis';
import { addStage, addTouchpoint, createEmptyMap, newStage, newTouchpoint } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { conflictFloodMap } from '../../shared/analysis/map-builder';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

afterEach(cleanup);

const map = fixtureMap();
const findings = analyzeJourney(map);

function findingOf(code: FindingCode, subjectId: string, current: JourneyMap = map): Finding {
  const finding = analyzeJourney(current).find((candidate) => candidate.code === code && candidate.subject.id === subjectId);
  if (!finding) throw new Error(`No ${code} finding for ${subjectId}`);
  return finding;
}

function panel() {
  return screen.getByRole('region', { name: 'Findings' });
}

function itemOf(message: string): HTMLElement {
  const item = within(panel()).getByRole('button', { name: message }).closest('li');
  if (!item) throw new Error(`No list item for ${message}`);
  return item;
}

function setup(current: JourneyMap = map, options: { readOnly?: boolean } = {}) {
  const user = userEvent.setup();
  return { user, ...renderWithDocument(<FindingsPanel />, current, options) };
}

describe('the findings panel', () => {
  it('groups the fixture’s findings by stage in column order, with a heading and a list per stage', () => {
    setup();
    const headings = within(panel()).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 6)).toEqual(['Discover', 'Quote & buy', 'Onboard', 'Use & pay', 'Claim', 'Renew or leave']);
    const quoteAndBuy = within(panel()).getByRole('list', { name: 'Quote & buy' });
    expect(within(quoteAndBuy).getAllByRole('listitem')).toHaveLength(5);
    expect(within(panel()).getByRole('list', { name: 'Use & pay' })).toHaveTextContent(
      findingOf('conflicting-messages', 'stage-use').message,
    );
  });

  it('counts the findings in all, per severity and per stage', () => {
    setup();
    expect(panel()).toHaveTextContent('21 findings: 5 high, 8 medium, 8 low.');
    expect(within(panel()).getByRole('checkbox', { name: 'High (5)' })).toBeChecked();
    expect(within(panel()).getByRole('checkbox', { name: 'Medium (8)' })).toBeChecked();
    expect(within(panel()).getByRole('checkbox', { name: 'Low (8)' })).toBeChecked();
    const onboard = within(panel()).getByRole('heading', { name: 'Onboard' }).closest('section');
    expect(onboard).toHaveTextContent('5 findings');
    expect(onboard).toHaveTextContent('2 high');
    expect(onboard).toHaveTextContent('2 medium');
    expect(onboard).toHaveTextContent('1 low');
  });

  it('lists every finding as a button named by its message, with its severity in words', () => {
    setup();
    for (const finding of findings) {
      const button = within(panel()).getByRole('button', { name: finding.message });
      expect(button).toHaveAccessibleDescription(expect.stringContaining(finding.severity === 'high' ? 'High' : finding.severity === 'medium' ? 'Medium' : 'Low'));
    }
  });

  it('names the same-day cancellation notice and cross-sell offer', () => {
    setup();
    const clash = within(panel()).getByRole('button', { name: /On day 300/ });
    expect(clash).toHaveAccessibleName(expect.stringContaining('Home-insurance cross-sell offer'));
    expect(clash).toHaveAccessibleName(expect.stringContaining('Non-renewal (cancellation) notice'));
  });

  it('hides a severity when its box is unticked', async () => {
    const { user } = setup();
    await user.click(within(panel()).getByRole('checkbox', { name: 'Low (8)' }));
    expect(panel()).toHaveTextContent('Showing 13 of 21 findings.');
    expect(within(panel()).queryByRole('heading', { name: 'Discover' })).not.toBeInTheDocument();
    for (const finding of findings) {
      const shown = within(panel()).queryByRole('button', { name: finding.message });
      if (finding.severity === 'low') expect(shown).not.toBeInTheDocument();
      else expect(shown).toBeInTheDocument();
    }
  });

  it('shows only the findings involving the chosen silo', async () => {
    const { user } = setup();
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Silo' }), 'Actuarial');
    const headings = within(panel()).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 2)).toEqual(['Use & pay', 'Renew or leave']);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(4);
    expect(panel()).toHaveTextContent('Showing 4 of 21 findings.');
  });

  it('shows a stage-wide finding under every silo that delivers the stage, not only the silos it names', async () => {
    const { user } = setup();
    const silo = within(panel()).getByRole('combobox', { name: 'Silo' });
    await user.selectOptions(silo, within(silo).getByRole('option', { name: 'Sales & Agents' }));
    const quoteAndBuy = within(panel()).getByRole('list', { name: 'Quote & buy' });
    expect(within(quoteAndBuy).getByRole('button', { name: findingOf('unshared-metric', 'stage-buy').message })).toBeInTheDocument();
  });

  it('says so when the filters leave nothing', async () => {
    const { user } = setup();
    for (const name of ['High (5)', 'Medium (8)', 'Low (8)']) await user.click(within(panel()).getByRole('checkbox', { name }));
    expect(panel()).toHaveTextContent('No findings match these filters.');
    expect(within(panel()).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows “No problems found” when the map has no findings', () => {
    setup(createEmptyMap());
    expect(panel()).toHaveTextContent('No problems found');
    expect(within(panel()).queryByRole('list', { name: /./ })).not.toBeInTheDocument();
  });

  it('selects a finding’s subject and asks the canvas to bring it into view', async () => {
    const { user, view, diagnosisView } = setup();
    diagnosisView.getState().showMainView('org-chart');
    await user.click(within(panel()).getByRole('button', { name: findingOf('split-ownership', 'stage-buy').message }));
    expect(view.getState().selection).toEqual({ kind: 'stage', ids: ['stage-buy'] });
    expect(view.getState().focus).toEqual({ kind: 'stage', stageId: 'stage-buy' });
    expect(view.getState().focusRequest).toBe(1);
    expect(diagnosisView.getState().mainView).toBe('map');

    await user.click(within(panel()).getByRole('button', { name: findingOf('conflicting-messages', 'stage-use').message }));
    expect(view.getState().selection).toEqual({ kind: 'touchpoint', ids: ['tp-cross-sell', 'tp-cancel-notice'] });

    await user.click(within(panel()).getByRole('button', { name: findingOf('cross-silo-handoff', 'handoff-quote-uw').message }));
    expect(view.getState().selection).toEqual({ kind: 'handoff', ids: ['handoff-quote-uw'] });
    expect(view.getState().focus).toEqual({ kind: 'card', touchpointId: 'tp-uw-questions' });
  });

  it('lists a long group a page at a time', async () => {
    let big = addStage(createEmptyMap(), newStage({ id: 'stage-big', name: 'Big' }));
    for (let i = 0; i < GROUP_PAGE_SIZE + 10; i += 1) {
      big = addTouchpoint(big, newTouchpoint({ stageId: 'stage-big', siloId: null, title: `Card ${i}` }));
    }
    const { user } = setup(big);
    const list = within(panel()).getByRole('list', { name: 'Big' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(GROUP_PAGE_SIZE);
    await user.click(within(panel()).getByRole('button', { name: 'Show 11 more in Big (11 not shown)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(GROUP_PAGE_SIZE + 11);
    expect(within(panel()).queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('offers no quick fixes on a read-only map', () => {
    setup(map, { readOnly: true });
    expect(within(panel()).queryByRole('button', { name: /^(Make|Add a shared metric)/ })).not.toBeInTheDocument();
  });
});

describe('quick fixes', () => {
  async function expectFixAndUndo(
    finding: Finding,
    fix: (ctx: { user: ReturnType<typeof userEvent.setup>; item: HTMLElement }) => Promise<void>,
    check: (after: JourneyMap) => void,
  ) {
    const { user, store } = setup();
    await fix({ user, item: itemOf(finding.message) });

    expect(within(panel()).queryByRole('button', { name: finding.message })).not.toBeInTheDocument();
    check(store.getState().map);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(within(panel()).getByRole('heading', { name: 'Findings' })).toHaveFocus();
    expect(within(panel()).getByRole('status')).not.toBeEmptyDOMElement();

    store.temporal.getState().undo();
    expect(await within(panel()).findByRole('button', { name: finding.message })).toBeInTheDocument();
    expect(store.getState().map).toBe(map);
  }

  it('makes the chosen delivering silo accountable for a split stage', async () => {
    const finding = findingOf('split-ownership', 'stage-buy');
    await expectFixAndUndo(
      finding,
      async ({ user, item }) => {
        const group = within(item).getByRole('group', { name: 'Make a silo accountable for Quote & buy' });
        const picker = within(group).getByRole('combobox', { name: 'Silo to make accountable for Quote & buy' });
        expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Sales & Agents', 'Underwriting']);
        await user.selectOptions(picker, 'Underwriting');
        await user.click(within(group).getByRole('button', { name: 'Make Underwriting accountable' }));
      },
      (after) => expect(after.stages.find((stage) => stage.id === 'stage-buy')?.accountableSiloId).toBe('silo-underwriting'),
    );
  });

  it('adds a metric shared by every delivering silo to a stage with no metric', async () => {
    const finding = findingOf('missing-metric', 'stage-onboard');
    await expectFixAndUndo(
      finding,
      async ({ user, item }) => user.click(within(item).getByRole('button', { name: 'Add a shared metric for Onboard' })),
      (after) => {
        const metrics = after.stages.find((stage) => stage.id === 'stage-onboard')?.metrics;
        expect(metrics).toEqual([
          expect.objectContaining({ name: 'Onboard shared score', target: null, ownerSiloIds: ['silo-billing', 'silo-service'] }),
        ]);
      },
    );
  });

  it('adds a shared metric where the existing metrics leave a silo out', async () => {
    const finding = findingOf('unshared-metric', 'stage-buy');
    await expectFixAndUndo(
      finding,
      async ({ user, item }) => user.click(within(item).getByRole('button', { name: 'Add a shared metric for Quote & buy' })),
      (after) => {
        const metrics = after.stages.find((stage) => stage.id === 'stage-buy')?.metrics ?? [];
        expect(metrics.at(-1)).toMatchObject({ name: 'Quote & buy shared score', ownerSiloIds: ['silo-sales', 'silo-underwriting'] });
      },
    );
  });

  it('gives a cross-silo hand-off to one of the silos at its ends', async () => {
    const finding = findingOf('cross-silo-handoff', 'handoff-welcome-bill');
    await expectFixAndUndo(
      finding,
      async ({ user, item }) => {
        const group = within(item).getByRole('group', { name: 'Give this hand-off an owner' });
        const picker = within(group).getByRole('combobox', { name: 'Owner of this hand-off' });
        expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Billing', 'Customer Service']);
        await user.selectOptions(picker, 'Customer Service');
        await user.click(within(group).getByRole('button', { name: 'Make Customer Service own this hand-off' }));
      },
      (after) => expect(after.handoffs.find((handoff) => handoff.id === 'handoff-welcome-bill')?.ownerSiloId).toBe('silo-service'),
    );
  });

  it('gives an unowned touchpoint to the chosen silo, in the same stage', async () => {
    const finding = findingOf('unowned-touchpoint', 'tp-app-setup');
    await expectFixAndUndo(
      finding,
      async ({ user, item }) => {
        const group = within(item).getByRole('group', { name: 'Give this touchpoint an owner' });
        await user.selectOptions(within(group).getByRole('combobox', { name: 'Owner of “App account set-up”' }), 'Customer Service');
        await user.click(within(group).getByRole('button', { name: 'Make Customer Service own this touchpoint' }));
      },
      (after) =>
        expect(after.touchpoints.find((tp) => tp.id === 'tp-app-setup')).toMatchObject({ siloId: 'silo-service', stageId: 'stage-onboard' }),
    );
  });

  it('offers no quick fix where the fix is more than one decision', () => {
    setup();
    for (const code of ['pain-without-recovery', 'metric-off-target', 'conflicting-messages', 'metric-without-target'] as const) {
      const finding = findings.find((candidate) => candidate.code === code);
      if (!finding) throw new Error(`The fixture has no ${code}`);
      expect(within(itemOf(finding.message)).queryAllByRole('button')).toHaveLength(1);
    }
  });
});

describe('the findings panel on a map with more conflicting messages than the app lists', () => {
  it('says in plain words how many pairs there are and how many are listed', () => {
    setup(conflictFloodMap(2_000));
    expect(within(panel()).getByText('This map has 1,000,000 pairs of conflicting messages; 2,000 of them are listed.')).toBeInTheDocument();
    // The 2,000 listed pairs and the stage's missing metric.
    expect(within(panel()).getByRole('checkbox', { name: 'High (2001)' })).toBeInTheDocument();
  });

  it('shows no such notice when every finding is listed', () => {
    setup();
    expect(within(panel()).queryByText(/pairs of conflicting messages/)).toBeNull();
  });
});

