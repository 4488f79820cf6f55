import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findingsOf, stageStatusesOf, useFindings, useStageStatuses } from '../../../../renderer/analysis/use-findings';
import { analyzeJourney, type Finding, type StageStatus } from '../../../../shared/analysis';
import { updateStage } from '../../../../shared/model';
import { fixtureMap, renderWithDocument } from './diagnosis-fixture';

afterEach(cleanup);

describe('the shared diagnosis', () => {
  it('analyses a map once: every request for the same map object gets the same findings', () => {
    const map = fixtureMap();
    const first = findingsOf(map);
    expect(first).toEqual(analyzeJourney(map));
    expect(findingsOf(map)).toBe(first);
    expect(stageStatusesOf(map)).toBe(stageStatusesOf(map));
    expect(stageStatusesOf(map).get('stage-renew')).toBe('critical');
    expect(stageStatusesOf(map).get('stage-discover')).toBe('note');
  });

  it('gives every consumer the same result, and a new one after an edit', () => {
    const seen: { findings: readonly Finding[]; statuses: ReadonlyMap<string, StageStatus> }[] = [];
    function Consumer() {
      seen.push({ findings: useFindings(), statuses: useStageStatuses() });
      return null;
    }
    const { store } = renderWithDocument(
      <>
        <Consumer />
        <Consumer />
      </>,
      fixtureMap(),
    );
    expect(seen).toHaveLength(2);
    expect(seen[1]?.findings).toBe(seen[0]?.findings);
    expect(seen[1]?.statuses).toBe(seen[0]?.statuses);

    act(() => store.getState().applyEdit((map) => updateStage(map, 'stage-renew', { accountableSiloId: 'silo-sales' })));
    const latest = seen.at(-1);
    expect(latest?.findings).not.toBe(seen[0]?.findings);
    expect(latest?.findings.some((finding) => finding.code === 'split-ownership' && finding.stageId === 'stage-renew')).toBe(false);
    expect(seen.at(-2)?.findings).toBe(latest?.findings);
  });
});
