export { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn } from './columns';
export { touchpointsToCsv, type TouchpointsCsvOptions } from './export-touchpoints';
export { parseTouchpointsCsv, type CsvIssue, type ParsedTouchpointRow, type ParsedTouchpointsCsv } from './parse-touchpoints';
export { importTouchpoints, type CsvImportMode, type CsvImportOptions, type CsvImportResult } from './import-touchpoints';
