import { memo, useCallback, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { addComment, newComment, setCommentResolved } from '../../shared/model';
import { LIMITS, type Comment, type CommentTarget, type JourneyMap } from '../../shared/model/types';
import { revealStage, revealTouchpoints, useReveal } from '../analysis/reveal';
import { useDocument, useDocumentStore } from '../store/document-store';
import { useView } from '../store/view-store';
import { commentTargetFor, commentTargetLabel, formatCommentTime } from './comment-target';
import { readReviewerName, rememberReviewerName } from './reviewer-name';
import './review.css';

/**
 * The map's review comments: add one on the selected stage or touchpoint (or the whole map), signed with
 * the remembered reviewer name; list them with target and time; resolve and reopen. Each add or resolve
 * is one undo step, and the only change review mode allows. Comment text is always shown as plain text.
 */
export function CommentsPanel({ textareaRef }: { textareaRef?: RefObject<HTMLTextAreaElement | null> }) {
  const store = useDocumentStore();
  const map = useDocument((state) => state.map);
  const selection = useView((state) => state.selection);
  const target = useMemo(() => commentTargetFor(map, selection), [map, selection]);
  const headingId = useId();
  const open = map.comments.filter((comment) => !comment.resolved);
  const resolved = map.comments.filter((comment) => comment.resolved);

  const setResolved = useCallback(
    (commentId: string, value: boolean) => {
      store.getState().applyEdit((current) => setCommentResolved(current, commentId, value));
    },
    [store],
  );

  return (
    <section className="rv-comments" aria-labelledby={headingId}>
      <h2 id={headingId} className="rv-comments__title">
        Comments <span className="rv-comments__count">({open.length} open)</span>
      </h2>
      <CommentForm map={map} target={target} textareaRef={textareaRef} />
      {map.comments.length === 0 ? <p className="rv-comments__empty">No comments yet.</p> : null}
      {open.length > 0 ? <CommentList label="Open comments" comments={open} map={map} onResolve={setResolved} /> : null}
      {resolved.length > 0 ? (
        <>
          <h3 className="rv-comments__subtitle">Resolved ({resolved.length})</h3>
          <CommentList label="Resolved comments" comments={resolved} map={map} onResolve={setResolved} />
        </>
      ) : null}
    </section>
  );
}

function CommentForm({
  map,
  target,
  textareaRef,
}: {
  map: JourneyMap;
  target: CommentTarget;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const store = useDocumentStore();
  const [name, setName] = useState(readReviewerName);
  const [askingName, setAskingName] = useState(() => name === '');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const ownTextarea = useRef<HTMLTextAreaElement>(null);
  const textField = textareaRef ?? ownTextarea;
  const targetId = useId();
  const messageId = useId();
  const targetLabel = commentTargetLabel(map, target);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const author = askingName ? rememberReviewerName(name) : name;
    if (author === '') {
      setMessage({ text: 'Enter your name, so the team knows who left the comment.', problem: true });
      nameField.current?.focus();
      return;
    }
    if (text.trim() === '') {
      setMessage({ text: 'Write the comment first.', problem: true });
      textField.current?.focus();
      return;
    }
    const before = store.getState().map;
    store.getState().applyEdit((current) => addComment(current, newComment({ text, author, target })));
    if (store.getState().map === before) {
      setMessage({ text: 'The comment could not be added: what it was about is no longer on the map.', problem: true });
      return;
    }
    setName(author);
    setAskingName(false);
    setText('');
    setMessage({ text: `Comment added on ${targetLabel}.`, problem: false });
  };

  return (
    <form className="rv-comments__form" onSubmit={submit} aria-label="Add a comment" noValidate>
      <p id={targetId} className="rv-comments__target">
        On <strong>{targetLabel}</strong>
        {target.kind === 'map' ? (
          <span className="rv-comments__hint"> (select a stage or touchpoint on the map to comment on it)</span>
        ) : null}
      </p>
      {askingName ? (
        <label className="rv-field">
          <span>Your name</span>
          <input
            ref={nameField}
            className="rv-input"
            value={name}
            maxLength={100}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
      ) : (
        <p className="rv-comments__author">
          As <strong>{name}</strong>{' '}
          <button type="button" className="button rv-link-button" onClick={() => setAskingName(true)}>
            Change name
          </button>
        </p>
      )}
      <label className="rv-field">
        <span>Comment</span>
        <textarea
          ref={textField}
          className="rv-input rv-comments__text-field"
          value={text}
          rows={3}
          maxLength={LIMITS.maxStringLength}
          aria-describedby={targetId}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary" aria-describedby={message ? messageId : undefined}>
        Add comment
      </button>
      <p id={messageId} className={message?.problem ? 'rv-comments__message rv-comments__message--problem' : 'rv-comments__message'} role="status">
        {message?.text ?? ''}
      </p>
    </form>
  );
}

function CommentList({
  label,
  comments,
  map,
  onResolve,
}: {
  label: string;
  comments: readonly Comment[];
  map: JourneyMap;
  onResolve: (commentId: string, resolved: boolean) => void;
}) {
  return (
    <ol className="rv-comments__list" aria-label={label}>
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} targetLabel={commentTargetLabel(map, comment.target)} onResolve={onResolve} />
      ))}
    </ol>
  );
}

/** One comment; memoised, so an edit of the map re-renders only comments whose target was renamed. */
const CommentItem = memo(function CommentItem({
  comment,
  targetLabel,
  onResolve,
}: {
  comment: Comment;
  targetLabel: string;
  onResolve: (commentId: string, resolved: boolean) => void;
}) {
  const reveal = useReveal();
  const textId = useId();
  const author = comment.author === '' ? 'Someone' : comment.author;
  const { target } = comment;
  const revealTarget =
    target.kind === 'stage' && target.id !== null ? revealStage(target.id)
    : target.kind === 'touchpoint' && target.id !== null ? revealTouchpoints([target.id])
    : null;
  return (
    <li className={comment.resolved ? 'rv-comment rv-comment--resolved' : 'rv-comment'}>
      <p className="rv-comment__meta">
        <strong>{author}</strong> on {targetLabel}, <time dateTime={comment.createdAt}>{formatCommentTime(comment.createdAt)}</time>
        {comment.resolved ? <span className="badge rv-comment__badge">Resolved</span> : null}
      </p>
      <p id={textId} className="rv-comment__text">
        {comment.text}
      </p>
      <div className="rv-comment__actions">
        <button type="button" className="button rv-link-button" aria-describedby={textId} onClick={() => onResolve(comment.id, !comment.resolved)}>
          {comment.resolved ? 'Reopen' : 'Resolve'}
        </button>
        {revealTarget ? (
          <button type="button" className="button rv-link-button" aria-describedby={textId} onClick={() => reveal(revealTarget, { show: true })}>
            Show on the map
          </button>
        ) : null}
      </div>
    </li>
  );
});
