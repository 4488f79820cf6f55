import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useDiagnosisView, type SidePanelTab } from '../analysis/diagnosis-view';
import { useFindings } from '../analysis/use-findings';
import { FindingsPanel } from './FindingsPanel';
import './findings.css';

const TABS: readonly { tab: SidePanelTab; label: string }[] = [
  { tab: 'inspector', label: 'Inspector' },
  { tab: 'findings', label: 'Findings' },
];

/** The side panel's two tabs: the inspector (given) and the findings, with the number of findings on its tab. */
export function SidePanelTabs({ inspector }: { inspector: ReactNode }) {
  const selected = useDiagnosisView((state) => state.sidePanel);
  const showSidePanel = useDiagnosisView((state) => state.showSidePanel);
  const findingCount = useFindings().length;
  const baseId = useId();
  const tabRefs = useRef(new Map<SidePanelTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = TABS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    const target = next === null ? undefined : TABS[next];
    if (!target) return;
    event.preventDefault();
    showSidePanel(target.tab);
    tabRefs.current.get(target.tab)?.focus();
  };

  return (
    <div className="jm-side-panel">
      <div role="tablist" aria-label="Side panel" className="jm-side-tabs">
        {TABS.map(({ tab, label }, index) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) tabRefs.current.set(tab, element);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab}-tab`}
            aria-selected={selected === tab}
            aria-controls={`${baseId}-${tab}-panel`}
            tabIndex={selected === tab ? 0 : -1}
            className="jm-side-tabs__tab"
            onClick={() => showSidePanel(tab)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab === 'findings' ? `${label} (${findingCount})` : label}
          </button>
        ))}
      </div>
      {TABS.map(({ tab }) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${baseId}-${tab}-panel`}
          aria-labelledby={`${baseId}-${tab}-tab`}
          hidden={selected !== tab}
        >
          {selected !== tab ? null : tab === 'inspector' ? inspector : <FindingsPanel />}
        </div>
      ))}
    </div>
  );
}
