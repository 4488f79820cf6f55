import { useId, useState, type FormEvent } from 'react';
import type { AnswerGroup } from '../../shared/alignment';
import { LIMITS } from '../../shared/model/types';

/** Merges the selected answer groups into one agreed stage, under a name the group types (or the first group's). */
export function MergeControls({
  selected,
  onMerge,
  onClear,
}: {
  selected: readonly AnswerGroup[];
  onMerge: (name: string) => void;
  onClear: () => void;
}) {
  const [name, setName] = useState('');
  const nameId = useId();
  const suggested = selected[0]?.label ?? '';
  const ready = selected.length >= 2;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    onMerge(name.trim() === '' ? suggested : name);
    setName('');
  };

  return (
    <form className="jm-alignment__merge" aria-label="Merge groups" onSubmit={submit}>
      <p className="jm-alignment__hint" aria-live="polite">
        {selected.length === 0
          ? 'Tick two or more groups that mean the same stage to merge them.'
          : `Selected: ${selected.map((group) => group.label).join(' + ')}`}
      </p>
      <label htmlFor={nameId} className="jm-alignment__label">
        Merged stage name
      </label>
      <div className="jm-alignment__inline">
        <input
          id={nameId}
          className="jm-alignment__input"
          value={name}
          placeholder={suggested}
          maxLength={LIMITS.maxNameLength}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={!ready}>
          Merge into one stage
        </button>
        {selected.length > 0 ? (
          <button type="button" className="button jm-alignment__secondary" onClick={onClear}>
            Clear selection
          </button>
        ) : null}
      </div>
    </form>
  );
}
