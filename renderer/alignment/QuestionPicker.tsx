import { useId, type KeyboardEvent } from 'react';
import { useDocument } from '../store/document-store';
import { setAlignmentQuestion } from './alignment-edits';
import { TOPIC_QUESTIONS, questionTopic, type AlignmentTopic } from './alignment-question';
import { useCommittedText } from './use-committed-text';

const TOPIC_LABELS: Readonly<Record<AlignmentTopic, string>> = {
  stages: 'The stages of the experience',
  customer: 'Who the customer is',
};

/** The question the facilitator asks: a preset per topic (stages or customer) and its editable wording. */
export function QuestionPicker({ question, readOnly }: { question: string; readOnly: boolean }) {
  const applyEdit = useDocument((state) => state.applyEdit);
  const [text, setText, expectText] = useCommittedText(question);
  const topic = questionTopic(question);
  const groupName = useId();
  const fieldId = useId();

  const commit = () => {
    expectText(text);
    applyEdit((map) => setAlignmentQuestion(map, text));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setText(question);
  };

  return (
    <div className="jm-alignment__question">
      <fieldset className="jm-alignment__topics" disabled={readOnly}>
        <legend>What the group agrees on</legend>
        {(Object.keys(TOPIC_LABELS) as AlignmentTopic[]).map((option) => (
          <label key={option} className="jm-alignment__topic">
            <input
              type="radio"
              name={groupName}
              value={option}
              checked={topic === option}
              onChange={() => applyEdit((map) => setAlignmentQuestion(map, TOPIC_QUESTIONS[option]))}
            />
            {TOPIC_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={fieldId} className="jm-alignment__label">
        Question
      </label>
      <input
        id={fieldId}
        className="jm-alignment__input jm-alignment__question-text"
        value={text}
        readOnly={readOnly}
        maxLength={500}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
