import { useDiagnosisView } from '../analysis/diagnosis-view';
import './org-chart.css';

/** A toolbar toggle that swaps the map area between the journey map and the org chart (pressed while shown). */
export function OrgChartToggle() {
  const showing = useDiagnosisView((state) => state.mainView === 'org-chart');
  const toggleOrgChart = useDiagnosisView((state) => state.toggleOrgChart);
  return (
    <button
      type="button"
      className="button toolbar-button jm-org-chart-toggle"
      aria-pressed={showing}
      title="Show who delivers each stage as a silo × stage matrix"
      onClick={toggleOrgChart}
    >
      Org chart
    </button>
  );
}
