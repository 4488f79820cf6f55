import { AccountableIcon, SeverityIcon, StatusIcon } from './PrintIcons';
import type { BadgeText, PrintBlock } from './print-blocks';

/** One planned block, drawn with exactly the words and spacing the planner measured. */
export function PrintBlockView({ block }: { block: PrintBlock }) {
  switch (block.kind) {
    case 'group-heading':
      return (
        <div className="pv-group-heading">
          <h3 className="pv-group-heading__name pv-text">{block.text}</h3>
          {block.badge === null ? null : (
            <p className="pv-group-heading__badge">
              <Badge badge={block.badge} />
            </p>
          )}
        </div>
      );
    case 'section-heading':
      return <h3 className="pv-section-heading pv-text">{block.text}</h3>;
    case 'subheading':
      return (
        <h4 className="pv-subheading">
          {block.color === null ? null : <span className="pv-swatch" style={{ background: block.color }} aria-hidden="true" />}
          <span className="pv-text">{block.text}</span>
          {block.note === null ? null : (
            <span className="pv-status--note">
              {' '}
              <AccountableIcon />
              {block.note}
            </span>
          )}
        </h4>
      );
    case 'status':
      return (
        <p className="pv-status-line">
          <Badge badge={block.badge} />
        </p>
      );
    case 'paragraph':
      return (
        <p className={block.tone === 'small' ? 'pv-paragraph pv-paragraph--small' : 'pv-paragraph'}>
          {block.label === null ? null : <span className="pv-paragraph__label">{block.label}</span>}
          <span className="pv-text">{block.text}</span>
        </p>
      );
    case 'touchpoint':
      return (
        <div className="pv-item" style={block.color === null ? undefined : { borderLeftColor: block.color }}>
          <p className="pv-item__title pv-text">{block.title}</p>
          <p className="pv-item__meta pv-text">{block.meta}</p>
        </div>
      );
    case 'metric':
      return (
        <div className="pv-metric">
          <p className="pv-metric__name pv-text">{block.name}</p>
          <p className="pv-metric__line pv-text">
            <MetricStateIcon state={block.state} />
            <span className="pv-metric__state">{block.stateText}</span>
            {` · ${block.values}`}
          </p>
          <p className="pv-metric__line pv-text">{block.owners}</p>
        </div>
      );
    case 'finding':
      return (
        <div className={`pv-item pv-finding--${block.severity}`}>
          <p className="pv-text">
            <SeverityIcon severity={block.severity} />
            <span className="pv-finding__severity">{block.severityText}</span>
            {' · '}
            <span className="pv-item__title">{block.title}</span>
          </p>
          <p className="pv-text">{block.message}</p>
          {block.explanation === '' ? null : <p className="pv-item__meta pv-text">{block.explanation}</p>}
        </div>
      );
    case 'note':
      return <p className="pv-note pv-text">{block.text}</p>;
  }
}

/** A stage status: its shape and its words. */
export function Badge({ badge }: { badge: BadgeText }) {
  return (
    <span className={`pv-badge pv-status--${badge.status}`}>
      <StatusIcon status={badge.status} />
      {badge.text}
    </span>
  );
}

/** The metric's state drawn with the status of the finding it raises: off target is low, no target is medium. */
function MetricStateIcon({ state }: { state: Extract<PrintBlock, { kind: 'metric' }>['state'] }) {
  switch (state) {
    case 'on-target':
      return <StatusIcon status="ok" />;
    case 'off-target':
      return <StatusIcon status="note" />;
    case 'no-target':
      return <StatusIcon status="warning" />;
    case 'not-measured':
      return null;
  }
}
