import { memo } from 'react';
import { statusLabel, type StageStatus } from '../../shared/analysis';
import { StatusIcon } from '../findings/DiagnosisIcons';

/** How a stage header words its status for a tooltip: "Critical: No shared metric (5 findings)". */
export function stageBadgeDescription(status: StageStatus, label: string, findingCount: number): string {
  const problem = status === 'ok' ? 'nothing to resolve' : label;
  const total = findingCount === 0 ? '' : ` (${findingCount} finding${findingCount === 1 ? '' : 's'})`;
  return `${statusLabel(status)}: ${problem}${total}`;
}

/**
 * The status badge on a stage header: the status icon and a short text naming the worst problem
 * ("Split: Sales, Billing", "No shared metric"), so the status never rests on colour. Nothing before
 * the map is analysed. Hidden from assistive technology: the header's accessible name says it all.
 */
export const StageStatusSlot = memo(function StageStatusSlot({
  status,
  label,
  findingCount,
}: {
  status: StageStatus | null;
  label: string;
  findingCount: number;
}) {
  if (status === null) return null;
  return (
    <span
      className={`jm-stage-badge jm-stage-badge--${status}`}
      title={stageBadgeDescription(status, label, findingCount)}
      aria-hidden="true"
      data-status={status}
    >
      <StatusIcon status={status} size={14} />
      <span className="jm-stage-badge__label">{label}</span>
    </span>
  );
});
