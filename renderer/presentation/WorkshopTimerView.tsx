import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatClock, MAX_TIMER_MINUTES, parseMinutes, spokenClock, type TimerStatus, type WorkshopTimer } from './workshop-timer';

const STATE_WORDS: Record<TimerStatus, string> = {
  ready: 'Timer ready',
  running: 'Timer running',
  paused: 'Timer paused',
  finished: 'Time is up',
};

/** A bell: shown with the words "Time is up", so the end never relies on colour alone. */
function BellIcon() {
  return (
    <svg className="pm-timer__bell" width={32} height={32} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5a1 1 0 0 1 1 1v.6a4 4 0 0 1 3 3.9v3l1.5 2H2.5L4 10V7a4 4 0 0 1 3-3.9v-.6a1 1 0 0 1 1-1zM6.5 13.5a1.5 1.5 0 0 0 3 0"
        fill="currentColor"
        stroke="currentColor"
        strokeWidth={1}
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The workshop timer in the corner of the presentation: state in words, mm:ss, and the minutes field when asked for. */
export function WorkshopTimerView({
  timer,
  left,
  editing,
  onSetMinutes,
  onCancelEditing,
}: {
  timer: WorkshopTimer;
  left: number;
  editing: boolean;
  onSetMinutes: (minutes: number) => void;
  onCancelEditing: () => void;
}) {
  const finished = timer.status === 'finished';
  return (
    <div className={`pm-timer pm-timer--${timer.status}`} role="group" aria-label="Workshop timer">
      <span className="pm-timer__state">
        {finished ? <BellIcon /> : null}
        {STATE_WORDS[timer.status]}
      </span>
      <span className="pm-timer__clock" role="timer" aria-label={`${spokenClock(left)} left`}>
        {formatClock(left)}
      </span>
      {editing ? <MinutesForm initial={Math.round(timer.durationMs / 60_000)} onSubmit={onSetMinutes} onCancel={onCancelEditing} /> : null}
    </div>
  );
}

function MinutesForm({ initial, onSubmit, onCancel }: { initial: number; onSubmit: (minutes: number) => void; onCancel: () => void }) {
  const [text, setText] = useState(String(initial));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const minutes = parseMinutes(text);
    if (minutes === null) {
      setInvalid(true);
      return;
    }
    onSubmit(minutes);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <form className="pm-timer__form" onSubmit={submit}>
      <label className="pm-timer__label">
        Timer minutes
        <input
          className="pm-timer__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIMER_MINUTES}
          step={1}
          value={text}
          autoFocus
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
          onKeyDown={handleKeyDown}
        />
      </label>
      <button type="submit" className="pm-button">
        Set
      </button>
      {invalid ? (
        <p id={errorId} className="pm-timer__error" role="alert">
          {`Enter whole minutes from 1 to ${MAX_TIMER_MINUTES}`}
        </p>
      ) : null}
    </form>
  );
}
