import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosisViewFor } from '../../../../renderer/analysis/diagnosis-view';
import { AlignmentToggle } from '../../../../renderer/alignment/AlignmentToggle';
import { useAlignmentCommands, useAlignmentView } from '../../../../renderer/alignment/alignment-view';
import { StageAlignmentView } from '../../../../renderer/alignment/StageAlignmentView';
import { CommandProvider, CommandRegistry } from '../../../../renderer/shell/commands';
import { createDocumentStore, DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { parseJourneyFile } from '../../../../shared/format';
import { addStage, addTouchpoint, createEmptyMap, newStage, newTouchpoint } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';

function fixtureMap(): JourneyMap {
  const result = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

/** The view as the workspace shows it: the toolbar toggle, and the exercise while it is open. */
function Harness() {
  useAlignmentCommands();
  const open = useAlignmentView((state) => state.open);
  return (
    <>
      <AlignmentToggle />
      {open ? <StageAlignmentView /> : <p>The journey map</p>}
    </>
  );
}

function renderView(map: JourneyMap = createEmptyMap(), options: { readOnly?: boolean } = {}) {
  const store = createDocumentStore({ map, info: { fileName: null, readOnly: options.readOnly ?? false } });
  const registry = new CommandRegistry();
  const user = userEvent.setup();
  render(
    <DocumentStoreProvider store={store}>
      <CommandProvider registry={registry}>
        <Harness />
      </CommandProvider>
    </DocumentStoreProvider>,
  );
  act(() => {
    registry.dispatch('alignment');
  });
  const undoSteps = () => store.temporal.getState().pastStates.length;
  return { store, registry, user, undoSteps };
}

type User = ReturnType<typeof userEvent.setup>;

/** Adds a participant, names them and pastes their list, leaving the field so it commits. */
async function enterParticipant(user: User, position: number, name: string, list: string) {
  await user.click(screen.getByRole('button', { name: 'Add participant' }));
  const nameField = screen.getByRole('textbox', { name: `Participant ${position} name` });
  expect(nameField).toHaveFocus();
  await user.clear(nameField);
  await user.type(nameField, name);
  await user.click(screen.getByRole('textbox', { name: `Participant ${position} answers` }));
  await user.paste(list);
  await user.tab();
}

async function enterThreeLists(user: User) {
  await enterParticipant(user, 1, 'Ann', 'Research\nBuy policy\nOnboarding\nRenewals');
  await enterParticipant(user, 2, 'Ben', 'research, policy buying, Claims, renewal');
  await enterParticipant(user, 3, 'Cy', '1. Compare quotes\n2. Buy policies\n3. Claim\n4. Renewal');
}

function spread() {
  return screen.getByRole('region', { name: 'The spread' });
}

function group(label: string) {
  return within(spread()).getByRole('listitem', { name: new RegExp(`^${label},`) });
}

function agreedNames() {
  const list = screen.queryByRole('list', { name: 'Agreed stages' });
  return list ? within(list).getAllByRole('textbox').map((field) => (field as HTMLInputElement).value) : [];
}

describe('the stage alignment exercise', () => {
  it('opens from the alignment command as a region named "Stage alignment", asking for the stages', () => {
    renderView();
    const view = screen.getByRole('region', { name: 'Stage alignment' });
    expect(within(view).getByRole('heading', { name: 'Stage alignment' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveValue('Name the stages of our customer experience');
    expect(screen.getByRole('radio', { name: 'The stages of the experience' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Align stages', pressed: true })).toBeInTheDocument();
  });

  it("groups three participants' lists ignoring case, spacing, plurals and word order, and scores them", async () => {
    const { user } = renderView();
    await enterThreeLists(user);

    expect(within(spread()).getByText('Low agreement: 3 people, 7 different stages')).toBeInTheDocument();
    expect(within(spread()).getByRole('meter', { name: 'Agreement' })).toHaveAttribute('aria-valuenow', '33');
    expect(within(spread()).getByText('33%')).toBeInTheDocument();

    const renewal = group('Renewals');
    expect(renewal).toHaveTextContent('Named by 3 of 3: Ann, Ben, Cy');
    expect(renewal).toHaveTextContent('Also written as: renewal, Renewal');
    expect(group('Buy policy')).toHaveTextContent('Named by 2 of 3: Ann, Cy');
    expect(group('Research')).toHaveTextContent('Named by 2 of 3: Ann, Ben');
    expect(group('Claims')).toHaveTextContent('Named by 2 of 3: Ben, Cy');
    expect(within(spread()).getAllByRole('listitem')).toHaveLength(7);
  });

  it('updates the spread while a list is typed, and commits it only when the field is left (one undo step)', async () => {
    const { user, store, undoSteps } = renderView();
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(undoSteps()).toBe(1);
    const answers = screen.getByRole('textbox', { name: 'Participant 1 answers' });
    await user.click(answers);
    await user.type(answers, 'Research{Enter}Buy');

    expect(within(spread()).getByText('Only 1 person has answered so far (2 stages).')).toBeInTheDocument();
    expect(store.getState().map.alignment?.answers[0]?.items).toEqual([]);
    expect(undoSteps()).toBe(1);

    await user.tab();
    expect(store.getState().map.alignment?.answers[0]?.items).toEqual(['Research', 'Buy']);
    expect(undoSteps()).toBe(2);
  });

  it('applies the agreed stages and records the exercise in one undo step', async () => {
    const { user, store, undoSteps } = renderView();
    await enterThreeLists(user);

    await user.click(within(group('Research')).getByRole('button', { name: 'Add Research to agreed stages' }));
    await user.click(within(group('Renewals')).getByRole('button', { name: 'Add Renewals to agreed stages' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Buy policy to merge' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select policy buying to merge' }));
    await user.type(screen.getByRole('textbox', { name: 'Merged stage name' }), 'Buy');
    await user.click(screen.getByRole('button', { name: 'Merge into one stage' }));
    expect(agreedNames()).toEqual(['Research', 'Renewals', 'Buy']);
    expect(group('policy buying')).toHaveTextContent('In agreed stages as “Buy”');

    await user.click(screen.getByRole('button', { name: 'Move Renewals down' }));
    expect(agreedNames()).toEqual(['Research', 'Buy', 'Renewals']);
    expect(screen.getByRole('button', { name: 'Move Renewals up' })).toHaveFocus();

    const renewals = screen.getByRole('textbox', { name: 'Agreed stage 3 name' });
    await user.clear(renewals);
    await user.type(renewals, 'Renewal{Enter}');
    expect(agreedNames()).toEqual(['Research', 'Buy', 'Renewal']);

    const steps = undoSteps();
    const before = store.getState().map;
    await user.click(screen.getByRole('button', { name: 'Apply to map' }));

    const after = store.getState().map;
    expect(after.stages.map((stage) => stage.name)).toEqual(['Research', 'Buy', 'Renewal']);
    expect(after.alignment?.answers.map((answer) => answer.participant)).toEqual(['Ann', 'Ben', 'Cy']);
    expect(after.alignment?.answers[1]?.items).toEqual(['research', 'policy buying', 'Claims', 'renewal']);
    expect(after.alignment?.agreedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(undoSteps()).toBe(steps + 1);
    expect(screen.queryByRole('region', { name: 'Stage alignment' })).not.toBeInTheDocument();

    act(() => store.temporal.getState().undo());
    expect(store.getState().map.stages).toEqual(before.stages);
    expect(store.getState().map.alignment).toEqual(before.alignment);
  });

  it('reorders the agreed stages from the keyboard with Alt+arrows', async () => {
    const { user } = renderView();
    await user.type(screen.getByRole('textbox', { name: 'Add a stage by name' }), 'Discover{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Add a stage by name' }), 'Buy{Enter}');
    await user.click(screen.getByRole('textbox', { name: 'Agreed stage 2 name' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(agreedNames()).toEqual(['Buy', 'Discover']);
    expect(screen.getByRole('textbox', { name: 'Agreed stage 1 name' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Buy from the agreed stages' }));
    expect(agreedNames()).toEqual(['Discover']);
  });

  it('keeps stages that still hold cards and says so before applying', async () => {
    const claim = newStage({ name: 'Claim' });
    const map = addTouchpoint(addStage(createEmptyMap(), claim), newTouchpoint({ stageId: claim.id, siloId: null }));
    const { user, store } = renderView(map);
    await user.type(screen.getByRole('textbox', { name: 'Add a stage by name' }), 'Research{Enter}');
    expect(screen.getByRole('list', { name: 'What applying changes' })).toHaveTextContent(
      'Keeps Claim after the agreed stages: they still have touchpoints or metrics.',
    );
    await user.click(screen.getByRole('button', { name: 'Apply to map' }));
    expect(store.getState().map.stages.map((stage) => stage.name)).toEqual(['Research', 'Claim']);
  });

  it('sets the customer definition instead of the stages for "Who is our customer?"', async () => {
    const { user, store, undoSteps } = renderView();
    await user.click(screen.getByRole('radio', { name: 'Who the customer is' }));
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveValue('Who is our customer?');
    expect(screen.getByRole('region', { name: 'Agreed customer' })).toBeInTheDocument();
    await enterParticipant(user, 1, 'Ann', 'Families\nYoung drivers');
    await enterParticipant(user, 2, 'Ben', 'Family');

    expect(within(spread()).getByText('Some agreement: 2 people, 2 different answers')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use Families as the customer name' }));
    await user.click(screen.getByRole('button', { name: 'Add Young drivers to the customer description' }));
    expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Families');

    const steps = undoSteps();
    await user.click(screen.getByRole('button', { name: 'Apply to map' }));
    const map = store.getState().map;
    expect(map.customer).toEqual({ name: 'Families', description: 'Young drivers' });
    expect(map.stages).toEqual([]);
    expect(map.alignment).toMatchObject({ question: 'Who is our customer?', answers: [{ participant: 'Ann' }, { participant: 'Ben' }] });
    expect(map.alignment?.agreedAt).not.toBeNull();
    expect(undoSteps()).toBe(steps + 1);
  });

  it('shows the exercise recorded in a saved map, with its stages as the agreed list', () => {
    renderView(fixtureMap());
    expect(screen.getByRole('textbox', { name: 'Participant 1 name' })).toHaveValue('Sales');
    expect(screen.getByRole('textbox', { name: 'Participant 3 answers' })).toHaveValue('Awareness\nConsideration\nPurchase\nLoyalty');
    expect(within(spread()).getByText('Low agreement: 3 people, 12 different stages')).toBeInTheDocument();
    expect(screen.getByText(/^Agreed on /)).toBeInTheDocument();
    expect(agreedNames()).toEqual(['Discover', 'Quote & buy', 'Onboard', 'Use & pay', 'Claim', 'Renew or leave']);
  });

  it('follows undo: an undone participant disappears from the view', async () => {
    const { user, store } = renderView();
    await enterParticipant(user, 1, 'Ann', 'Research');
    act(() => store.temporal.getState().undo());
    expect(screen.getByRole('textbox', { name: 'Participant 1 answers' })).toHaveValue('');
    act(() => store.temporal.getState().undo());
    act(() => store.temporal.getState().undo());
    expect(screen.queryByRole('textbox', { name: 'Participant 1 name' })).not.toBeInTheDocument();
  });

  it('removes a participant in one step and moves focus to the next one', async () => {
    const { user, store } = renderView();
    await enterParticipant(user, 1, 'Ann', 'Research');
    await enterParticipant(user, 2, 'Ben', 'Buy');
    await user.click(screen.getByRole('button', { name: 'Remove Ann' }));
    expect(store.getState().map.alignment?.answers).toEqual([{ participant: 'Ben', items: ['Buy'] }]);
    expect(screen.getByRole('textbox', { name: 'Participant 1 name' })).toHaveFocus();
  });

  it('shows the record read-only in review mode', () => {
    renderView(fixtureMap(), { readOnly: true });
    expect(screen.getByRole('textbox', { name: 'Participant 1 answers' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Add participant' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply to map' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove / })).not.toBeInTheDocument();
  });

  it('closes with "Back to the map" and gives focus back to the toolbar toggle', async () => {
    const { user, registry } = renderView();
    await user.click(screen.getByRole('button', { name: 'Back to the map' }));
    expect(screen.getByText('The journey map')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Align stages', pressed: false })).toHaveFocus();
    act(() => {
      registry.dispatch('alignment');
    });
    expect(screen.getByRole('region', { name: 'Stage alignment' })).toBeInTheDocument();
  });

  it('gives the map area to the org chart when the user switches to it', () => {
    const { store } = renderView();
    act(() => diagnosisViewFor(store).getState().toggleOrgChart());
    expect(screen.queryByRole('region', { name: 'Stage alignment' })).not.toBeInTheDocument();
  });
});
