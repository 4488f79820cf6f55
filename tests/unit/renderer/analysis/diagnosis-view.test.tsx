import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDiagnosisCommands } from '../../../../renderer/analysis/diagnosis-view';
import { fixtureMap, renderWithDocument } from './diagnosis-fixture';

afterEach(cleanup);

function Commands() {
  useDiagnosisCommands();
  return null;
}

describe('the diagnosis views', () => {
  it('start on the inspector and the journey map', () => {
    const { diagnosisView } = renderWithDocument(<Commands />, fixtureMap());
    expect(diagnosisView.getState()).toMatchObject({ sidePanel: 'inspector', mainView: 'map' });
  });

  it('toggle the findings and the org chart from the menu commands', () => {
    const { diagnosisView, registry } = renderWithDocument(<Commands />, fixtureMap());
    act(() => void registry.dispatch('findings-toggle'));
    expect(diagnosisView.getState().sidePanel).toBe('findings');
    act(() => void registry.dispatch('org-chart'));
    expect(diagnosisView.getState().mainView).toBe('org-chart');
    act(() => void registry.dispatch('findings-toggle'));
    act(() => void registry.dispatch('org-chart'));
    expect(diagnosisView.getState()).toMatchObject({ sidePanel: 'inspector', mainView: 'map' });
  });

  it('stop handling the commands when unmounted', () => {
    const { registry, unmount } = renderWithDocument(<Commands />, fixtureMap());
    unmount();
    expect(registry.dispatch('org-chart')).toBe(false);
  });
});
