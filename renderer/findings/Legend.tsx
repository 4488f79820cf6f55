/** The legend of the diagnosis: every mark the map, the findings, the org chart and the PDF use, in words. */
import { useId } from 'react';
import { STAGE_STATUSES, statusLabel, type StageStatus } from '../../shared/analysis';
import {
  AccountableIcon,
  ConflictIcon,
  HandoffIcon,
  NoSharedMetricIcon,
  SplitIcon,
  StatusIcon,
  UnownedIcon,
} from './DiagnosisIcons';
import './findings.css';

export type LegendMarkKind =
  | StageStatus
  | 'cross-silo-handoff'
  | 'unowned-handoff'
  | 'conflicting-touchpoint'
  | 'unowned-touchpoint'
  | 'accountable'
  | 'split'
  | 'no-shared-metric';

/** One legend line: the mark, its name and what it means. */
export interface LegendEntry {
  mark: LegendMarkKind;
  term: string;
  description: string;
}

const STATUS_DESCRIPTIONS: Record<StageStatus, string> = {
  critical:
    'The stage has a serious problem: three or more silos with nobody accountable, no metric, a touchpoint nobody owns or clashing messages.',
  warning:
    'The stage’s worst problem is moderate: two silos with nobody accountable, a metric not shared by all of them, or a hand-off nobody owns.',
  note: 'Only minor points: a painful moment with no recovery, a metric off its target, or nothing mapped yet.',
  ok: 'Nothing to resolve in this stage.',
};

/** Every mark, in the order the legend lists them (stage statuses first). */
export const LEGEND_ENTRIES: readonly LegendEntry[] = [
  ...STAGE_STATUSES.map((status): LegendEntry => ({
    mark: status,
    term: statusLabel(status),
    description: STATUS_DESCRIPTIONS[status],
  })),
  {
    mark: 'cross-silo-handoff',
    term: 'Cross-silo hand-off',
    description: 'A solid arrow: the customer passes from one silo to another, and the silo named on the arrow owns the hand-off.',
  },
  {
    mark: 'unowned-handoff',
    term: 'Unowned hand-off',
    description: 'A dashed arrow marked “No owner”: the customer passes between silos and nobody makes sure it goes well.',
  },
  {
    mark: 'conflicting-touchpoint',
    term: 'Conflicting touchpoint',
    description:
      'Its message clashes with another silo’s reaching the customer at the same time, like a cancellation notice and a cross-sell offer on the same day.',
  },
  {
    mark: 'unowned-touchpoint',
    term: 'Unowned touchpoint',
    description: 'It sits in the “No owner” lane: no silo is responsible for it.',
  },
  {
    mark: 'accountable',
    term: 'Accountable',
    description: 'The one silo that answers for the whole stage.',
  },
  {
    mark: 'split',
    term: 'Split',
    description: 'Several silos deliver the stage and none is accountable for it.',
  },
  {
    mark: 'no-shared-metric',
    term: 'No shared metric',
    description: 'No single metric is shared by every silo that delivers the stage.',
  },
];

/** The icon of a legend mark (decorative: always shown with its term). */
export function LegendMark({ mark, size }: { mark: LegendMarkKind; size?: number }) {
  switch (mark) {
    case 'critical':
    case 'warning':
    case 'note':
    case 'ok':
      return <StatusIcon status={mark} size={size} />;
    case 'cross-silo-handoff':
      return <HandoffIcon owned size={size} />;
    case 'unowned-handoff':
      return <HandoffIcon owned={false} size={size} />;
    case 'conflicting-touchpoint':
      return <ConflictIcon size={size} />;
    case 'unowned-touchpoint':
      return <UnownedIcon size={size} />;
    case 'accountable':
      return <AccountableIcon size={size} />;
    case 'split':
      return <SplitIcon size={size} />;
    case 'no-shared-metric':
      return <NoSharedMetricIcon size={size} />;
  }
}

/**
 * The legend as a titled list of marks with their meaning. `marks` picks and orders the entries
 * (default: all); `headingLevel` fits it into the surrounding outline.
 */
export function Legend({
  title = 'Legend',
  headingLevel = 2,
  marks,
  className,
}: {
  title?: string;
  headingLevel?: 2 | 3 | 4;
  marks?: readonly LegendMarkKind[];
  className?: string;
}) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const entries = marks
    ? marks.flatMap((mark) => LEGEND_ENTRIES.filter((entry) => entry.mark === mark))
    : LEGEND_ENTRIES;
  return (
    <section className={['jm-legend', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <Heading id={headingId} className="jm-legend__title">
        {title}
      </Heading>
      <dl className="jm-legend__list">
        {entries.map((entry) => (
          <div key={entry.mark} className={`jm-legend__entry jm-legend__entry--${entry.mark}`}>
            <dt className="jm-legend__term">
              <span className={`jm-mark jm-mark--${entry.mark}`}>
                <LegendMark mark={entry.mark} size={18} />
              </span>
              {entry.term}
            </dt>
            <dd className="jm-legend__description">{entry.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
