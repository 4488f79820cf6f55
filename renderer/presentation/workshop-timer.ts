/**
 * The workshop timer as plain data: a countdown that starts, pauses, resumes and finishes against a
 * clock the caller passes in (milliseconds), so it is tested without waiting and never drifts with
 * late interval ticks.
 */

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface WorkshopTimer {
  durationMs: number;
  status: TimerStatus;
  /** While running: the clock time at which it reaches zero. */
  endsAt: number | null;
  /** While ready or paused: the time left (finished: 0). */
  leftMs: number;
}

export const DEFAULT_TIMER_MINUTES = 10;
export const MAX_TIMER_MINUTES = 180;

/** A timer of `minutes` (1–180, whole minutes) that has not started. */
export function createTimer(minutes: number = DEFAULT_TIMER_MINUTES): WorkshopTimer {
  const durationMs = clampMinutes(minutes) * 60_000;
  return { durationMs, status: 'ready', endsAt: null, leftMs: durationMs };
}

/** Whole minutes between 1 and 180. */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_TIMER_MINUTES;
  return Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));
}

/** The minutes typed into the timer's field, or null when they are not a number from 1 to 180. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? minutes : null;
}

/** The time left at clock time `now`. */
export function timeLeft(timer: WorkshopTimer, now: number): number {
  if (timer.status === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return timer.leftMs;
}

/** Start (or resume) a ready or paused timer, pause a running one, restart a finished one from its full length. */
export function toggleTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  switch (timer.status) {
    case 'ready':
    case 'paused':
      return { ...timer, status: 'running', endsAt: now + timer.leftMs };
    case 'running': {
      const left = timeLeft(timer, now);
      if (left === 0) return finished(timer);
      return { ...timer, status: 'paused', endsAt: null, leftMs: left };
    }
    case 'finished':
      return { ...timer, status: 'running', endsAt: now + timer.durationMs, leftMs: timer.durationMs };
  }
}

/** Moves a running timer to finished once its time is up; otherwise returns the same object. */
export function tickTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  return timer.status === 'running' && timeLeft(timer, now) === 0 ? finished(timer) : timer;
}

function finished(timer: WorkshopTimer): WorkshopTimer {
  return { ...timer, status: 'finished', endsAt: null, leftMs: 0 };
}

/** "mm:ss", rounding partial seconds up so a fresh 10-minute timer reads 10:00 and 00:00 means done. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The time in words for screen readers, e.g. "4 minutes 5 seconds". */
export function spokenClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}
