import { describe, expect, it } from 'vitest';
import { clockTime, describeDraftTime, relativeTime } from '../../../../renderer/autosave/draft-time';

const now = new Date('2026-11-05T12:03:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('draft times', () => {
  it('says how long ago a draft was written in the coarsest whole unit', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(60_000), now)).toBe('1 minute ago');
    expect(relativeTime(ago(5 * 60_000 + 59_000), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe('3 hours ago');
    expect(relativeTime(ago(26 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(4 * 86_400_000), now)).toBe('4 days ago');
  });

  it('gives the absolute date and time alongside, and survives an unreadable date', () => {
    const described = describeDraftTime('2026-11-05T11:58:00.000Z', now);
    expect(described.relative).toBe('5 minutes ago');
    expect(described.absolute).toBe(new Date('2026-11-05T11:58:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
    expect(describeDraftTime('not a date', now)).toEqual({ relative: 'at an unknown time', absolute: 'not a date' });
  });

  it('shows the time of day with hours and minutes for the status bar', () => {
    expect(clockTime(new Date(2026, 10, 5, 12, 3, 40))).toMatch(/12[:.]03/);
  });
});
