import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { parseAnswerList } from '../../shared/alignment';
import type { AlignmentAnswer } from '../../shared/model/types';
import { LIMITS } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { addParticipant, removeParticipant, renameParticipant, setParticipantItems } from './alignment-edits';
import { useCommittedText } from './use-committed-text';

/** Reports the answers a participant is typing (null once committed), so the spread updates live. */
export type LiveItemsListener = (index: number, items: string[] | null) => void;

type FocusTarget = { kind: 'name'; index: number } | { kind: 'add' };

/**
 * Each participant's answer: a name and a list typed or pasted one per line (or comma-separated).
 * Each field commits to the map's `alignment` when it loses focus; adding or removing a participant
 * commits at once. Every commit is one undo step.
 */
export function ParticipantList({
  answers,
  readOnly,
  onLiveItems,
}: {
  answers: readonly AlignmentAnswer[];
  readOnly: boolean;
  onLiveItems: LiveItemsListener;
}) {
  const applyEdit = useDocument((state) => state.applyEdit);
  const nameFields = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const element = focusTarget.kind === 'add' ? addButton.current : nameFields.current.get(focusTarget.index);
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
    setFocusTarget(null);
  }, [focusTarget]);

  const add = () => {
    applyEdit(addParticipant);
    setFocusTarget({ kind: 'name', index: answers.length });
  };
  const remove = (index: number) => {
    applyEdit((map) => removeParticipant(map, index));
    onLiveItems(index, null);
    const remaining = answers.length - 1;
    setFocusTarget(remaining === 0 ? { kind: 'add' } : { kind: 'name', index: Math.min(index, remaining - 1) });
  };

  return (
    <div className="jm-alignment__participants">
      {answers.length === 0 ? (
        <p className="jm-alignment__hint">
          Ask everyone to write down their answer on their own first, then add each person’s list here.
        </p>
      ) : (
        <ol className="jm-alignment__participant-list" aria-label="Participants">
          {answers.map((answer, index) => (
            <ParticipantRow
              // Rows are positions in the recorded list; a removal re-reads every row's values from the map.
              key={index}
              index={index}
              answer={answer}
              readOnly={readOnly}
              nameRef={(element) => {
                if (element) nameFields.current.set(index, element);
                else nameFields.current.delete(index);
              }}
              onCommitName={(name) => applyEdit((map) => renameParticipant(map, index, name))}
              onCommitItems={(items) => applyEdit((map) => setParticipantItems(map, index, items))}
              onLiveItems={onLiveItems}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <button ref={addButton} type="button" className="button" onClick={add}>
          Add participant
        </button>
      )}
    </div>
  );
}

interface ParticipantRowProps {
  index: number;
  answer: AlignmentAnswer;
  readOnly: boolean;
  nameRef: (element: HTMLInputElement | null) => void;
  onCommitName: (name: string) => void;
  onCommitItems: (items: string[]) => void;
  onLiveItems: LiveItemsListener;
  onRemove: () => void;
}

function ParticipantRow({ index, answer, readOnly, nameRef, onCommitName, onCommitItems, onLiveItems, onRemove }: ParticipantRowProps) {
  const position = index + 1;
  const [name, setName, expectName] = useCommittedText(answer.participant);
  const [text, setText, expectText] = useCommittedText(answer.items.join('\n'));
  const nameId = useId();
  const itemsId = useId();
  const hintId = useId();
  const liveCount = parseAnswerList(text).length;

  const commitName = () => {
    expectName(name);
    onCommitName(name);
  };
  const commitItems = () => {
    const items = parseAnswerList(text);
    expectText(items.join('\n'));
    onCommitItems(items);
    onLiveItems(index, null);
  };
  const onNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitName();
    if (event.key === 'Escape') setName(answer.participant);
  };

  return (
    <li className="jm-alignment__participant">
      <div className="jm-alignment__participant-head">
        <span className="jm-alignment__participant-number" aria-hidden="true">
          {position}
        </span>
        <label htmlFor={nameId} className="jm-alignment__label">
          Name
        </label>
        <input
          id={nameId}
          ref={nameRef}
          className="jm-alignment__input"
          aria-label={`Participant ${position} name`}
          value={name}
          readOnly={readOnly}
          maxLength={LIMITS.maxNameLength}
          onChange={(event) => setName(event.target.value)}
          onBlur={commitName}
          onKeyDown={onNameKeyDown}
        />
        {readOnly ? null : (
          <button type="button" className="button jm-alignment__small-button" aria-label={`Remove ${answer.participant}`} onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
      <label htmlFor={itemsId} className="jm-alignment__label">
        Answers <span className="jm-alignment__count">({liveCount === 1 ? '1 item' : `${liveCount} items`})</span>
      </label>
      <textarea
        id={itemsId}
        className="jm-alignment__input jm-alignment__answers"
        aria-label={`Participant ${position} answers`}
        aria-describedby={hintId}
        value={text}
        readOnly={readOnly}
        rows={Math.min(10, Math.max(3, text.split('\n').length + 1))}
        onChange={(event) => {
          setText(event.target.value);
          onLiveItems(index, parseAnswerList(event.target.value));
        }}
        onBlur={commitItems}
      />
      <p id={hintId} className="jm-alignment__hint">
        One per line, or separated by commas. Pasting a numbered or bulleted list works.
      </p>
    </li>
  );
}
