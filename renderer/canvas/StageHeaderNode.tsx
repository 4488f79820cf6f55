import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LIMITS } from '../../shared/model/types';
import type { StageHeaderNode as StageHeaderNodeType } from './flow-types';
import { InlineEditor } from './InlineEditor';
import { StageStatusSlot } from './StageStatusSlot';
import { useInlineRename } from './use-inline-rename';

/** The header of a stage column: its name, the customer's goal and the stage's status badge. */
function StageHeaderNodeView({ data, selected }: NodeProps<StageHeaderNodeType>) {
  const { editing, commit, cancel } = useInlineRename('stage', data.stageId);
  return (
    <div
      className={`jm-stage-header${selected ? ' jm-stage-header--selected' : ''}${data.status ? ` jm-stage-header--${data.status}` : ''}`}
    >
      <div className="jm-stage-header__top">
        <span className="jm-stage-header__number" aria-hidden="true">
          {data.position}
        </span>
        {editing ? (
          <InlineEditor
            initial={data.name}
            label="Stage name"
            maxLength={LIMITS.maxNameLength}
            onCommit={commit}
            onCancel={cancel}
          />
        ) : (
          <span className="jm-stage-header__name" title={data.name}>
            {data.name}
          </span>
        )}
      </div>
      {data.customerGoal ? (
        <div className="jm-stage-header__goal" title={data.customerGoal}>
          {data.customerGoal}
        </div>
      ) : null}
      <div className="jm-stage-header__status">
        <StageStatusSlot status={data.status} label={data.badge} findingCount={data.findingCount} />
      </div>
    </div>
  );
}

export const StageHeaderNode = memo(StageHeaderNodeView);
