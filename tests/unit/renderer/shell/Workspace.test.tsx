import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/App';
import type { JourneyApi } from '../../../../shared/ipc/contract';
import { addStage, createEmptyMap, newStage } from '../../../../shared/model';
import { fakeJourneyApi } from './fake-journey-api';

vi.mock('../../../../renderer/canvas/JourneyCanvas', () => ({
  JourneyCanvas: () => <section aria-label="Journey map" />,
}));
vi.mock('../../../../renderer/inspector/Inspector', () => ({
  Inspector: () => <p>Inspector contents</p>,
}));

// A loaded CI machine can take longer than the default second to settle a flow.
configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const workshop = addStage(createEmptyMap({ title: 'Workshop' }), newStage({ name: 'Discover' }));

async function renderApp(platform: JourneyApi['platform'], options: { blank?: boolean } = {}) {
  const fake = fakeJourneyApi(platform);
  if (!options.blank) {
    fake.api.getInitialDocument.mockResolvedValue({
      map: workshop,
      info: { fileName: 'workshop.journeymap', readOnly: false },
      warnings: [],
    });
  }
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  await screen.findByRole('toolbar', { name: 'Main toolbar' });
  return { ...fake, user };
}

async function renameMap(user: ReturnType<typeof userEvent.setup>, title: string) {
  const field = screen.getByRole('textbox', { name: 'Map title' });
  await user.clear(field);
  await user.type(field, `${title}{Enter}`);
}

describe('the editor shell', () => {
  it('lays out the map, the inspector side panel and the title with the file name', async () => {
    await renderApp('browser');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('region', { name: 'Journey map' }));
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toHaveTextContent('Inspector contents');
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Workshop');
    expect(screen.getByText('workshop.journeymap')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('workshop.journeymap — Journey Map'));
  });

  it('marks the map edited after renaming it, and clears the mark after saving', async () => {
    const { api, user } = await renderApp('browser');

    await renameMap(user, 'Claims workshop');

    expect(screen.getByText('● Edited')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('● workshop.journeymap — Journey Map'));
    await waitFor(() => expect(api.setEdited).toHaveBeenLastCalledWith({ edited: true, title: 'Claims workshop' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(api.saveDocument).toHaveBeenCalledWith({ map: expect.objectContaining({ title: 'Claims workshop' }) });
    await waitFor(() => expect(screen.queryByText('● Edited')).not.toBeInTheDocument());
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Downloaded map.journeymap.');
  });

  it('keeps the old title when the rename is cancelled with Escape or left empty', async () => {
    const { user } = await renderApp('browser');
    const field = screen.getByRole('textbox', { name: 'Map title' });
    await user.clear(field);
    await user.type(field, 'Not this{Escape}');
    expect(field).toHaveValue('Workshop');
    await renameMap(user, '   ');
    expect(field).toHaveValue('Workshop');
    expect(screen.queryByText('● Edited')).not.toBeInTheDocument();
  });

  it('undoes and redoes map edits from the toolbar', async () => {
    const { user } = await renderApp('browser');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();

    await renameMap(user, 'Renamed');
    await user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Workshop');

    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Renamed');
  });

  it('shows why a file could not be opened and leaves the current map untouched', async () => {
    const { api, user } = await renderApp('browser');
    api.openDocument.mockResolvedValueOnce({
      status: 'failed',
      code: 'not-json',
      message: 'This file is damaged: it is not valid JSON (line 3, column 7).',
    });
    const openButton = screen.getByRole('button', { name: 'Open' });

    await user.click(openButton);

    const alert = await screen.findByRole('alertdialog', { name: 'This file could not be opened' });
    expect(alert).toHaveAccessibleDescription('This file is damaged: it is not valid JSON (line 3, column 7).');
    expect(within(alert).getByRole('button', { name: 'OK' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(openButton).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Workshop');
  });

  it('asks to save an edited map before opening another one in the browser', async () => {
    const { api, user } = await renderApp('browser');
    await renameMap(user, 'Unsaved work');

    await user.click(screen.getByRole('button', { name: 'Open' }));
    const question = await screen.findByRole('alertdialog', { name: 'Do you want to save the changes to “Unsaved work”?' });
    expect(within(question).getAllByRole('button').map((button) => button.textContent)).toEqual(['Save', "Don't Save", 'Cancel']);

    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(api.openDocument).not.toHaveBeenCalled();
    expect(screen.getByText('● Edited')).toBeInTheDocument();
  });

  it('keeps keyboard focus inside an open dialog', async () => {
    const { api, user } = await renderApp('browser');
    await renameMap(user, 'Unsaved work');
    api.openDocument.mockResolvedValue({ status: 'cancelled' });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const question = await screen.findByRole('alertdialog');

    expect(within(question).getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(within(question).getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('shows a failed save with Save As when main offers it', async () => {
    const { api, user } = await renderApp('electron');
    api.saveDocument.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.', canSaveAs: true });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alertdialog', { name: 'The map was not saved' });
    expect(alert).toHaveTextContent('The disk is full.');
    await user.click(within(alert).getByRole('button', { name: 'Save As…' }));
    expect(api.saveDocumentAs).toHaveBeenCalledTimes(1);
  });

  it('runs native menu commands through the command registry in Electron', async () => {
    const { api, sendMenuCommand } = await renderApp('electron');
    await act(async () => sendMenuCommand('save'));
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
    await act(async () => sendMenuCommand('save-then-close'));
    await waitFor(() => expect(api.confirmClose).toHaveBeenCalledTimes(1));
  });

  it('saves with Ctrl+S in the browser', async () => {
    const { api, user } = await renderApp('browser');
    await user.keyboard('{Control>}s{/Control}');
    expect(api.saveDocument).toHaveBeenCalledTimes(1);
  });

  it('loads a document main pushes into the window', async () => {
    const { sendDocument } = await renderApp('electron');
    act(() =>
      sendDocument({ map: createEmptyMap({ title: 'Pushed' }), info: { fileName: 'pushed.journeymap', readOnly: true }, warnings: [] }),
    );
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Pushed');
    expect(screen.getByText('Review mode (read-only)')).toBeInTheDocument();
  });

  it('switches and remembers the theme', async () => {
    const { api, user } = await renderApp('browser');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(api.setPreferences).toHaveBeenCalledWith({ theme: 'dark' });
  });
});

describe('an empty map', () => {
  it('offers a template or a first stage', async () => {
    const { user } = await renderApp('electron', { blank: true });
    expect(screen.getByRole('region', { name: 'Start your journey map' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add first stage' }));

    expect(screen.queryByRole('region', { name: 'Start your journey map' })).not.toBeInTheDocument();
  });

  it('starts a blank window from the chosen template', async () => {
    const { api, user } = await renderApp('electron', { blank: true });
    await user.click(screen.getByRole('button', { name: 'Start from a template…' }));
    const chooser = await screen.findByRole('dialog', { name: 'Start from a template' });

    await user.click(within(chooser).getByRole('button', { name: 'Auto insurance: policy lifecycle' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.newDocument).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Map title' })).toHaveValue('Auto insurance: policy lifecycle');
  });
});
