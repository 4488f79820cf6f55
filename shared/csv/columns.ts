/** The touchpoint CSV columns, in file order; stage and silo are written by name. */
export const CSV_COLUMNS = ['stage', 'silo', 'title', 'channel', 'initiator', 'intent', 'emotion', 'day', 'description'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns without which a file cannot be imported. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['stage', 'title'];

/** Stage and silo names are matched this way on import: trimmed and case-insensitive. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
