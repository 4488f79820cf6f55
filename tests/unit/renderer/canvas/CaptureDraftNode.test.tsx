import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { removeStage } from '../../../../shared/model';
import { undoSteps } from './canvas-fixtures';
import { renderCanvas } from './render-canvas';

async function startCapture() {
  const user = userEvent.setup();
  const canvas = renderCanvas();
  const ad = await within(canvas.region).findByRole('button', { name: /^Ad\b/ });
  act(() => ad.focus());
  await user.keyboard('n');
  const first = await within(canvas.region).findByRole('textbox', { name: 'Touchpoint title' });
  await user.clear(first);
  const titles = () =>
    canvas.documentStore
      .getState()
      .map.touchpoints.filter((t) => t.stageId === 's1' && t.siloId === 'sales')
      .map((t) => t.title);
  return { ...canvas, user, titles };
}

describe('fast capture on the canvas', () => {
  it('N, type, Enter, type, Enter… adds one card after another in the same cell; Escape stops', async () => {
    const { user, region, titles, documentStore, workshopView } = await startCapture();
    await user.keyboard('Retarget ad{Enter}');
    const form = await within(region).findByRole('group', { name: 'Next touchpoint in Discover, Sales' });
    const title = within(form).getByRole('textbox', { name: 'Touchpoint title' });
    await waitFor(() => expect(title).toHaveFocus());
    await user.keyboard('Billboard{Enter}');
    await waitFor(() => expect(title).toHaveValue(''));
    await user.keyboard('Radio spot{Enter}');
    expect(titles()).toEqual(['Ad', 'Retarget ad', 'Billboard', 'Radio spot']);
    const steps = undoSteps(documentStore);
    await user.keyboard('Not this one{Escape}');
    expect(workshopView.getState().capture).toBeNull();
    expect(titles()).toEqual(['Ad', 'Retarget ad', 'Billboard', 'Radio spot']);
    expect(undoSteps(documentStore)).toBe(steps);
    await waitFor(() => expect(within(region).getByRole('button', { name: /^Radio spot\b/ })).toHaveFocus());
  });

  it('Tab from the title goes round channel, intent and feeling; Enter keeps them all', async () => {
    const { user, region, documentStore, titles } = await startCapture();
    await user.keyboard('Retarget ad{Tab}');
    const form = await within(region).findByRole('group', { name: 'Touchpoint fields in Discover, Sales' });
    const channel = within(form).getByRole('combobox', { name: 'Channel' });
    await waitFor(() => expect(channel).toHaveFocus());
    await user.selectOptions(channel, 'social');
    await user.keyboard('{Tab}');
    const intent = within(form).getByRole('combobox', { name: 'Intent' });
    expect(intent).toHaveFocus();
    await user.selectOptions(intent, 'sell');
    await user.keyboard('{Tab}');
    expect(within(form).getByRole('combobox', { name: 'Customer feeling' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(within(form).getByRole('textbox', { name: 'Touchpoint title' })).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(within(form).getByRole('combobox', { name: 'Customer feeling' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const added = documentStore.getState().map.touchpoints.find((t) => t.title === 'Retarget ad');
    expect(added).toMatchObject({ channel: 'social', intent: 'sell', stageId: 's1', siloId: 'sales' });
    expect(
      await within(region).findByRole('group', { name: 'Next touchpoint in Discover, Sales' }),
    ).toBeInTheDocument();
    expect(titles()).toEqual(['Ad', 'Retarget ad']);
  });

  it('pasting several lines into the title adds one card per line in one undo step', async () => {
    const { user, region, documentStore, titles } = await startCapture();
    await user.keyboard('Retarget ad{Enter}');
    const form = await within(region).findByRole('group', { name: 'Next touchpoint in Discover, Sales' });
    const title = within(form).getByRole('textbox', { name: 'Touchpoint title' });
    const steps = undoSteps(documentStore);
    fireEvent.paste(title, { clipboardData: { getData: () => 'Poster\nFlyer\n\nJingle' } });
    expect(titles()).toEqual(['Ad', 'Retarget ad', 'Poster', 'Flyer', 'Jingle']);
    expect(undoSteps(documentStore)).toBe(steps + 1);
    expect(within(region).getByRole('group', { name: 'Next touchpoint in Discover, Sales' })).toBeInTheDocument();
  });

  it('closes the form when its cell disappears', async () => {
    const { user, region, documentStore, workshopView } = await startCapture();
    await user.keyboard('Retarget ad{Enter}');
    await within(region).findByRole('group', { name: 'Next touchpoint in Discover, Sales' });
    act(() => documentStore.getState().applyEdit((map) => removeStage(map, 's1')));
    await waitFor(() => expect(workshopView.getState().capture).toBeNull());
    expect(within(region).queryByRole('group', { name: /^Next touchpoint/ })).toBeNull();
  });

  it('does not start capturing when an existing card is renamed', async () => {
    const user = userEvent.setup();
    const { region, workshopView } = renderCanvas();
    const ad = await within(region).findByRole('button', { name: /^Ad\b/ });
    act(() => ad.focus());
    await user.keyboard('{Enter}');
    const editor = within(region).getByRole('textbox', { name: 'Touchpoint title' });
    await user.clear(editor);
    await user.type(editor, 'Billboard{Enter}');
    expect(workshopView.getState().capture).toBeNull();
    expect(within(region).queryByRole('group', { name: /^Next touchpoint/ })).toBeNull();
  });
});
