/** The benchmark's one table: rows of figures with their targets and verdicts, printed as Markdown. */

/** PASS/MISS against a target; `—` for figures printed for information; `n/a` when not measurable. */
export type Verdict = 'PASS' | 'MISS' | '—' | 'n/a';

export interface Row {
  figure: string;
  size: string;
  median: string;
  p95: string;
  target: string;
  verdict: Verdict;
  /** Why a figure is n/a, or what it includes; printed under the table. */
  note?: string;
}

/** A duration for the table: two decimals below 10 ms, one below 100 ms, whole milliseconds above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

/** A size in kilobytes (1 kB = 1,000 bytes, as gzip sizes are usually quoted). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A size in megabytes (1 MB = 1,048,576 bytes, as heap sizes are usually quoted). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A count with thousands separators: 5000 → "5,000". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** PASS when `value` is at most `limit`, MISS otherwise. */
export function verdictAtMost(value: number, limit: number): Verdict {
  return value <= limit ? 'PASS' : 'MISS';
}

/** A row for a figure that could not be measured, with the reason. */
export function unavailableRow(figure: string, size: string, target: string, reason: string): Row {
  return { figure, size, median: 'n/a', p95: '', target, verdict: 'n/a', note: reason };
}

const HEADERS = ['figure', 'size', 'median', 'p95', 'target', 'result'] as const;

function cellsOf(row: Row, noteNumber: number | null): string[] {
  const figure = noteNumber === null ? row.figure : `${row.figure} [${noteNumber}]`;
  return [figure, row.size, row.median, row.p95, row.target, row.verdict];
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The rows as one aligned Markdown table, followed by the numbered notes of the rows that have one. */
export function formatTable(rows: readonly Row[]): string {
  const notes: string[] = [];
  const body = rows.map((row) => {
    if (!row.note) return cellsOf(row, null).map(escapeCell);
    notes.push(row.note);
    return cellsOf(row, notes.length).map(escapeCell);
  });
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...body.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const table = [line(HEADERS), rule, ...body.map(line)].join('\n');
  if (notes.length === 0) return table;
  return `${table}\n\n${notes.map((note, index) => `[${index + 1}] ${note}`).join('\n')}`;
}

/** One line counting the verdicts, e.g. "Summary: 9 PASS, 2 MISS, 1 n/a (of 12 rows with a target)." */
export function summaryLine(rows: readonly Row[]): string {
  const count = (verdict: Verdict) => rows.filter((row) => row.verdict === verdict).length;
  const judged = rows.filter((row) => row.verdict !== '—').length;
  const misses = rows.filter((row) => row.verdict === 'MISS').map((row) => `${row.figure} (${row.size})`);
  const missList = misses.length > 0 ? ` Missed: ${misses.join('; ')}.` : '';
  return `Summary: ${count('PASS')} PASS, ${count('MISS')} MISS, ${count('n/a')} n/a (of ${judged} rows with a target).${missList}`;
}
