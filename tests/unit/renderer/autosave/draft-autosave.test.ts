import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '../../../../renderer/api/browser-api';
import { createMemoryDraftBackend } from '../../../../renderer/api/browser-drafts';
import { startDraftAutosave, type DraftAutosave, type DraftStatus } from '../../../../renderer/autosave/draft-autosave';
import { createDocumentFlows } from '../../../../renderer/shell/document-flows';
import { createDocumentStore, type DocumentStore } from '../../../../renderer/store/document-store';
import type { JourneyApi } from '../../../../shared/ipc/contract';
import { addComment, addStage, createEmptyMap, newComment, newStage, setMapTitle } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';

const START = new Date('2026-11-05T09:00:00.000Z');

function workshopStore(options: { readOnly?: boolean } = {}): DocumentStore {
  const map = addStage(createEmptyMap({ title: 'Workshop' }), newStage({ name: 'Discover' }));
  return createDocumentStore({ map, info: { fileName: 'workshop.journeymap', readOnly: options.readOnly ?? false } });
}

function rename(store: DocumentStore, title: string): void {
  store.getState().applyEdit((map) => setMapTitle(map, title));
}

/** Spies that record the simulated time and the map of every draft, and every removal of the window's draft. */
function draftRecorder() {
  const drafts: { at: number; map: JourneyMap }[] = [];
  const calls: string[] = [];
  const writeDraft = vi.fn<JourneyApi['writeDraft']>(async ({ map }) => {
    drafts.push({ at: Date.now() - START.getTime(), map });
    calls.push(`write ${map.title}`);
  });
  const discardOwnDraft = vi.fn<JourneyApi['discardOwnDraft']>(async () => {
    calls.push(`discard at ${Date.now() - START.getTime()}`);
  });
  return { drafts, calls, api: { writeDraft, discardOwnDraft } };
}

/** A promise the test resolves by hand. */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('draft autosave', () => {
  let running: DraftAutosave | null = null;

  beforeEach(() => {
    vi.useFakeTimers({ now: START });
  });
  afterEach(() => {
    running?.dispose();
    running = null;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes a draft of the edited map one second after the last edit', async () => {
    const store = workshopStore();
    const { drafts, api } = draftRecorder();
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(999);
    expect(drafts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);

    expect(drafts).toEqual([{ at: 1000, map: store.getState().map }]);
    expect(drafts[0]?.map.title).toBe('Claims workshop');
  });

  it('writes at least every five seconds while edits keep coming, without waiting for a pause', async () => {
    const store = workshopStore();
    const { drafts, api } = draftRecorder();
    running = startDraftAutosave({ api, store });

    // Typing without a pause of a second for 12 s: one edit every 300 ms.
    const edits: number[] = [];
    for (let elapsed = 0; elapsed < 12_000; elapsed += 300) {
      rename(store, `Claims workshop ${elapsed}`);
      edits.push(elapsed);
      await vi.advanceTimersByTimeAsync(300);
    }

    expect(drafts[0]).toMatchObject({ at: 5000, map: { title: 'Claims workshop 4800' } });
    // Every edit reaches a draft within 5 s of being made: at most 5 s of work is ever missing from disk.
    for (const editedAt of edits.filter((at) => at <= 12_000 - 5000)) {
      expect(drafts.some((draft) => draft.at >= editedAt && draft.at <= editedAt + 5000)).toBe(true);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(drafts.at(-1)?.map).toBe(store.getState().map);
  });

  it('writes nothing while the map equals its saved version; in review mode it drafts comments only', async () => {
    const store = workshopStore();
    const { drafts, api } = draftRecorder();
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(drafts).toHaveLength(0);

    const review = workshopStore({ readOnly: true });
    running.dispose();
    running = startDraftAutosave({ api, store: review });
    rename(review, 'Should not happen');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(drafts).toHaveLength(0);

    // A reviewer's comment is work too: it is drafted.
    review.getState().applyEdit((map) => addComment(map, newComment({ text: 'Who owns this?', author: 'Dana' })));
    await vi.advanceTimersByTimeAsync(1_500);
    expect(drafts.map((draft) => draft.map.comments.map((comment) => comment.text))).toEqual([['Who owns this?']]);
  });

  it('writes the restored map when a draft is loaded as edited', async () => {
    const store = workshopStore();
    const { drafts, api } = draftRecorder();
    running = startDraftAutosave({ api, store });
    const restored = createEmptyMap({ title: 'Restored' });

    store.getState().loadDocument({ map: restored, info: { fileName: null, readOnly: false } }, { edited: true });
    await vi.advanceTimersByTimeAsync(1000);

    expect(drafts.map((draft) => draft.map)).toEqual([restored]);
  });

  it('flushes at once on request, e.g. when the page is hidden', async () => {
    const store = workshopStore();
    const { drafts, api } = draftRecorder();
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    expect(await running.flush()).toBe(true);

    expect(drafts).toEqual([{ at: 0, map: store.getState().map }]);
  });

  it('reports a failed write quietly and retries it, without throwing into the editor', async () => {
    const store = workshopStore();
    const statuses: DraftStatus[] = [];
    const writeDraft = vi
      .fn<JourneyApi['writeDraft']>()
      .mockRejectedValueOnce(new Error('The disk is full'))
      .mockResolvedValue(undefined);
    running = startDraftAutosave({ api: { writeDraft, discardOwnDraft: vi.fn() }, store, onStatus: (status) => statuses.push(status) });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toEqual([{ kind: 'failed', message: 'The disk is full' }]);

    await vi.advanceTimersByTimeAsync(5000);
    expect(writeDraft).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: new Date(START.getTime() + 6000) });
  });

  it('removes the draft at once when edits are undone back to the saved version, and writes none afterwards', async () => {
    const store = workshopStore();
    const { calls, api } = draftRecorder();
    const statuses: DraftStatus[] = [];
    running = startDraftAutosave({ api, store, onStatus: (status) => statuses.push(status) });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['write Claims workshop']);

    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['write Claims workshop', 'discard at 1000']);
    expect(statuses.at(-1)).toEqual({ kind: 'idle' });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.writeDraft).toHaveBeenCalledOnce();
    expect(api.discardOwnDraft).toHaveBeenCalledOnce();

    // Redo makes the map edited again: a new draft follows on the usual timing.
    store.temporal.getState().redo();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.at(-1)).toBe('write Claims workshop');
  });

  it('asks for no removal when no draft was written before the undo', async () => {
    const store = workshopStore();
    const { calls, api } = draftRecorder();
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(500);
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(calls).toEqual([]);
  });

  it('removes the draft only after a draft write in flight has finished, so the write cannot bring it back', async () => {
    const store = workshopStore();
    const { calls, api } = draftRecorder();
    const slowWrite = deferred();
    api.writeDraft.mockImplementationOnce(async ({ map }) => {
      calls.push(`write started ${map.title}`);
      await slowWrite.promise;
      calls.push(`write landed ${map.title}`);
    });
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(['write started Claims workshop']);

    slowWrite.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['write started Claims workshop', 'write landed Claims workshop', 'discard at 6000']);
  });

  it('retries a removal that failed, as long as the map stays unedited', async () => {
    const store = workshopStore();
    const { api } = draftRecorder();
    const statuses: DraftStatus[] = [];
    api.discardOwnDraft.mockRejectedValueOnce(new Error('The drafts folder is locked'));
    running = startDraftAutosave({ api, store, onStatus: (status) => statuses.push(status) });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: 'The drafts folder is locked' });

    await vi.advanceTimersByTimeAsync(5000);
    expect(api.discardOwnDraft).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.discardOwnDraft).toHaveBeenCalledTimes(2);
    expect(api.writeDraft).toHaveBeenCalledOnce();
  });

  it('leaves no draft to offer after edits are undone back to the saved version (browser API)', async () => {
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const store = workshopStore();
    running = startDraftAutosave({ api, store });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await api.listDrafts()).toMatchObject([{ title: 'Claims workshop' }]);

    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(await api.listDrafts()).toEqual([]);
  });

  it('removes the draft when the map is saved, and writes none afterwards (browser API)', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const api = createBrowserApi({ drafts: createMemoryDraftBackend() });
    const store = workshopStore();
    const statuses: DraftStatus[] = [];
    running = startDraftAutosave({ api, store, onStatus: (status) => statuses.push(status) });
    const flows = createDocumentFlows({ api, store, dialogs: { ask: vi.fn() }, announce: () => undefined });

    rename(store, 'Claims workshop');
    await vi.advanceTimersByTimeAsync(1000);
    const [draft] = await api.listDrafts();
    expect(draft).toMatchObject({ title: 'Claims workshop', fileName: null });

    rename(store, 'Claims workshop, final');
    expect(await flows.save('save')).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);

    expect(await api.listDrafts()).toEqual([]);
    expect(statuses.at(-1)).toEqual({ kind: 'idle' });
  });
});
