import type { ReactNode } from 'react';
import type { AlignmentSpread, AnswerGroup } from '../../shared/alignment';
import type { AlignmentTopic } from './alignment-question';
import { agreementLevel, agreementLevelLabel, agreementPercent, spreadSummary } from './spread-wording';

/** The counts, the agreement score (a number and words, never colour alone) and the one-line verdict. */
export function SpreadSummary({ spread, topic }: { spread: AlignmentSpread; topic: AlignmentTopic }) {
  const level = agreementLevel(spread);
  const percent = agreementPercent(spread.agreementScore);
  const scored = level !== 'none';
  return (
    <div className="jm-alignment__summary">
      <dl className="jm-alignment__counts">
        <div>
          <dt>Participants</dt>
          <dd>{spread.participants}</dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd>{spread.totalAnswers}</dd>
        </div>
        <div>
          <dt>Different answers</dt>
          <dd>{spread.distinctAnswers}</dd>
        </div>
        <div>
          <dt>Agreement</dt>
          <dd>{scored ? `${percent}%` : '–'}</dd>
        </div>
      </dl>
      {scored ? (
        <div
          className="jm-alignment__meter"
          role="meter"
          aria-label="Agreement"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%, ${agreementLevelLabel(level).toLowerCase()}`}
          data-level={level}
        >
          <div className="jm-alignment__meter-fill" style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      <p className="jm-alignment__verdict" data-level={level}>
        {spreadSummary(spread, topic)}
      </p>
    </div>
  );
}

function namedBy(group: AnswerGroup, participants: number): string {
  const who = group.participants.map((name) => name || 'Unnamed').join(', ');
  return `Named by ${group.count} of ${participants}: ${who}`;
}

/**
 * The answers grouped (same answer in any case, spacing, plural or word order): each group's label,
 * how many named it and who, and every spelling used. `renderActions` adds the group's controls.
 */
export function AnswerGroupList({
  groups,
  participants,
  selectable,
  selectedKeys,
  onToggleSelected,
  renderActions,
}: {
  groups: readonly AnswerGroup[];
  participants: number;
  selectable: boolean;
  selectedKeys: ReadonlySet<string>;
  onToggleSelected: (key: string) => void;
  renderActions: (group: AnswerGroup) => ReactNode;
}) {
  if (groups.length === 0) return null;
  return (
    <ul className="jm-alignment__groups" aria-label="Answers grouped">
      {groups.map((group) => {
        const others = group.variants.filter((variant) => variant !== group.label);
        return (
          <li key={group.key} className="jm-alignment__group" aria-label={`${group.label}, named by ${group.count}`}>
            <div className="jm-alignment__group-head">
              {selectable ? (
                <input
                  type="checkbox"
                  className="jm-alignment__group-select"
                  aria-label={`Select ${group.label} to merge`}
                  checked={selectedKeys.has(group.key)}
                  onChange={() => onToggleSelected(group.key)}
                />
              ) : null}
              <span className="jm-alignment__group-label">{group.label}</span>
              <span className="badge jm-alignment__group-count" aria-hidden="true">
                ×{group.count}
              </span>
            </div>
            <p className="jm-alignment__group-detail">{namedBy(group, participants)}</p>
            {others.length > 0 ? (
              <p className="jm-alignment__group-detail">Also written as: {others.join(', ')}</p>
            ) : null}
            <div className="jm-alignment__group-actions">{renderActions(group)}</div>
          </li>
        );
      })}
    </ul>
  );
}
