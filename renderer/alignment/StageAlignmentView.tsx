import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { alignmentSpread, type AnswerGroup } from '../../shared/alignment';
import type { AlignmentAnswer } from '../../shared/model/types';
import { useDocument, selectReviewMode } from '../store/document-store';
import { agreedStageForGroup, addAgreedStage, mergeIntoAgreedStage } from './agreed-list';
import { applyCustomerAgreement, applyStageAgreement, currentAlignment, previewStageChanges } from './alignment-edits';
import { questionTopic } from './alignment-question';
import { useAlignmentDraft, useAlignmentView } from './alignment-view';
import { AgreedCustomerEditor } from './AgreedCustomerEditor';
import { AgreedStagesEditor } from './AgreedStagesEditor';
import { MergeControls } from './MergeControls';
import { ParticipantList } from './ParticipantList';
import { QuestionPicker } from './QuestionPicker';
import { AnswerGroupList, SpreadSummary } from './SpreadPanel';
import './alignment.css';

interface LiveItems {
  index: number;
  items: string[];
}

function withLiveItems(answers: readonly AlignmentAnswer[], live: LiveItems | null): readonly AlignmentAnswer[] {
  if (live === null) return answers;
  return answers.map((answer, index) => (index === live.index ? { ...answer, items: live.items } : answer));
}

function agreedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function appendToDescription(description: string, text: string): string {
  const trimmed = description.trim();
  return trimmed === '' ? text : `${trimmed}; ${text}`;
}

/**
 * The stage-alignment exercise, filling the map area: the question, each participant's list, how far
 * apart the lists are (grouped, scored) and the list the group agrees on, applied to the map in one
 * undo step together with the record of the exercise.
 */
export function StageAlignmentView() {
  const map = useDocument((state) => state.map);
  const readOnly = useDocument(selectReviewMode);
  const applyEdit = useDocument((state) => state.applyEdit);
  const closeView = useAlignmentView((state) => state.closeView);
  const makeId = useAlignmentView((state) => state.makeId);
  const [draft, updateDraft] = useAlignmentDraft();
  const [live, setLive] = useState<LiveItems | null>(null);
  const [selectedKeys, setSelectedKeys] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const answersHeadingId = useId();
  const spreadHeadingId = useId();
  const agreedHeadingId = useId();

  useEffect(() => heading.current?.focus(), []);

  const record = currentAlignment(map);
  const topic = questionTopic(record.question);
  const answers = useMemo(() => withLiveItems(record.answers, live), [record.answers, live]);
  const spread = useMemo(() => alignmentSpread(answers), [answers]);
  const agreedNames = useMemo(() => draft?.stages.map((stage) => stage.name) ?? [], [draft]);
  const preview = useMemo(() => previewStageChanges(map, agreedNames), [map, agreedNames]);
  const selectedGroups = spread.groups.filter((group) => selectedKeys.has(group.key));

  const toggleSelected = (key: string) =>
    setSelectedKeys((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const merge = (name: string) => {
    const keys = selectedGroups.map((group) => group.key);
    updateDraft((current) => ({ ...current, stages: mergeIntoAgreedStage(current.stages, name, keys, makeId) }));
    setSelectedKeys(new Set());
  };
  const apply = () => {
    if (draft === null) return;
    const now = new Date().toISOString();
    applyEdit((current) =>
      questionTopic(currentAlignment(current).question) === 'stages'
        ? applyStageAgreement(current, draft.stages.map((stage) => stage.name), now)
        : applyCustomerAgreement(current, draft.customer, now),
    );
    closeView();
  };

  const renderStageActions = (group: AnswerGroup) => {
    const agreedAs = draft === null ? undefined : agreedStageForGroup(draft.stages, group);
    if (agreedAs !== undefined) {
      return <span className="jm-alignment__status">✓ In agreed stages as “{agreedAs.name}”</span>;
    }
    if (readOnly) return <span className="jm-alignment__status">Not in the agreed stages</span>;
    return (
      <button
        type="button"
        className="button jm-alignment__small-button"
        aria-label={`Add ${group.label} to agreed stages`}
        onClick={() => updateDraft((current) => ({ ...current, stages: addAgreedStage(current.stages, group.label, [group.key], makeId) }))}
      >
        Add
      </button>
    );
  };
  const renderCustomerActions = (group: AnswerGroup) =>
    readOnly ? null : (
      <>
        <button
          type="button"
          className="button jm-alignment__small-button"
          aria-label={`Use ${group.label} as the customer name`}
          onClick={() => updateDraft((current) => ({ ...current, customer: { ...current.customer, name: group.label } }))}
        >
          Use as name
        </button>
        <button
          type="button"
          className="button jm-alignment__small-button"
          aria-label={`Add ${group.label} to the customer description`}
          onClick={() =>
            updateDraft((current) => ({
              ...current,
              customer: { ...current.customer, description: appendToDescription(current.customer.description, group.label) },
            }))
          }
        >
          Add to description
        </button>
      </>
    );

  return (
    <section className="jm-alignment" aria-labelledby={headingId}>
      <header className="jm-alignment__header">
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1} className="jm-alignment__title">
            Stage alignment
          </h2>
          <p className="jm-alignment__intro">
            Ask ten people to name the stages and you get ten answers. Collect each person’s list before anyone
            discusses it, see how far apart the lists are, then agree on one list together.
          </p>
          <p className="jm-alignment__agreed-at">
            {record.agreedAt === null ? 'Not agreed yet.' : `Agreed on ${agreedOn(record.agreedAt)}.`}
            {readOnly ? ' Review mode: the exercise is shown as recorded.' : ''}
          </p>
        </div>
        <button type="button" className="button" onClick={closeView}>
          Back to the map
        </button>
      </header>
      <div className="jm-alignment__columns">
        <section className="jm-alignment__column" aria-labelledby={answersHeadingId}>
          <h3 id={answersHeadingId}>Everyone’s answers</h3>
          <QuestionPicker question={record.question} readOnly={readOnly} />
          <ParticipantList
            answers={record.answers}
            readOnly={readOnly}
            onLiveItems={(index, items) => setLive(items === null ? null : { index, items })}
          />
        </section>
        <section className="jm-alignment__column" aria-labelledby={spreadHeadingId}>
          <h3 id={spreadHeadingId}>The spread</h3>
          <SpreadSummary spread={spread} topic={topic} />
          {topic === 'stages' && !readOnly && spread.groups.length > 1 ? (
            <MergeControls selected={selectedGroups} onMerge={merge} onClear={() => setSelectedKeys(new Set())} />
          ) : null}
          <AnswerGroupList
            groups={spread.groups}
            participants={spread.participants}
            selectable={topic === 'stages' && !readOnly}
            selectedKeys={selectedKeys}
            onToggleSelected={toggleSelected}
            renderActions={topic === 'stages' ? renderStageActions : renderCustomerActions}
          />
        </section>
        <section className="jm-alignment__column" aria-labelledby={agreedHeadingId}>
          <h3 id={agreedHeadingId}>{topic === 'stages' ? 'Agreed stages' : 'Agreed customer'}</h3>
          {draft === null ? null : topic === 'stages' ? (
            <AgreedStagesEditor
              stages={draft.stages}
              readOnly={readOnly}
              mapStageNames={map.stages.map((stage) => stage.name)}
              preview={preview}
              makeId={makeId}
              onChange={(stages) => updateDraft((current) => ({ ...current, stages }))}
              onApply={apply}
            />
          ) : (
            <AgreedCustomerEditor
              customer={draft.customer}
              readOnly={readOnly}
              onChange={(customer) => updateDraft((current) => ({ ...current, customer }))}
              onApply={apply}
            />
          )}
        </section>
      </div>
    </section>
  );
}
