import { useCallback, useState } from 'react';
import type { JourneyApi, ThemePreference } from '../../shared/ipc/contract';
import { useAlignmentCommands, useAlignmentView } from '../alignment/alignment-view';
import { StageAlignmentView } from '../alignment/StageAlignmentView';
import { useDiagnosisCommands, useDiagnosisView } from '../analysis/diagnosis-view';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { TemplateChooser } from '../dialogs/TemplateChooser';
import { SidePanelTabs } from '../findings/SidePanelTabs';
import { Inspector } from '../inspector/Inspector';
import { OrgChartView } from '../org-chart/OrgChartView';
import { PresentationHost } from '../presentation/PresentationHost';
import { CommentsPanel } from '../review/CommentsPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { useReviewCommands } from '../review/use-review-commands';
import { selectReviewMode, useDocument } from '../store/document-store';
import { EmptyState } from './EmptyState';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { Toolbar } from './Toolbar';
import { useApiEvents } from './use-api-events';
import { useDocumentCommands } from './use-document-commands';
import { useEditedSync } from './use-edited-sync';
import { useShortcuts } from './use-shortcuts';

/** The editor window: title and toolbar on top, the map in the middle, the inspector at the side. */
export function Workspace({
  api,
  theme,
  onThemeChange,
}: {
  api: JourneyApi;
  theme: ThemePreference;
  onThemeChange: (theme: ThemePreference) => void;
}) {
  const [status, setStatus] = useState('');
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const showTemplateChooser = useCallback(() => setChoosingTemplate(true), []);
  const flows = useDocumentCommands(api, setStatus, showTemplateChooser);
  useApiEvents(api, flows);
  useEditedSync(api);
  useShortcuts(api.platform);
  const empty = useDocument((state) => state.map.stages.length === 0);
  useDiagnosisCommands();
  const mainView = useDiagnosisView((state) => state.mainView);
  useAlignmentCommands();
  const aligning = useAlignmentView((state) => state.open);
  const sidePanel = useDiagnosisView((state) => state.sidePanel);
  useReviewCommands(setStatus);
  const reviewMode = useDocument(selectReviewMode);

  return (
    <div className="app-shell">
      <header className="app-header">
        <TitleBar />
        <Toolbar platform={api.platform} theme={theme} onThemeChange={onThemeChange} />
      </header>
      <div className="app-body">
        <main className="map-area">
          {aligning ? (
            <StageAlignmentView />
          ) : mainView === 'org-chart' ? (
            <OrgChartView />
          ) : (
            <>
              <JourneyCanvas />
              {empty ? <EmptyState /> : null}
            </>
          )}
        </main>
        <aside className="side-panel" aria-label={reviewMode ? 'Review' : sidePanel === 'findings' ? 'Diagnosis' : 'Inspector'}>
          {reviewMode ? <ReviewPanel /> : null}
          <SidePanelTabs inspector={<Inspector />} />
          {reviewMode ? null : <CommentsPanel />}
        </aside>
      </div>
      <StatusBar message={status} />
      <PresentationHost api={api} />
      {choosingTemplate ? (
        <TemplateChooser
          onCancel={() => setChoosingTemplate(false)}
          onChoose={(templateId) => {
            setChoosingTemplate(false);
            void flows.createNew(templateId);
          }}
        />
      ) : null}
    </div>
  );
}
