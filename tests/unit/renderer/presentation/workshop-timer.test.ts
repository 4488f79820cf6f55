import { describe, expect, it } from 'vitest';
import {
  clampMinutes,
  createTimer,
  formatClock,
  parseMinutes,
  spokenClock,
  tickTimer,
  timeLeft,
  toggleTimer,
} from '../../../../renderer/presentation/workshop-timer';

const MINUTE = 60_000;

describe('the workshop timer', () => {
  it('starts ready with its full length', () => {
    const timer = createTimer(5);
    expect(timer.status).toBe('ready');
    expect(timeLeft(timer, 123)).toBe(5 * MINUTE);
    expect(formatClock(timeLeft(timer, 0))).toBe('05:00');
  });

  it('counts down from the moment it starts, by the clock', () => {
    const running = toggleTimer(createTimer(5), 1_000);
    expect(running.status).toBe('running');
    expect(timeLeft(running, 1_000 + 61_500)).toBe(5 * MINUTE - 61_500);
    expect(formatClock(timeLeft(running, 1_000 + 61_500))).toBe('03:59');
  });

  it('pauses with the time left and resumes from it', () => {
    const running = toggleTimer(createTimer(2), 0);
    const paused = toggleTimer(running, 30_000);
    expect(paused.status).toBe('paused');
    expect(timeLeft(paused, 999_999)).toBe(90_000);
    const resumed = toggleTimer(paused, 500_000);
    expect(timeLeft(resumed, 510_000)).toBe(80_000);
  });

  it('finishes at zero and never goes negative', () => {
    const running = toggleTimer(createTimer(1), 0);
    expect(tickTimer(running, 59_999)).toBe(running);
    const finished = tickTimer(running, 60_000);
    expect(finished.status).toBe('finished');
    expect(timeLeft(running, 120_000)).toBe(0);
    expect(formatClock(timeLeft(finished, 120_000))).toBe('00:00');
  });

  it('restarts a finished timer from its full length', () => {
    const finished = tickTimer(toggleTimer(createTimer(3), 0), 3 * MINUTE);
    const again = toggleTimer(finished, 1_000_000);
    expect(again.status).toBe('running');
    expect(timeLeft(again, 1_000_000)).toBe(3 * MINUTE);
  });

  it('pausing after the end finishes it rather than pausing at zero', () => {
    const running = toggleTimer(createTimer(1), 0);
    expect(toggleTimer(running, 70_000).status).toBe('finished');
  });

  it('accepts whole minutes from 1 to 180 typed into its field', () => {
    expect(parseMinutes(' 15 ')).toBe(15);
    expect(parseMinutes('180')).toBe(180);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('181')).toBeNull();
    expect(parseMinutes('2.5')).toBeNull();
    expect(parseMinutes('ten')).toBeNull();
    expect(clampMinutes(0)).toBe(1);
    expect(clampMinutes(999)).toBe(180);
    expect(clampMinutes(Number.NaN)).toBe(10);
  });

  it('shows mm:ss rounded up to the second and says it in words', () => {
    expect(formatClock(10 * MINUTE)).toBe('10:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(90 * MINUTE)).toBe('90:00');
    expect(spokenClock(4 * MINUTE + 5_000)).toBe('4 minutes 5 seconds');
    expect(spokenClock(MINUTE)).toBe('1 minute');
    expect(spokenClock(0)).toBe('0 seconds');
  });
});
