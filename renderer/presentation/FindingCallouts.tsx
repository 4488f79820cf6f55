import { findingTitle, plainExplanation, severityLabel, type Finding } from '../../shared/analysis';
import type { JourneyMap, Stage } from '../../shared/model/types';
import { SeverityIcon, StatusIcon } from '../findings/DiagnosisIcons';
import { calloutOrder } from './stage-announcement';

/** The focused stage's problems as plain-language callouts, each with its severity as an icon and a word. */
export function FindingCallouts({ map, findings, stage }: { map: JourneyMap; findings: readonly Finding[]; stage: Stage }) {
  const own = calloutOrder(findings, stage.id);
  return (
    <aside className="pm-callouts" aria-label={`Problems in ${stage.name}`}>
      <h2 className="pm-callouts__heading">
        {own.length === 0 ? 'No problems found' : own.length === 1 ? '1 problem to resolve' : `${own.length} problems to resolve`}
      </h2>
      {own.length === 0 ? (
        <p className="pm-callout pm-callout--ok">
          <span className="pm-callout__severity">
            <StatusIcon status="ok" size={28} />
            OK
          </span>
          {`Nothing in ${stage.name} needs a decision.`}
        </p>
      ) : (
        <ol className="pm-callouts__list">
          {own.map((finding) => (
            <li key={`${finding.code}:${finding.subject.id}:${finding.touchpointIds.join(',')}`} className={`pm-callout pm-callout--${finding.severity}`}>
              <p className="pm-callout__title">
                <span className="pm-callout__severity">
                  <SeverityIcon severity={finding.severity} size={28} />
                  {severityLabel(finding.severity)}
                </span>
                <span className="pm-sr-only">, </span>
                <span className="pm-callout__kind">{findingTitle(finding.code)}</span>
              </p>
              <p className="pm-callout__text">{plainExplanation(finding, map)}</p>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
