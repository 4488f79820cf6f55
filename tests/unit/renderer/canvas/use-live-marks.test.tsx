import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  useLiveCardMarks,
  useLiveHandoffUnowned,
  useLiveStageBadge,
  useLiveStageStatuses,
} from '../../../../renderer/canvas/use-live-marks';
import { DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { setTouchpointSilo, updateStage } from '../../../../shared/model';
import { storesFor } from './canvas-fixtures';

/** Renders probes of the live highlights and counts each probe's renders. */
function renderProbes() {
  const { documentStore } = storesFor();
  const renders = new Map<string, number>();
  const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);
  function Card({ id }: { id: string }) {
    const { conflict, unowned } = useLiveCardMarks(id);
    count(`card:${id}`);
    return <li data-testid={`card:${id}`}>{`${conflict ? 'conflict' : ''}${unowned ? 'unowned' : ''}` || 'clean'}</li>;
  }
  function Header({ id }: { id: string }) {
    const badge = useLiveStageBadge(id);
    count(`stage:${id}`);
    return <li data-testid={`stage:${id}`}>{badge ? `${badge.status} ${badge.findingCount}` : 'none'}</li>;
  }
  function Grid() {
    const statuses = useLiveStageStatuses();
    count('grid');
    return <li data-testid="grid">{[...statuses.values()].join(',')}</li>;
  }
  function Handoff({ id }: { id: string }) {
    const unowned = useLiveHandoffUnowned(id);
    return <li data-testid={`handoff:${id}`}>{unowned ? 'unowned' : 'owned'}</li>;
  }
  const view = render(
    <DocumentStoreProvider store={documentStore}>
      <ul>
        {['ad', 'quote', 'invoice', 'stray'].map((id) => (
          <Card key={id} id={id} />
        ))}
        <Header id="s1" />
        <Header id="s2" />
        <Grid />
        <Handoff id="h-cross" />
      </ul>
    </DocumentStoreProvider>,
  );
  const text = (testId: string) => view.getByTestId(testId).textContent;
  const rendersOf = (name: string) => renders.get(name) ?? 0;
  return { documentStore, text, rendersOf };
}

describe('the live highlights', () => {
  it('show the current map\'s marks and follow an edit that changes them', () => {
    const { documentStore, text } = renderProbes();
    expect(text('card:stray')).toBe('unowned');
    expect(text('card:ad')).toBe('clean');
    const s2Before = text('stage:s2');
    act(() => documentStore.getState().applyEdit((map) => setTouchpointSilo(map, 'ad', null)));
    expect(text('card:ad')).toBe('unowned');
    act(() => documentStore.getState().applyEdit((map) => updateStage(map, 's2', { accountableSiloId: null })));
    expect(text('stage:s2')).not.toBe(s2Before);
  });

  it('re-render only the cards, headers and grid whose highlight changed', () => {
    const { documentStore, rendersOf } = renderProbes();
    const before = new Map(['ad', 'quote', 'invoice', 'stray'].map((id) => [id, rendersOf(`card:${id}`)]));
    const gridBefore = rendersOf('grid');
    const s1Before = rendersOf('stage:s1');
    const s2Before = rendersOf('stage:s2');
    act(() => documentStore.getState().applyEdit((map) => ({ ...map, title: 'Renamed' })));
    expect([rendersOf('grid'), rendersOf('stage:s1'), rendersOf('stage:s2')]).toEqual([gridBefore, s1Before, s2Before]);
    act(() => documentStore.getState().applyEdit((map) => setTouchpointSilo(map, 'ad', null)));
    expect(rendersOf('card:ad')).toBe((before.get('ad') ?? 0) + 1);
    for (const id of ['quote', 'invoice', 'stray']) expect(rendersOf(`card:${id}`)).toBe(before.get(id));
    // s1 gains a finding (its card lost its owner); s2's badge is equal to the one shown, so it stays put.
    expect(rendersOf('stage:s1')).toBe(s1Before + 1);
    expect(rendersOf('stage:s2')).toBe(s2Before);
  });

  it('mark a cross-silo hand-off that loses its owner', () => {
    const { documentStore, text } = renderProbes();
    expect(text('handoff:h-cross')).toBe('owned');
    act(() =>
      documentStore.getState().applyEdit((map) => ({
        ...map,
        handoffs: map.handoffs.map((handoff) => (handoff.id === 'h-cross' ? { ...handoff, ownerSiloId: null } : handoff)),
      })),
    );
    expect(text('handoff:h-cross')).toBe('unowned');
  });
});
