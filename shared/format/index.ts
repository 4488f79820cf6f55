/**
 * The `.journeymap` file format (see docs/file-format.md): loading untrusted files, validating maps
 * (also IPC payloads) and writing files. Pure TypeScript: no React, Electron or Node imports.
 */
export { FORMAT_VERSION } from './version';
export { FILE_ERROR_CODES, type FileError, type FileErrorCode, type JourneyFileResult } from './errors';
export { parseJourneyFile } from './parse';
export { serializeJourneyFile } from './serialize';
export { validateJourneyMap, type JourneyMapResult } from './validate';
export { journeyMapSchema, journeyFileSchema } from './schema';
