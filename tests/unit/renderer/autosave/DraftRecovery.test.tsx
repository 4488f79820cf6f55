import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '../../../../renderer/api/browser-api';
import { createDraftStore, createMemoryDraftBackend, type DraftBackend } from '../../../../renderer/api/browser-drafts';
import { AutosaveAndRecovery } from '../../../../renderer/autosave/AutosaveAndRecovery';
import { describeDraftTime } from '../../../../renderer/autosave/draft-time';
import { createDocumentStore, DocumentStoreProvider, selectEdited, type DocumentStore } from '../../../../renderer/store/document-store';
import { parseJourneyFile } from '../../../../shared/format';
import { addStage, createEmptyMap, newStage } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';

configure({ asyncUtilTimeout: 5000 });

const parsed = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
if (!parsed.ok) throw new Error('fixture does not parse');
const fixture: JourneyMap = parsed.map;

const FIVE_MINUTES = 5 * 60_000;

function edited(): JourneyMap {
  const [first, ...rest] = fixture.stages;
  if (!first) throw new Error('the fixture has stages');
  return {
    ...fixture,
    title: 'Auto insurance: after the workshop',
    stages: [{ ...first, name: 'Explore' }, ...rest],
    touchpoints: fixture.touchpoints.slice(1),
    updatedAt: '2026-11-05T10:00:00.000Z',
  };
}

const sketch: JourneyMap = addStage(createEmptyMap({ title: 'Sketch from the hallway' }), newStage({ name: 'Hear about us' }));

/** Stores drafts as earlier tabs left them: one of the fixture file, one of an untitled map. */
async function leftovers(backend: DraftBackend, which: 'file' | 'both' = 'both'): Promise<void> {
  const written = new Date(Date.now() - FIVE_MINUTES);
  await createDraftStore(backend, 'draft-file', () => written).write(edited(), { fileName: 'auto-insurance.journeymap', saved: fixture });
  if (which === 'both') {
    const older = new Date(Date.now() - 2 * 60 * 60_000);
    await createDraftStore(backend, 'draft-untitled', () => older).write(sketch, { fileName: null, saved: null });
  }
}

function blankStore(): DocumentStore {
  return createDocumentStore({ map: createEmptyMap(), info: { fileName: null, readOnly: false } });
}

function renderRecovery(backend: DraftBackend, store: DocumentStore = blankStore()) {
  const api = createBrowserApi({ drafts: backend });
  const user = userEvent.setup();
  render(
    <DocumentStoreProvider store={store}>
      <AutosaveAndRecovery api={api} />
    </DocumentStoreProvider>,
  );
  return { api, store, user };
}

function draftItem(title: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Drafts' })).getByRole('listitem', { name: title });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('draft recovery at start', () => {
  it('offers each left-over draft with its title, file, time written and what it changes', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend);
    renderRecovery(backend);

    const dialog = await screen.findByRole('dialog', { name: 'Recover unsaved work' });
    const items = within(within(dialog).getByRole('list', { name: 'Drafts' })).getAllByRole('listitem', { name: /./ });
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Auto insurance: after the workshop',
      'Sketch from the hallway',
    ]);

    const fileDraft = draftItem('Auto insurance: after the workshop');
    expect(fileDraft).toHaveTextContent('auto-insurance.journeymap');
    expect(fileDraft).toHaveTextContent('written 5 minutes ago');
    const writtenAt = within(fileDraft).getByText('5 minutes ago');
    expect(writtenAt.tagName).toBe('TIME');
    const iso = writtenAt.getAttribute('datetime') ?? '';
    expect(fileDraft).toHaveTextContent(`(${describeDraftTime(iso, new Date()).absolute})`);
    const changes = within(fileDraft).getByRole('list', { name: 'Changes in “Auto insurance: after the workshop”' });
    expect(within(changes).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      `Title changed from “${fixture.title}” to “Auto insurance: after the workshop”`,
      `Stage “${fixture.stages[0]?.name}” renamed to “Explore”`,
      '1 touchpoint removed',
    ]);

    const untitled = draftItem('Sketch from the hallway');
    expect(untitled).toHaveTextContent('Untitled · written 2 hours ago');
    expect(untitled).toHaveTextContent('No saved version to compare with: 1 stage, 0 silos, 0 touchpoints');
  });

  it('restores a draft exactly, as an edited map under its file’s name, and swaps the old draft for this window’s own', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend, 'file');
    const { api, store, user } = renderRecovery(backend);

    await user.click(await screen.findByRole('button', { name: 'Restore “Auto insurance: after the workshop”' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Recover unsaved work' })).not.toBeInTheDocument());
    expect(store.getState().map).toEqual(edited());
    expect(store.getState().info).toEqual({ fileName: 'auto-insurance.journeymap', readOnly: false });
    expect(selectEdited(store.getState())).toBe(true);
    // The work is never only in memory: the window's own draft holds it before the old one goes.
    const remaining = await api.listDrafts();
    expect(remaining).toHaveLength(1);
    expect(remaining[0]?.draftId).not.toBe('draft-file');
    expect((await api.getDraft({ draftId: remaining[0]?.draftId ?? '' }))?.draft).toEqual(edited());
    expect(screen.getByText(/^Draft saved/)).toBeInTheDocument();
  });

  it('restores only one draft per window and keeps the others for the next start', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend);
    const { store, user } = renderRecovery(backend);

    await user.click(await screen.findByRole('button', { name: 'Restore “Sketch from the hallway”' }));

    expect(await screen.findByText('Restored “Sketch from the hallway” into this window.')).toBeInTheDocument();
    expect(store.getState().map).toEqual(sketch);
    expect(screen.getByText(/a draft can only be restored into a blank window/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore “Auto insurance: after the workshop”' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Decide later' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await backend.get('draft-file')).toMatchObject({ draft: edited() });
  });

  it('does not restore into a window that already holds a map', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend, 'file');
    const workshop = addStage(createEmptyMap({ title: 'Workshop' }), newStage({ name: 'Discover' }));
    const store = createDocumentStore({ map: workshop, info: { fileName: 'workshop.journeymap', readOnly: false } });
    renderRecovery(backend, store);

    const restore = await screen.findByRole('button', { name: 'Restore “Auto insurance: after the workshop”' });
    expect(restore).toBeDisabled();
    expect(restore).toHaveAccessibleDescription(/a draft can only be restored into a blank window/);
    expect(store.getState().map).toBe(workshop);
  });

  it('discards a draft only after a confirmation', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend, 'file');
    const { user } = renderRecovery(backend);

    await user.click(await screen.findByRole('button', { name: 'Discard “Auto insurance: after the workshop”…' }));
    const confirm = screen.getByRole('group', { name: 'Discard “Auto insurance: after the workshop”?' });
    expect(within(confirm).getByRole('button', { name: 'Discard draft' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(await backend.get('draft-file')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Discard “Auto insurance: after the workshop”…' }));
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await backend.get('draft-file')).toBeUndefined();
  });

  it('keeps every draft when the user decides later (Esc)', async () => {
    const backend = createMemoryDraftBackend();
    await leftovers(backend);
    const { api, user } = renderRecovery(backend);

    await screen.findByRole('dialog', { name: 'Recover unsaved work' });
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await api.listDrafts()).map((draft) => draft.draftId)).toEqual(['draft-file', 'draft-untitled']);
  });

  it('offers nothing when there are no drafts, and removes quietly a draft identical to its saved file', async () => {
    const backend = createMemoryDraftBackend();
    await createDraftStore(backend, 'draft-same').write({ ...fixture, updatedAt: '2030-01-01T00:00:00.000Z' }, {
      fileName: 'auto-insurance.journeymap',
      saved: fixture,
    });
    renderRecovery(backend);

    await waitFor(async () => expect(await backend.get('draft-same')).toBeUndefined());
    await act(async () => undefined);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
