/**
 * Per-item flags of a store ("is this card being renamed?") that wake only the items whose flag changed.
 * A thousand cards each subscribed to the whole view store ran a thousand selectors on every view change
 * (focus, announcement, selection); a keyed flag compares a few keys per store change and notifies only
 * the items whose flag turned on or off.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';

type Listener = () => void;

/** The keys a state holds; null entries stand for none. */
type KeysOf<S> = (state: S) => readonly (string | null)[];

interface KeyedHub {
  subscribe: (key: string, listener: Listener) => () => void;
}

function sameKeys(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/**
 * A hook answering "is `key` one of the store's current keys?" for the keys `keysOf` reads from the state
 * (for instance the card under the pointer and the focused card).
 */
export function createKeyedMembership<S>(keysOf: KeysOf<S>): (store: StoreApi<S>, key: string) => boolean {
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
          const before = keysOf(previous);
          const after = keysOf(state);
          if (sameKeys(before, after)) return;
          // A listener whose flag did not change reads the same value and React skips it.
          for (const key of new Set([...before, ...after])) notify(key);
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

  return function useKeyedMembership(store: StoreApi<S>, key: string): boolean {
    const hub = hubFor(store);
    const subscribe = useCallback((listener: Listener) => hub.subscribe(key, listener), [hub, key]);
    const isMember = useCallback(() => keysOf(store.getState()).includes(key), [store, key]);
    return useSyncExternalStore(subscribe, isMember, isMember);
  };
}

/** A hook answering "is `key` the store's current key?" for the key `keyOf` reads from the state (null: none). */
export function createKeyedFlag<S>(keyOf: (state: S) => string | null): (store: StoreApi<S>, key: string) => boolean {
  return createKeyedMembership<S>((state) => [keyOf(state)]);
}
