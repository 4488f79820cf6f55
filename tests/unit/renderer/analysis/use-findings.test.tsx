import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analysisOf,
  findingsOf,
  listNoticeOf,
  stageStatusesOf,
  useFindings,
  useStageStatuses,
} from '../../../../renderer/analysis/use-findings';
import { APP_MAX_CONFLICT_PAIRS, analyzeJourney, type Finding, type StageStatus } from '../../../../shared/analysis';
import { updateStage } from '../../../../shared/model';
import { conflictFloodMap } from '../../shared/analysis/map-builder';
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

describe('the diagnosis of a map from outside', () => {
  it('lists at most the app’s bound of conflicting messages and counts the rest, once per map object', () => {
    const flood = conflictFloodMap(2_000);
    const analysis = analysisOf(flood);
    expect(analysisOf(flood)).toBe(analysis);
    expect(findingsOf(flood)).toBe(analysis.findings);
    expect(analysis.conflictPairCount).toBe(1_000_000);
    expect(analysis.findings.filter((finding) => finding.code === 'conflicting-messages')).toHaveLength(APP_MAX_CONFLICT_PAIRS);
    expect(analysis.omittedConflictPairs).toBe(1_000_000 - APP_MAX_CONFLICT_PAIRS);
    expect(listNoticeOf(flood)).toBe('This map has 1,000,000 pairs of conflicting messages; 2,000 of them are listed.');
    expect(stageStatusesOf(flood).get('stage-0')).toBe('critical');
  });

  it('changes nothing for an ordinary map: the spec’s findings and no notice', () => {
    const map = fixtureMap();
    expect(analysisOf(map)).toEqual({ findings: analyzeJourney(map), conflictPairCount: 1, omittedConflictPairs: 0 });
    expect(listNoticeOf(map)).toBeNull();
  });
});

