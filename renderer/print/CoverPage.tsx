import { type Finding, findingTitle, severityLabel, stageBadge, statusForSeverity, statusLabel } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';
import { FitBox } from './PrintSheet';
import { SeverityIcon, StatusIcon } from './PrintIcons';
import { countBySeverity, topProblems } from './cover-summary';

/** How many stages the cover's journey strip names before it summarises the rest. */
const GLANCE_STAGES = 8;

/** The cover: what the map is about, for whom, how big it is and the worst of what the diagnosis found. */
export function CoverPage({
  map,
  findings,
  date,
  heightPx,
}: {
  map: JourneyMap;
  findings: readonly Finding[];
  date: string;
  heightPx: number;
}) {
  const counts = [
    { label: map.stages.length === 1 ? 'stage' : 'stages', value: map.stages.length },
    { label: map.silos.length === 1 ? 'silo' : 'silos', value: map.silos.length },
    { label: map.touchpoints.length === 1 ? 'touchpoint' : 'touchpoints', value: map.touchpoints.length },
    { label: map.handoffs.length === 1 ? 'hand-off' : 'hand-offs', value: map.handoffs.length },
  ];
  const worst = topProblems(findings);
  const glance = map.stages.slice(0, GLANCE_STAGES);
  const hiddenStages = map.stages.length - glance.length;
  return (
    <FitBox>
      <div className="pv-cover-page" style={{ minHeight: heightPx }}>
        <div className="pv-cover">
          <div>
            <p className="pv-cover__eyebrow">Customer journey review</p>
            <h1 className="pv-cover__title pv-text">{map.title}</h1>
            <p className="pv-cover__date">{date}</p>
            <dl className="pv-cover__facts">
              <div>
                <dt className="pv-cover__label">Who is our customer?</dt>
                <dd className="pv-cover__value">
                  <span className="pv-cover__customer pv-text">
                    {map.customer.name.trim() === '' ? 'Not agreed yet' : map.customer.name}
                  </span>
                  {map.customer.description.trim() === '' ? null : <span className="pv-text">{` — ${map.customer.description}`}</span>}
                </dd>
              </div>
              <div>
                <dt className="pv-cover__label">The memory we want customers to keep</dt>
                <dd className="pv-cover__value pv-cover__memory pv-text">
                  {map.intendedMemory.trim() === '' ? 'Not agreed yet' : `\u201c${map.intendedMemory}\u201d`}
                </dd>
              </div>
            </dl>
          </div>
          <div>
            <ul className="pv-counts" aria-label="Size of the map">
              {counts.map((count) => (
                <li className="pv-count" key={count.label}>
                  <span className="pv-count__number">{count.value}</span>
                  <span className="pv-count__label">{count.label}</span>
                </li>
              ))}
            </ul>
            <section className="pv-cover__summary" aria-label="What the diagnosis found">
              <p className="pv-cover__label">What the diagnosis found</p>
              <ul className="pv-severity-counts">
                {countBySeverity(findings).map(({ severity, count }) => (
                  <li className={`pv-severity-count pv-status--${statusForSeverity(severity)}`} key={severity}>
                    <SeverityIcon severity={severity} />
                    <span className="pv-severity-count__number">{count}</span>
                    {severityLabel(severity).toLowerCase()}
                  </li>
                ))}
              </ul>
              {worst.length === 0 ? (
                <p className="pv-cover__value pv-cover__spaced">
                  No problems found: every stage has an accountable silo, shared metrics and owned hand-offs.
                </p>
              ) : (
                <>
                  <p className="pv-cover__label pv-cover__spaced">The most serious problems</p>
                  <ol className="pv-top-problems">
                    {worst.map((finding, index) => (
                      <li className={`pv-top-problem pv-finding--${finding.severity}`} key={index}>
                        <p className="pv-cover__value">
                          <SeverityIcon severity={finding.severity} />
                          <strong>{severityLabel(finding.severity)}</strong>
                          {` · ${findingTitle(finding.code)}`}
                        </p>
                        <p className="pv-cover__value pv-text">{finding.message}</p>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          </div>
        </div>
        {glance.length === 0 ? null : (
          <section className="pv-glance" aria-label="The journey at a glance">
            <p className="pv-cover__label">The journey at a glance</p>
            <ol className="pv-glance__stages">
              {glance.map((stage) => {
                const badge = stageBadge(map, findings, stage.id);
                return (
                  <li className="pv-glance__stage" key={stage.id}>
                    <p className="pv-glance__name">{stage.name}</p>
                    <p className={`pv-badge pv-status--${badge.status}`}>
                      <StatusIcon status={badge.status} />
                      {statusLabel(badge.status)}
                    </p>
                  </li>
                );
              })}
              {hiddenStages > 0 ? (
                <li className="pv-glance__stage">{`+ ${hiddenStages} more ${hiddenStages === 1 ? 'stage' : 'stages'}`}</li>
              ) : null}
            </ol>
          </section>
        )}
      </div>
    </FitBox>
  );
}
