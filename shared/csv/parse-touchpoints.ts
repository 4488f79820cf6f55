import Papa from 'papaparse';
import { CHANNELS, INITIATORS, INTENTS, LIMITS, type Channel, type Emotion, type Initiator, type Intent } from '../model/types';
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn } from './columns';
import { unescapeFormula } from './formula-escape';

/** One valid touchpoint row of an imported CSV; stage and silo are still names. */
export interface ParsedTouchpointRow {
  /** The row number a spreadsheet shows for it (the header is row 1). */
  row: number;
  stage: string;
  /** null when the silo cell is empty: nobody owns the touchpoint. */
  silo: string | null;
  title: string;
  channel: Channel;
  initiator: Initiator;
  intent: Intent;
  emotion: Emotion | null;
  day: number | null;
  description: string;
}

/** A problem found while reading the file, in words a non-technical reader understands. */
export interface CsvIssue {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  column?: string;
  message: string;
}

export interface ParsedTouchpointsCsv {
  /** The rows that can be imported, in file order. */
  rows: ParsedTouchpointRow[];
  /** Rows (or the whole file) that cannot be imported; a row with an error is left out of `rows`. */
  errors: CsvIssue[];
  /** Things that were ignored but do not stop the import (unknown or repeated columns). */
  warnings: CsvIssue[];
}

const DELIMITER_CANDIDATES = [',', ';', '\t'] as const;
const WHOLE_NUMBER = /^[+-]?\d+$/;

/** The delimiter used most often outside quotes in the header line; a comma when there is none. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const candidate of DELIMITER_CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function listForMessage(values: readonly string[]): string {
  return values.join(', ');
}

interface HeaderMap {
  columns: Map<CsvColumn, number>;
  warnings: CsvIssue[];
}

function readHeader(header: readonly string[], headerRow: number): HeaderMap {
  const columns = new Map<CsvColumn, number>();
  const warnings: CsvIssue[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    const known = CSV_COLUMNS.find((column) => column === name);
    if (known === undefined) {
      warnings.push({
        row: headerRow,
        column: cell.trim(),
        message: `Column "${cell.trim()}" is not one of ${listForMessage(CSV_COLUMNS)}; it was ignored.`,
      });
    } else if (columns.has(known)) {
      warnings.push({ row: headerRow, column: known, message: `Column "${known}" appears twice; only the first one was read.` });
    } else {
      columns.set(known, index);
    }
  });
  return { columns, warnings };
}

/** Reads one enum cell: case-insensitive, spaces and underscores taken as hyphens ("In person" → in-person). */
function readChoice<T extends string>(
  raw: string,
  options: readonly T[],
  fallback: T,
  column: CsvColumn,
  row: number,
  errors: CsvIssue[],
): T {
  const value = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (value === '') return fallback;
  const match = options.find((option) => option === value);
  if (match !== undefined) return match;
  errors.push({ row, column, message: `Row ${row}: ${column} "${raw.trim()}" is not one of ${listForMessage(options)}.` });
  return fallback;
}

function readWholeNumber(raw: string): number | null {
  const value = raw.trim().replace(/\u2212/g, '-');
  if (!WHOLE_NUMBER.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}

function readName(raw: string): string {
  return unescapeFormula(raw.trim()).trim();
}

function readRow(
  record: readonly string[],
  columns: ReadonlyMap<CsvColumn, number>,
  row: number,
  errors: CsvIssue[],
): ParsedTouchpointRow | null {
  const errorCountBefore = errors.length;
  const cell = (column: CsvColumn): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (record[index] ?? '');
  };
  const tooLong = (column: CsvColumn, what: string, value: string, max: number): void => {
    if (value.length > max) {
      errors.push({ row, column, message: `Row ${row}: the ${what} is longer than ${max.toLocaleString('en-US')} characters.` });
    }
  };

  const stage = readName(cell('stage'));
  if (stage === '') errors.push({ row, column: 'stage', message: `Row ${row}: the stage is missing.` });
  tooLong('stage', 'stage name', stage, LIMITS.maxNameLength);

  const silo = readName(cell('silo'));
  tooLong('silo', 'silo name', silo, LIMITS.maxNameLength);

  const title = readName(cell('title'));
  if (title === '') errors.push({ row, column: 'title', message: `Row ${row}: the title is missing.` });
  tooLong('title', 'title', title, LIMITS.maxTitleLength);

  const channel = readChoice(cell('channel'), CHANNELS, 'other', 'channel', row, errors);
  const initiator = readChoice(cell('initiator'), INITIATORS, 'company', 'initiator', row, errors);
  const intent = readChoice(cell('intent'), INTENTS, 'other', 'intent', row, errors);

  let emotion: Emotion | null = null;
  const emotionCell = unescapeFormula(cell('emotion').trim());
  if (emotionCell !== '') {
    const value = readWholeNumber(emotionCell);
    if (value === null || value < -2 || value > 2) {
      errors.push({ row, column: 'emotion', message: `Row ${row}: emotion "${emotionCell}" is not a whole number from -2 to 2.` });
    } else {
      emotion = value as Emotion;
    }
  }

  let day: number | null = null;
  const dayCell = unescapeFormula(cell('day').trim());
  if (dayCell !== '') {
    day = readWholeNumber(dayCell);
    if (day === null) errors.push({ row, column: 'day', message: `Row ${row}: day "${dayCell}" is not a whole number.` });
  }

  const description = unescapeFormula(cell('description'));
  tooLong('description', 'description', description, LIMITS.maxStringLength);

  if (errors.length > errorCountBefore) return null;
  return { row, stage, silo: silo === '' ? null : silo, title, channel, initiator, intent, emotion, day, description };
}

/**
 * Reads a touchpoint CSV (as written by `touchpointsToCsv`, or made by hand in a spreadsheet). Tolerates
 * a byte-order mark, comma, semicolon or tab separators (detected from the header row), CRLF or LF line
 * endings, extra whitespace, and any case in headers and values. Empty cells take defaults (no silo,
 * channel "other", initiator "company", intent "other", no emotion or day). Never throws.
 */
export function parseTouchpointsCsv(text: string): ParsedTouchpointsCsv {
  const content = text.startsWith('\ufeff') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(content, { delimiter: detectDelimiter(content), header: false, skipEmptyLines: false });
  const records = result.data;
  const errors: CsvIssue[] = [];
  const brokenRecords = new Set<number>();
  for (const parseError of result.errors) {
    const index = parseError.row ?? 0;
    if (brokenRecords.has(index)) continue;
    brokenRecords.add(index);
    errors.push({
      row: index + 1,
      message: `Row ${index + 1}: a quotation mark is not closed properly, so this row could not be read reliably.`,
    });
  }

  const headerIndex = records.findIndex((record) => !isBlankRecord(record));
  const header = records[headerIndex];
  if (header === undefined) {
    return { rows: [], errors: [{ row: 1, message: 'The file is empty: it needs a header row naming the columns and one row per touchpoint.' }], warnings: [] };
  }
  const { columns, warnings } = readHeader(header, headerIndex + 1);
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(' and ');
    return {
      rows: [],
      errors: [
        {
          row: headerIndex + 1,
          message: `The first row must name the columns, and ${names} ${missing.length === 1 ? 'is' : 'are'} missing. Expected columns: ${listForMessage(CSV_COLUMNS)}.`,
        },
      ],
      warnings,
    };
  }

  const rows: ParsedTouchpointRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index];
    if (record === undefined || isBlankRecord(record)) continue;
    if (rows.length >= LIMITS.maxTouchpoints) {
      errors.push({
        row: index + 1,
        message: `Row ${index + 1} and the rows after it were not read: a map holds at most ${LIMITS.maxTouchpoints.toLocaleString('en-US')} touchpoints.`,
      });
      break;
    }
    if (brokenRecords.has(index)) continue;
    const parsed = readRow(record, columns, index + 1, errors);
    if (parsed !== null) rows.push(parsed);
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, warnings };
}
