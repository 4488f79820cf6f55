import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../shared/model/types';
import { addAgreedStage, appendAgreedNames, moveAgreedStage, removeAgreedStage, renameAgreedStage, type AgreedStage } from './agreed-list';
import type { StageChangePreview } from './alignment-edits';
import { useCommittedText } from './use-committed-text';

type Part = 'name' | 'up' | 'down' | 'remove';

/** Where focus goes when a move leaves its arrow disabled (the stage reached the top or the bottom). */
const OTHER_ARROW: Partial<Record<Part, Part[]>> = { up: ['down'], down: ['up'] };

function describeChanges(preview: StageChangePreview): string[] {
  const lines: string[] = [];
  if (preview.added.length > 0) lines.push(`Adds ${preview.added.join(', ')}.`);
  if (preview.renamed.length > 0) lines.push(`Renames ${preview.renamed.map(({ from, to }) => `${from} to ${to}`).join(', ')}.`);
  if (preview.removed.length > 0) lines.push(`Removes the empty stages ${preview.removed.join(', ')}.`);
  if (preview.keptAfter.length > 0)
    lines.push(`Keeps ${preview.keptAfter.join(', ')} after the agreed stages: they still have touchpoints or metrics.`);
  return lines;
}

/**
 * The ordered list of stages the group agreed on: rename in place, reorder with ↑/↓ or Alt+↑/↓,
 * remove, add a name by hand, then apply it to the map.
 */
export function AgreedStagesEditor({
  stages,
  readOnly,
  mapStageNames,
  preview,
  makeId,
  onChange,
  onApply,
}: {
  stages: readonly AgreedStage[];
  readOnly: boolean;
  mapStageNames: readonly string[];
  preview: StageChangePreview;
  makeId: () => string;
  onChange: (stages: AgreedStage[]) => void;
  onApply: () => void;
}) {
  const [newName, setNewName] = useState('');
  const newNameId = useId();
  const previewId = useId();
  const list = useRef<HTMLOListElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string; part: Part } | null>(null);

  useEffect(() => {
    if (focusTarget === null || !list.current) return;
    const row = list.current.querySelector<HTMLElement>(`[data-agreed-id="${CSS.escape(focusTarget.id)}"]`);
    const parts: Part[] = [focusTarget.part, ...(OTHER_ARROW[focusTarget.part] ?? []), 'name'];
    const target = parts.map((part) => row?.querySelector<HTMLElement>(`[data-part="${part}"]:not(:disabled)`)).find((element) => element);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const move = (id: string, offset: number, part: Part) => {
    onChange(moveAgreedStage(stages, id, offset));
    setFocusTarget({ id, part });
  };
  const remove = (index: number, id: string) => {
    const next = removeAgreedStage(stages, id);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour !== undefined) setFocusTarget({ id: neighbour.id, part: 'name' });
  };
  const addNamed = (event: FormEvent) => {
    event.preventDefault();
    if (newName.trim() === '') return;
    onChange(addAgreedStage(stages, newName, [], makeId));
    setNewName('');
  };
  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const part = (event.target instanceof HTMLElement ? event.target.dataset.part : undefined) as Part | undefined;
    move(id, event.key === 'ArrowUp' ? -1 : 1, part ?? 'name');
  };
  const changes = describeChanges(preview);
  const missingMapStages = mapStageNames.filter((name) => !stages.some((stage) => stage.name.toLowerCase() === name.trim().toLowerCase()));

  return (
    <div className="jm-alignment__agreed">
      {stages.length === 0 ? (
        <p className="jm-alignment__hint">
          Nothing agreed yet. Add answer groups from the spread, merge groups that mean the same stage, or type a
          name below.
        </p>
      ) : (
        <ol ref={list} className="jm-alignment__agreed-list" aria-label="Agreed stages">
          {stages.map((stage, index) => (
            <li key={stage.id} data-agreed-id={stage.id} className="jm-alignment__agreed-item" onKeyDown={(event) => onRowKeyDown(event, stage.id)}>
              <span className="jm-alignment__agreed-number" aria-hidden="true">
                {index + 1}.
              </span>
              <AgreedStageName
                stage={stage}
                position={index + 1}
                readOnly={readOnly}
                onRename={(name) => onChange(renameAgreedStage(stages, stage.id, name))}
              />
              {readOnly ? null : (
                <span className="jm-alignment__agreed-actions">
                  <button
                    type="button"
                    className="button jm-alignment__icon-button"
                    data-part="up"
                    aria-label={`Move ${stage.name} up`}
                    aria-keyshortcuts="Alt+ArrowUp"
                    title="Move up (Alt+↑)"
                    disabled={index === 0}
                    onClick={() => move(stage.id, -1, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button jm-alignment__icon-button"
                    data-part="down"
                    aria-label={`Move ${stage.name} down`}
                    aria-keyshortcuts="Alt+ArrowDown"
                    title="Move down (Alt+↓)"
                    disabled={index === stages.length - 1}
                    onClick={() => move(stage.id, 1, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button jm-alignment__icon-button"
                    data-part="remove"
                    aria-label={`Remove ${stage.name} from the agreed stages`}
                    title="Remove"
                    onClick={() => remove(index, stage.id)}
                  >
                    ✕
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <>
          <form className="jm-alignment__add-stage" onSubmit={addNamed}>
            <label htmlFor={newNameId} className="jm-alignment__label">
              Add a stage by name
            </label>
            <div className="jm-alignment__inline">
              <input
                id={newNameId}
                className="jm-alignment__input"
                value={newName}
                maxLength={LIMITS.maxNameLength}
                onChange={(event) => setNewName(event.target.value)}
              />
              <button type="submit" className="button" disabled={newName.trim() === ''}>
                Add stage
              </button>
            </div>
          </form>
          {missingMapStages.length > 0 ? (
            <button type="button" className="button jm-alignment__secondary" onClick={() => onChange(appendAgreedNames(stages, missingMapStages, makeId))}>
              Add the map’s current stages
            </button>
          ) : null}
          <div className="jm-alignment__apply">
            {stages.length > 0 && changes.length > 0 ? (
              <ul id={previewId} className="jm-alignment__preview" aria-label="What applying changes">
                {changes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              className="button button-primary"
              disabled={stages.length === 0}
              aria-describedby={stages.length > 0 && changes.length > 0 ? previewId : undefined}
              onClick={onApply}
            >
              Apply to map
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function AgreedStageName({
  stage,
  position,
  readOnly,
  onRename,
}: {
  stage: AgreedStage;
  position: number;
  readOnly: boolean;
  onRename: (name: string) => void;
}) {
  const [text, setText, expectText] = useCommittedText(stage.name);
  const commit = () => {
    expectText(text);
    onRename(text);
  };
  return (
    <input
      className="jm-alignment__input jm-alignment__agreed-name"
      data-part="name"
      aria-label={`Agreed stage ${position} name`}
      value={text}
      readOnly={readOnly}
      maxLength={LIMITS.maxNameLength}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setText(stage.name);
      }}
    />
  );
}
