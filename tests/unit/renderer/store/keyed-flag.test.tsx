import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { createKeyedFlag } from '../../../../renderer/store/keyed-flag';

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
  const renders = new Map<string, number>();
  function Item({ id }: { id: string }) {
    const on = useFlag(store, id);
    renders.set(id, (renders.get(id) ?? 0) + 1);
    return <li data-testid={id}>{on ? 'on' : 'off'}</li>;
  }
  const ids = ['a', 'b', 'c', 'd'];
  const view = render(
    <ul>
      {ids.map((id) => (
        <Item key={id} id={id} />
      ))}
    </ul>,
  );
  const shown = () => ids.map((id) => view.getByTestId(id).textContent);
  const rendersSinceStart = () => ids.map((id) => (renders.get(id) ?? 0) - 1);
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
