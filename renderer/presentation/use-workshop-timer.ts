import { useCallback, useEffect, useState } from 'react';
import { createTimer, tickTimer, timeLeft, toggleTimer, type WorkshopTimer } from './workshop-timer';

/** How often a running timer redraws; the time shown is always computed from the clock, so late ticks never drift. */
const TICK_MS = 250;

export interface WorkshopTimerControls {
  timer: WorkshopTimer;
  /** Milliseconds left now. */
  left: number;
  /** Starts, pauses or restarts the timer; returns its new state and the time left. */
  toggle: () => { timer: WorkshopTimer; left: number };
  setMinutes: (minutes: number) => void;
}

/** A workshop timer that redraws while it runs; `clock` (milliseconds) is injectable for tests. */
export function useWorkshopTimer(clock: () => number = Date.now): WorkshopTimerControls {
  const [timer, setTimer] = useState(() => createTimer());
  const [now, setNow] = useState(clock);

  useEffect(() => {
    if (timer.status !== 'running') return undefined;
    const id = setInterval(() => {
      const time = clock();
      setNow(time);
      setTimer((current) => tickTimer(current, time));
    }, TICK_MS);
    return () => clearInterval(id);
  }, [timer.status, clock]);

  const toggle = useCallback(() => {
    const time = clock();
    const next = toggleTimer(timer, time);
    setNow(time);
    setTimer(next);
    return { timer: next, left: timeLeft(next, time) };
  }, [timer, clock]);

  const setMinutes = useCallback((minutes: number) => setTimer(createTimer(minutes)), []);

  return { timer, left: timeLeft(timer, now), toggle, setMinutes };
}
