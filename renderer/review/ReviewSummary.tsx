import { useId, useMemo } from 'react';
import { severityLabel, statusLabel } from '../../shared/analysis';
import { revealStage, useReveal } from '../analysis/reveal';
import { useFindings } from '../analysis/use-findings';
import { SeverityIcon, StatusIcon } from '../findings/DiagnosisIcons';
import { useDocument } from '../store/document-store';
import { summarizeForReview, type BrokenItem, type StageSummary } from './review-summary';
import './review.css';

/** The executive's summary: the customer, the intended memory, and stage by stage what works and what is broken. */
export function ReviewSummary({ onCommentOnStage }: { onCommentOnStage?: (stageId: string) => void }) {
  const map = useDocument((state) => state.map);
  const findings = useFindings();
  const summary = useMemo(() => summarizeForReview(map, findings), [map, findings]);
  const headingId = useId();

  return (
    <section className="rv-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="rv-summary__title">
        Review summary
      </h2>
      <dl className="rv-summary__facts">
        <dt>Customer</dt>
        <dd>
          {summary.customerName === '' ? (
            'Not described yet.'
          ) : (
            <>
              <strong>{summary.customerName}</strong>
              {summary.customerDescription === '' ? null : `: ${summary.customerDescription}`}
            </>
          )}
        </dd>
        <dt>The memory we want them to keep</dt>
        <dd>{summary.intendedMemory === '' ? 'Not written yet.' : `\u201c${summary.intendedMemory}\u201d`}</dd>
      </dl>
      <p className="rv-summary__overview">{summary.overview}</p>
      {summary.stages.map((stage) => (
        <StageSection key={stage.stageId} stage={stage} onCommentOnStage={onCommentOnStage} />
      ))}
      {summary.acrossTheMap.length > 0 ? (
        <section className="rv-summary__stage" aria-label="Across the map">
          <h3 className="rv-summary__stage-title">Across the map</h3>
          <BrokenList items={summary.acrossTheMap} />
        </section>
      ) : null}
    </section>
  );
}

function StageSection({ stage, onCommentOnStage }: { stage: StageSummary; onCommentOnStage?: (stageId: string) => void }) {
  const headingId = useId();
  const reveal = useReveal();
  return (
    <section className="rv-summary__stage" aria-labelledby={headingId}>
      <h3 id={headingId} className="rv-summary__stage-title">
        <StatusIcon status={stage.status} />
        <span>{stage.name}</span>
        <span className="rv-summary__status">{statusLabel(stage.status)}</span>
      </h3>
      <p className="rv-summary__label">Working</p>
      <ul className="rv-summary__list">
        {stage.working.length === 0 ? <li>Nothing yet</li> : stage.working.map((text) => <li key={text}>{text}</li>)}
      </ul>
      {stage.broken.length > 0 ? (
        <>
          <p className="rv-summary__label">Broken</p>
          <BrokenList items={stage.broken} />
        </>
      ) : null}
      <div className="rv-summary__actions">
        <button type="button" className="button rv-link-button" onClick={() => reveal(revealStage(stage.stageId), { show: true })}>
          Show {stage.name} on the map
        </button>
        {onCommentOnStage ? (
          <button type="button" className="button rv-link-button" onClick={() => onCommentOnStage(stage.stageId)}>
            Comment on {stage.name}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function BrokenList({ items }: { items: readonly BrokenItem[] }) {
  return (
    <ul className="rv-summary__list">
      {items.map((item, index) => (
        <li key={index} className="rv-summary__broken">
          <span className={`jm-severity jm-severity--${item.severity}`}>
            <SeverityIcon severity={item.severity} />
            {severityLabel(item.severity)}:
          </span>{' '}
          {item.text}
        </li>
      ))}
    </ul>
  );
}
