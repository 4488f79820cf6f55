import { useId, useRef, useState } from 'react';
import { findingTitle, SEVERITIES, severityLabel, statusForSeverity, type Finding, type Severity } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { analysisOf, listNoticeOf } from '../analysis/use-findings';
import { revealForFinding, useReveal } from '../analysis/reveal';
import { useDocument, useDocumentStore, selectReviewMode } from '../store/document-store';
import { SeverityIcon, StatusIcon } from './DiagnosisIcons';
import {
  countBySeverity,
  filterFindings,
  findingCountText,
  findingKey,
  groupFindingsByStage,
  severityCountsText,
  type FindingGroup,
} from './finding-groups';
import { Legend } from './Legend';
import { quickFixDoneText, QuickFixControl, type QuickFixChoice } from './QuickFixControl';
import { quickFixFor, sharedMetricEdit, siloChoiceEdit } from './quick-fixes';
import './findings.css';

const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);
/** A group lists this many findings until asked for more, so a huge map never renders thousands at once. */
export const GROUP_PAGE_SIZE = 20;

/**
 * The findings panel: every problem the diagnosis finds, grouped by stage, filterable by severity and
 * silo. A finding's button selects what it is about and shows it on the map; one-decision problems
 * carry a quick fix that applies as one undo step.
 */
export function FindingsPanel() {
  const map = useDocument((state) => state.map);
  const readOnly = useDocument(selectReviewMode);
  const documentStore = useDocumentStore();
  const reveal = useReveal();
  const { findings } = analysisOf(map);
  const listNotice = listNoticeOf(map);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [siloFilter, setSiloFilter] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; after: JourneyMap } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const siloId = siloFilter !== null && map.silos.some((silo) => silo.id === siloFilter) ? siloFilter : null;
  const visible = filterFindings(findings, map, { severities, siloId });
  const groups = groupFindingsByStage(visible, map);
  const totals = countBySeverity(findings);

  const toggleSeverity = (severity: Severity, on: boolean) => {
    const next = new Set(severities);
    if (on) next.add(severity);
    else next.delete(severity);
    setSeverities(next);
  };

  const applyFix = (choice: QuickFixChoice) => {
    if (selectReviewMode(documentStore.getState())) return;
    const { fix, siloId: chosen } = choice;
    const edit = fix.kind === 'add-shared-metric' ? sharedMetricEdit(fix) : chosen === null ? null : siloChoiceEdit(fix, chosen);
    if (!edit) return;
    const before = documentStore.getState().map;
    documentStore.getState().applyEdit(edit);
    if (documentStore.getState().map === before) return;
    setNotice({ text: quickFixDoneText(choice, before), after: documentStore.getState().map });
    headingRef.current?.focus();
  };

  const show = (finding: Finding) => {
    const target = revealForFinding(finding, map);
    if (target) reveal(target, { show: true });
  };

  return (
    <section className="jm-findings" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="jm-findings__title">
        Findings
      </h2>
      {findings.length === 0 ? (
        <div className="jm-findings__empty">
          <span className="jm-mark jm-mark--ok">
            <StatusIcon status="ok" size={24} />
          </span>
          <div>
            <p className="jm-findings__empty-title">No problems found</p>
            <p className="jm-findings__hint">
              Every stage has one accountable silo and a metric its silos share, and every hand-off has an owner.
            </p>
          </div>
        </div>
      ) : (
        <>
          <p className="jm-findings__summary">
            {visible.length === findings.length
              ? `${findingCountText(findings.length)}: ${severityCountsText(totals)}.`
              : `Showing ${visible.length} of ${findingCountText(findings.length)}.`}
          </p>
          {listNotice === null ? null : <p className="jm-findings__list-notice">{listNotice}</p>}
          <div className="jm-findings__filters">
            <fieldset className="jm-findings__severities">
              <legend>Severity</legend>
              {SEVERITIES.map((severity) => (
                <label key={severity} className={`jm-findings__severity-toggle jm-severity--${severity}`}>
                  <input
                    type="checkbox"
                    checked={severities.has(severity)}
                    onChange={(event) => toggleSeverity(severity, event.target.checked)}
                  />
                  <SeverityIcon severity={severity} />
                  {severityLabel(severity)} ({totals[severity]})
                </label>
              ))}
            </fieldset>
            <label className="jm-findings__silo-filter">
              <span>Silo</span>
              <select
                className="select"
                value={siloId ?? ''}
                onChange={(event) => setSiloFilter(event.target.value === '' ? null : event.target.value)}
              >
                <option value="">All silos</option>
                {map.silos.map((silo) => (
                  <option key={silo.id} value={silo.id}>
                    {silo.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </>
      )}
      <p role="status" className="jm-findings__notice">
        {notice?.after === map ? notice.text : ''}
      </p>
      {findings.length > 0 && visible.length === 0 ? (
        <p className="jm-findings__hint">No findings match these filters.</p>
      ) : null}
      {groups.map((group) => (
        <FindingGroupView
          key={group.stageId ?? ''}
          group={group}
          map={map}
          readOnly={readOnly}
          onShow={show}
          onFix={applyFix}
        />
      ))}
      <details className="jm-findings__legend">
        <summary>What the marks mean</summary>
        <Legend headingLevel={3} />
      </details>
    </section>
  );
}

function FindingGroupView({
  group,
  map,
  readOnly,
  onShow,
  onFix,
}: {
  group: FindingGroup;
  map: JourneyMap;
  readOnly: boolean;
  onShow: (finding: Finding) => void;
  onFix: (choice: QuickFixChoice) => void;
}) {
  const headingId = useId();
  const counts = countBySeverity(group.findings);
  const [limit, setLimit] = useState(GROUP_PAGE_SIZE);
  const shown = group.findings.slice(0, limit);
  const hidden = group.findings.length - shown.length;
  return (
    <section className="jm-findings__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="jm-findings__group-title">
        {group.title}
      </h3>
      <p className="jm-findings__group-counts">
        {findingCountText(group.findings.length)}
        {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => (
          <span key={severity} className={`jm-severity jm-severity--${severity}`}>
            <SeverityIcon severity={severity} />
            {counts[severity]} {severity}
          </span>
        ))}
      </p>
      <ul className="jm-findings__list" aria-labelledby={headingId}>
        {shown.map((finding) => (
          <FindingItem key={findingKey(finding)} finding={finding} map={map} readOnly={readOnly} onShow={onShow} onFix={onFix} />
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="button jm-findings__more" onClick={() => setLimit((current) => current + GROUP_PAGE_SIZE)}>
          Show {Math.min(hidden, GROUP_PAGE_SIZE)} more in {group.title} ({hidden} not shown)
        </button>
      ) : null}
    </section>
  );
}

function FindingItem({
  finding,
  map,
  readOnly,
  onShow,
  onFix,
}: {
  finding: Finding;
  map: JourneyMap;
  readOnly: boolean;
  onShow: (finding: Finding) => void;
  onFix: (choice: QuickFixChoice) => void;
}) {
  const metaId = useId();
  const fix = readOnly ? null : quickFixFor(finding, map);
  return (
    <li className={`jm-finding jm-finding--${statusForSeverity(finding.severity)}`}>
      <p id={metaId} className="jm-finding__meta">
        <span className={`jm-severity jm-severity--${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          {severityLabel(finding.severity)}
        </span>
        <span className="jm-finding__kind">{findingTitle(finding.code)}</span>
      </p>
      <button
        type="button"
        className="jm-finding__message"
        aria-describedby={metaId}
        onClick={() => onShow(finding)}
      >
        {finding.message}
      </button>
      {fix ? <QuickFixControl fix={fix} map={map} onApply={onFix} /> : null}
    </li>
  );
}
