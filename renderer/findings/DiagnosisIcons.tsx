/**
 * The marks of the diagnosis, drawn as bundled inline SVG. Every icon is decorative (`aria-hidden`):
 * it always sits next to its words, so neither colour nor shape is ever the only signal.
 */
import { memo, type ReactNode } from 'react';
import { statusForSeverity, type Severity, type StageStatus } from '../../shared/analysis';

const STATUS_SHAPES: Record<StageStatus, { outline: string; mark: string }> = {
  critical: { outline: 'M4.7 1h6.6L15 4.7v6.6L11.3 15H4.7L1 11.3V4.7z', mark: 'M8 4.2v4.6M8 11.2v.6' },
  warning: { outline: 'M8 1.2L15.2 14.4H0.8z', mark: 'M8 5.8v4M8 12v.5' },
  note: { outline: 'M8 1a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', mark: 'M8 7v4.6M8 4.4v.6' },
  ok: { outline: 'M8 1a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', mark: 'M4.6 8.2l2.3 2.3l4.5-4.7' },
};

interface IconProps {
  size?: number;
}

function Svg({ size = 16, width = 16, className, children }: { size?: number; width?: number; className: string; children: ReactNode }) {
  return (
    <svg
      className={`jm-diagnosis-icon ${className}`}
      width={(size * width) / 16}
      height={size}
      viewBox={`0 0 ${width} 16`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A stage status: octagon "!" (critical), triangle "!" (warning), circled "i" (note), circled tick (ok). */
export const StatusIcon = memo(function StatusIcon({ status, size }: IconProps & { status: StageStatus }) {
  const shape = STATUS_SHAPES[status];
  const solid = status === 'critical';
  return (
    <Svg size={size} className={`jm-status-icon jm-status-icon--${status}`}>
      <path
        d={shape.outline}
        fill="currentColor"
        fillOpacity={solid ? 1 : 0.14}
        stroke="currentColor"
        strokeWidth={1.4}
        strokeLinejoin="round"
      />
      <path
        d={shape.mark}
        fill="none"
        stroke={solid ? 'var(--color-surface, #fff)' : 'currentColor'}
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Svg>
  );
});

/** A finding's severity, drawn as the status it gives its stage (high → critical, medium → warning, low → note). */
export function SeverityIcon({ severity, size }: IconProps & { severity: Severity }) {
  return <StatusIcon status={statusForSeverity(severity)} size={size} />;
}

/** A star: the accountable silo of a stage. */
export function AccountableIcon({ size }: IconProps) {
  return (
    <Svg size={size} className="jm-accountable-icon">
      <path d="M8 1.2l2 4.4l4.8.5l-3.6 3.2l1 4.7L8 11.6L3.8 14l1-4.7L1.2 6.1l4.8-.5z" fill="currentColor" />
    </Svg>
  );
}

/** A forked arrow: a stage split between silos with nobody accountable. */
export function SplitIcon({ size }: IconProps) {
  return (
    <Svg size={size} className="jm-split-icon">
      <path
        d="M2 8h5M7 8l6-5M7 8l6 5M10.5 2.6L13 3l-.4 2.5M10.5 13.4L13 13l-.4-2.5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Svg>
  );
}

/** A gauge struck through: a stage no single metric is shared across. */
export function NoSharedMetricIcon({ size }: IconProps) {
  return (
    <Svg size={size} className="jm-no-metric-icon">
      <path
        d="M2 12a6 6 0 0 1 12 0M8 12l2.5-3.5M2 2l12 12"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
      />
    </Svg>
  );
}

/** An arrow between two lanes: solid when a silo owns the hand-off, dashed when nobody does. */
export function HandoffIcon({ owned, size }: IconProps & { owned: boolean }) {
  return (
    <Svg size={size} width={24} className={`jm-handoff-icon jm-handoff-icon--${owned ? 'owned' : 'unowned'}`}>
      <path d="M0 8h24" stroke="currentColor" strokeWidth={0.8} strokeOpacity={0.5} />
      <path
        d="M3 3.5C9 3.5 10 12.5 17 12.5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeDasharray={owned ? undefined : '3 2.2'}
        strokeLinecap="round"
      />
      <path d="M16 9.2L21.5 12.5L16 15.5z" fill="currentColor" />
    </Svg>
  );
}

/** Two arrows colliding: a touchpoint whose message clashes with another silo's at the same time. */
export function ConflictIcon({ size }: IconProps) {
  return (
    <Svg size={size} className="jm-conflict-icon">
      <path
        d="M1 5h4.5M1 11h4.5M15 5h-4.5M15 11h-4.5M8.8 2L6.8 8h2.6l-2 6"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Svg>
  );
}

/** A dashed card with a question mark: a touchpoint no silo owns. */
export function UnownedIcon({ size }: IconProps) {
  return (
    <Svg size={size} className="jm-unowned-icon">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth={1.4} strokeDasharray="2.4 1.8" />
      <path
        d="M6.2 6.4a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.4v.1"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
      />
    </Svg>
  );
}
