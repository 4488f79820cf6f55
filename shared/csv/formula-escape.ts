/**
 * Spreadsheet formula-injection guard. A text cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) gets a leading apostrophe. Text that already starts with
 * apostrophes followed by one of those characters gets one more, so removing exactly one on import
 * gives back the original text in every case.
 */
const ESCAPED_ON_EXPORT = /^'*[=+\-@\t\r]/;
const UNESCAPED_ON_IMPORT = /^'+[=+\-@\t\r]/;

/** Makes a text cell inert in spreadsheets (see the module comment). */
export function escapeFormula(text: string): string {
  return ESCAPED_ON_EXPORT.test(text) ? `'${text}` : text;
}

/** Undoes `escapeFormula`; leaves any other text unchanged. */
export function unescapeFormula(cell: string): string {
  return UNESCAPED_ON_IMPORT.test(cell) ? cell.slice(1) : cell;
}
