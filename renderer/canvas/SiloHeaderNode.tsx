import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LIMITS } from '../../shared/model/types';
import type { SiloHeaderNode as SiloHeaderNodeType } from './flow-types';
import { InlineEditor } from './InlineEditor';
import { useInlineRename } from './use-inline-rename';

/** The header of a silo lane: colour swatch, name and lead ("No owner" for the unowned lane). */
function SiloHeaderNodeView({ data, selected }: NodeProps<SiloHeaderNodeType>) {
  const { editing, commit, cancel } = useInlineRename('silo', data.siloId ?? '');
  const unowned = data.siloId === null;
  return (
    <div
      className={`jm-silo-header${selected ? ' jm-silo-header--selected' : ''}${unowned ? ' jm-silo-header--unowned' : ''}`}
    >
      <div className="jm-silo-header__top">
        {data.color ? <span className="jm-swatch" aria-hidden="true" style={{ background: data.color }} /> : null}
        {editing && !unowned ? (
          <InlineEditor
            initial={data.name}
            label="Silo name"
            maxLength={LIMITS.maxNameLength}
            onCommit={commit}
            onCancel={cancel}
          />
        ) : (
          <span className="jm-silo-header__name" title={data.name}>
            {data.name}
          </span>
        )}
      </div>
      {data.lead ? <div className="jm-silo-header__lead">Lead: {data.lead}</div> : null}
      {unowned ? <div className="jm-silo-header__lead">Nobody owns these touchpoints</div> : null}
    </div>
  );
}

export const SiloHeaderNode = memo(SiloHeaderNodeView);
