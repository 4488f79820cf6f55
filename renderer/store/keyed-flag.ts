/**
 * Per-item flags of a store ("is this card being renamed?") that wake only the items whose flag changed.
 * A thousand cards each subscribed to the whole view store ran a thousand selectors on every view change
 * (focus, announcement, selection); a keyed flag compares one key per store change and notifies at most
 * the two items it moved between.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';

type Listener = () => void;

interface KeyedHub {
  subscribe: (key: string, listener: Listener) => () => void;
}

/** A hook answering "is `key` the store's current key?" for the key `keyOf` reads from the state (null: none). */
export function createKeyedFlag<S>(keyOf: (state: S) => string | null): (store: StoreApi<S>, key: string) => boolean {
  const hubs = new WeakMap<StoreApi<S>, KeyedHub>();

  function hubFor(store: StoreApi<S>): KeyedHub {
    const existing = hubs.get(store);
    if (existing) return existing;
    const listeners = new Map<string, Set<Listener>>();
    let unsubscribeStore: (() => void) | null = null;
    const notify = (key: string | null) => {
      if (key === null) return;
      const keyed = listeners.get(key);
      if (keyed) for (const listener of [...keyed]) listener();
    };
    const hub: KeyedHub = {
      subscribe(key, listener) {
        let keyed = listeners.get(key);
        if (!keyed) listeners.set(key, (keyed = new Set()));
        keyed.add(listener);
        unsubscribeStore ??= store.subscribe((state, previous) => {
          const before = keyOf(previous);
          const after = keyOf(state);
          if (before === after) return;
          notify(before);
          notify(after);
        });
        return () => {
          if (!keyed.delete(listener)) return;
          if (keyed.size === 0) listeners.delete(key);
          if (listeners.size === 0 && unsubscribeStore) {
            unsubscribeStore();
            unsubscribeStore = null;
          }
        };
      },
    };
    hubs.set(store, hub);
    return hub;
  }

  return function useKeyedFlag(store: StoreApi<S>, key: string): boolean {
    const hub = hubFor(store);
    const subscribe = useCallback((listener: Listener) => hub.subscribe(key, listener), [hub, key]);
    const isCurrent = useCallback(() => keyOf(store.getState()) === key, [store, key]);
    return useSyncExternalStore(subscribe, isCurrent, isCurrent);
  };
}
