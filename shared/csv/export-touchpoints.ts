import Papa from 'papaparse';
import type { JourneyMap } from '../model/types';
import { CSV_COLUMNS } from './columns';
import { escapeFormula } from './formula-escape';

export interface TouchpointsCsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads accents and emoji correctly. Default true. */
  bom?: boolean;
}

const BYTE_ORDER_MARK = '\ufeff';

function hasEdgeWhitespace(value: unknown): boolean {
  return typeof value === 'string' && /^\s|\s$/u.test(value);
}

/**
 * The map's touchpoints as CSV, one row per touchpoint in map order under a header row of `CSV_COLUMNS`.
 * RFC 4180: CRLF line endings (also after the last row), cells quoted when they hold a comma, quote,
 * line break or edge whitespace. Stage and silo are written by name (empty silo = no owner); names and
 * titles are trimmed; text cells are formula-escaped, numbers (emotion, day) are not.
 */
export function touchpointsToCsv(map: JourneyMap, options: TouchpointsCsvOptions = {}): string {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name.trim()]));
  const siloNames = new Map(map.silos.map((silo) => [silo.id, silo.name.trim()]));
  const data = map.touchpoints.map((touchpoint) => [
    escapeFormula(stageNames.get(touchpoint.stageId) ?? ''),
    escapeFormula(touchpoint.siloId === null ? '' : (siloNames.get(touchpoint.siloId) ?? '')),
    escapeFormula(touchpoint.title.trim()),
    touchpoint.channel,
    touchpoint.initiator,
    touchpoint.intent,
    touchpoint.emotion ?? '',
    touchpoint.day ?? '',
    escapeFormula(touchpoint.description),
  ]);
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { newline: '\r\n', delimiter: ',', quoteChar: '"', escapeChar: '"', quotes: hasEdgeWhitespace, escapeFormulae: false },
  );
  const bom = options.bom === false ? '' : BYTE_ORDER_MARK;
  return csv.endsWith('\r\n') ? `${bom}${csv}` : `${bom}${csv}\r\n`;
}
