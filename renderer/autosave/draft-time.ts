/** When a draft was written, in words ("5 minutes ago") and as a date and time for the reader's locale. */
export interface DraftTime {
  relative: string;
  absolute: string;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "3 minutes ago": the coarsest whole unit; under a minute is "just now". */
export function relativeTime(then: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(-Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** Describes an ISO `writtenAt` both ways; an unreadable date is shown as it is. */
export function describeDraftTime(writtenAt: string, now: Date): DraftTime {
  const then = new Date(writtenAt);
  if (Number.isNaN(then.getTime())) return { relative: 'at an unknown time', absolute: writtenAt };
  return {
    relative: relativeTime(then, now),
    absolute: then.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
  };
}

/** "12:03": the time of day for the status bar's "Draft saved" note. */
export function clockTime(date: Date): string {
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
