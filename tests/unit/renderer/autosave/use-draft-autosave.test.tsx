import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraftAutosave } from '../../../../renderer/autosave/use-draft-autosave';
import { createDocumentStore, DocumentStoreProvider, type DocumentStore } from '../../../../renderer/store/document-store';
import { fakeJourneyApi } from '../shell/fake-journey-api';
import { createEmptyMap, setMapTitle } from '../../../../shared/model';

function setup() {
  const store = createDocumentStore({ map: createEmptyMap({ title: 'Workshop' }), info: { fileName: null, readOnly: false } });
  const { api } = fakeJourneyApi('browser');
  const wrapper = ({ children }: { children: ReactNode }) => <DocumentStoreProvider store={store}>{children}</DocumentStoreProvider>;
  const hook = renderHook(() => useDraftAutosave(api), { wrapper });
  return { store, api, hook };
}

function rename(store: DocumentStore, title: string): void {
  act(() => store.getState().applyEdit((map) => setMapTitle(map, title)));
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useDraftAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-05T12:03:00.000Z') });
  });
  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  it('writes the draft at once when the page is hidden, without waiting for the pause', async () => {
    const { store, api } = setup();
    rename(store, 'Claims workshop');
    expect(api.writeDraft).not.toHaveBeenCalled();

    await act(async () => setVisibility('hidden'));

    expect(api.writeDraft).toHaveBeenCalledExactlyOnceWith({ map: store.getState().map });
  });

  it('writes the draft at once when the page is being unloaded', async () => {
    const { store, api } = setup();
    rename(store, 'Claims workshop');

    await act(async () => window.dispatchEvent(new Event('pagehide')));

    expect(api.writeDraft).toHaveBeenCalledExactlyOnceWith({ map: store.getState().map });
  });

  it('reports each draft written, and stops when unmounted', async () => {
    const { store, api, hook } = setup();
    rename(store, 'Claims workshop');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(hook.result.current.status).toEqual({ kind: 'saved', at: new Date('2026-11-05T12:03:01.000Z') });

    hook.unmount();
    act(() => store.getState().applyEdit((map) => setMapTitle(map, 'After closing')));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.writeDraft).toHaveBeenCalledTimes(1);
  });
});
