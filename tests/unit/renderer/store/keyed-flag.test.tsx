import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { createKeyedFlag, createKeyedMembership } from '../../../../renderer/store/keyed-flag';

/** Renders one list item per id showing `useOn(id)`, counting each item's renders. */
function renderItems(ids: readonly string[], useOn: (id: string) => boolean) {
  const renders = new Map<string, number>();
  function Item({ id }: { id: string }) {
    const on = useOn(id);
    renders.set(id, (renders.get(id) ?? 0) + 1);
    return <li data-testid={id}>{on ? 'on' : 'off'}</li>;
  }
  const view = render(
    <ul>
      {ids.map((id) => (
        <Item key={id} id={id} />
      ))}
    </ul>,
  );
  const shown = () => ids.map((id) => view.getByTestId(id).textContent);
  const rendersSinceStart = () => ids.map((id) => (renders.get(id) ?? 0) - 1);
  return { view, shown, rendersSinceStart };
}

interface State {
  current: string | null;
  other: number;
}

function setup() {
  const store = createStore<State>(() => ({ current: null, other: 0 }));
  const subscriptions = { active: 0 };
  const subscribe = store.subscribe;
  store.subscribe = (listener) => {
    subscriptions.active++;
    const unsubscribe = subscribe(listener);
    return () => {
      subscriptions.active--;
      unsubscribe();
    };
  };
  const useFlag = createKeyedFlag<State>((state) => state.current);
  const { view, shown, rendersSinceStart } = renderItems(['a', 'b', 'c', 'd'], (id) =>
    useFlag(store, id),
  );
  return { store, view, shown, rendersSinceStart, subscriptions };
}

describe('createKeyedFlag', () => {
  it('shows the flag of each item and follows the key as it moves', () => {
    const { store, shown } = setup();
    expect(shown()).toEqual(['off', 'off', 'off', 'off']);
    act(() => store.setState({ current: 'b' }));
    expect(shown()).toEqual(['off', 'on', 'off', 'off']);
    act(() => store.setState({ current: 'd' }));
    expect(shown()).toEqual(['off', 'off', 'off', 'on']);
    act(() => store.setState({ current: null }));
    expect(shown()).toEqual(['off', 'off', 'off', 'off']);
  });

  it('re-renders only the items the key left and reached, and none for other changes', () => {
    const { store, rendersSinceStart } = setup();
    act(() => store.setState({ other: 1 }));
    act(() => store.setState({ other: 2 }));
    expect(rendersSinceStart()).toEqual([0, 0, 0, 0]);
    act(() => store.setState({ current: 'b' }));
    expect(rendersSinceStart()).toEqual([0, 1, 0, 0]);
    act(() => store.setState({ current: 'c' }));
    expect(rendersSinceStart()).toEqual([0, 2, 1, 0]);
    act(() => store.setState({ current: 'c', other: 3 }));
    expect(rendersSinceStart()).toEqual([0, 2, 1, 0]);
  });

  it('holds one store subscription for all items and lets go of it when the last item unmounts', () => {
    const { store, view, subscriptions } = setup();
    expect(subscriptions.active).toBe(1);
    view.unmount();
    expect(subscriptions.active).toBe(0);
    act(() => store.setState({ current: 'a' }));
    expect(subscriptions.active).toBe(0);
  });
});

describe('createKeyedMembership', () => {
  interface Pointers {
    hovered: string | null;
    focused: string | null;
  }

  function setupMembership() {
    const store = createStore<Pointers>(() => ({ hovered: null, focused: null }));
    const useMember = createKeyedMembership<Pointers>((state) => [state.hovered, state.focused]);
    const { shown, rendersSinceStart } = renderItems(['a', 'b', 'c'], (id) => useMember(store, id));
    return { store, shown, rendersSinceStart };
  }

  it('is on for every item among the keys, and stays on while any key still names the item', () => {
    const { store, shown } = setupMembership();
    act(() => store.setState({ hovered: 'a', focused: 'c' }));
    expect(shown()).toEqual(['on', 'off', 'on']);
    act(() => store.setState({ hovered: 'c' }));
    expect(shown()).toEqual(['off', 'off', 'on']);
    act(() => store.setState({ focused: null }));
    expect(shown()).toEqual(['off', 'off', 'on']);
    act(() => store.setState({ hovered: null }));
    expect(shown()).toEqual(['off', 'off', 'off']);
  });

  it('re-renders only the items whose flag turned on or off', () => {
    const { store, rendersSinceStart } = setupMembership();
    act(() => store.setState({ hovered: 'a' }));
    expect(rendersSinceStart()).toEqual([1, 0, 0]);
    act(() => store.setState({ focused: 'a' }));
    expect(rendersSinceStart()).toEqual([1, 0, 0]);
    act(() => store.setState({ hovered: 'b' }));
    expect(rendersSinceStart()).toEqual([1, 1, 0]);
  });
});
