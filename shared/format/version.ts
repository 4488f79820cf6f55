/** The file format version this app writes; files with a lower version are migrated on load. */
export const FORMAT_VERSION = 1;

/** The value of the top-level `format` field that marks a file as a journey map. */
export const FORMAT_MARKER = 'journeymap';
