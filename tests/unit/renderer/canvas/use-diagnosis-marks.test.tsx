import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  diagnosisMarksOf,
  stableDiagnosisMarks,
  useDiagnosisMarks,
} from '../../../../renderer/canvas/use-diagnosis-marks';
import type { DiagnosisMarks } from '../../../../renderer/canvas/diagnosis-marks';
import { DocumentStoreProvider } from '../../../../renderer/store/document-store';
import { updateStage } from '../../../../shared/model';
import { storesFor, workshopMap } from './canvas-fixtures';

describe('diagnosisMarksOf', () => {
  it('derives the marks of a map object once', () => {
    const map = workshopMap();
    expect(diagnosisMarksOf(map)).toBe(diagnosisMarksOf(map));
    expect(diagnosisMarksOf(map).stages.get('s1')?.label).toBe('No shared metric');
  });
});

describe('stableDiagnosisMarks', () => {
  it('keeps the previous marks while an edit changes no highlight, and replaces them when one changes', () => {
    const { documentStore } = storesFor();
    const first = documentStore.getState().map;
    const marks = stableDiagnosisMarks(documentStore, first);
    const renamed = { ...first, title: 'Another title' };
    expect(stableDiagnosisMarks(documentStore, renamed)).toBe(marks);
    const accountable = updateStage(renamed, 's1', { accountableSiloId: 'sales' });
    const changed = stableDiagnosisMarks(documentStore, updateStage(accountable, 's2', { accountableSiloId: null }));
    expect(changed).not.toBe(marks);
    expect(changed.stages.get('s2')?.findingCount).toBe((marks.stages.get('s2')?.findingCount ?? 0) + 1);
  });
});

describe('useDiagnosisMarks', () => {
  it('re-renders only when a highlight changes', () => {
    const { documentStore } = storesFor();
    const seen: DiagnosisMarks[] = [];
    function Probe() {
      seen.push(useDiagnosisMarks());
      return null;
    }
    render(
      <DocumentStoreProvider store={documentStore}>
        <Probe />
      </DocumentStoreProvider>,
    );
    expect(seen).toHaveLength(1);
    act(() => documentStore.getState().applyEdit((map) => ({ ...map, title: 'Renamed' })));
    expect(seen).toHaveLength(1);
    act(() => documentStore.getState().applyEdit((map) => updateStage(map, 's2', { accountableSiloId: null })));
    expect(seen).toHaveLength(2);
    expect(seen[1]?.stages.get('s2')?.findingCount).toBe((seen[0]?.stages.get('s2')?.findingCount ?? 0) + 1);
  });
});
