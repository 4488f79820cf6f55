import { type Severity, type StageStatus, statusForSeverity } from '../../shared/analysis';

const STATUS_SHAPES: Record<StageStatus, { outline: string; mark: string }> = {
  // An octagon with "!".
  critical: { outline: 'M4.7 1h6.6L15 4.7v6.6L11.3 15H4.7L1 11.3V4.7z', mark: 'M8 4.2v4.6M8 11.2v.6' },
  // A triangle with "!".
  warning: { outline: 'M8 1.2L15.2 14.4H0.8z', mark: 'M8 5.8v4M8 12v.5' },
  // A circle with "i".
  note: { outline: 'M8 1a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', mark: 'M8 7v4.6M8 4.4v.6' },
  // A circle with a tick.
  ok: { outline: 'M8 1a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', mark: 'M4.6 8.2l2.3 2.3l4.5-4.7' },
};

/** The shape of a stage status (octagon, triangle, circle, tick), drawn next to its words, never instead of them. */
export function StatusIcon({ status }: { status: StageStatus }) {
  const shape = STATUS_SHAPES[status];
  return (
    <svg className={`pv-icon pv-status--${status}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={shape.outline}
        fill="currentColor"
        fillOpacity={status === 'critical' ? 1 : 0.14}
        stroke="currentColor"
        strokeWidth={1.4}
        strokeLinejoin="round"
      />
      <path
        d={shape.mark}
        fill="none"
        stroke={status === 'critical' ? '#fff' : 'currentColor'}
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The shape of a finding's severity: the status shape of the same weight. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return <StatusIcon status={statusForSeverity(severity)} />;
}

/** A star: the accountable silo. */
export function AccountableIcon() {
  return (
    <svg className="pv-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.2l2 4.4l4.8.5l-3.6 3.2l1 4.7L8 11.6L3.8 14l1-4.7L1.2 6.1l4.8-.5z" fill="currentColor" />
    </svg>
  );
}

/** A flag: a stage with split ownership. */
export function SplitIcon() {
  return (
    <svg className="pv-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M3 15V1.5M3 2h9.5l-2.5 3.5l2.5 3.5H3"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A short arrow: a hand-off, solid when owned, dashed when nobody owns it. */
export function HandoffIcon({ owned }: { owned: boolean }) {
  return (
    <svg className="pv-icon" style={{ width: 22 }} viewBox="0 0 22 12" aria-hidden="true" focusable="false">
      <path d="M1 6h16" stroke="currentColor" strokeWidth={1.6} strokeDasharray={owned ? undefined : '3 2'} />
      <path d="M15 2.5L20.5 6L15 9.5z" fill="currentColor" />
    </svg>
  );
}
