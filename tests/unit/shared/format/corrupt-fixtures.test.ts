import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILE_ERROR_CODES, parseJourneyFile } from '../../../../shared/format/index';
import { LIMITS } from '../../../../shared/model/types';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const read = (name: string): Uint8Array => readFileSync(`${fixtures}${name}`);

/** Byte-for-byte equality without the deep-equality walk, which is slow on 20 MB. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

/** Each damaged example file, the code it must get, and words its message must contain. */
const table: Array<{ file: string; input: () => Uint8Array; code: string; says: RegExp }> = [
  {
    file: '(20 MB + 1 byte, built in memory: too big to keep in the repository)',
    input: () => new Uint8Array(LIMITS.maxFileBytes + 1),
    code: 'too-large',
    says: /too large to open .* up to 20 MB/,
  },
  { file: 'corrupt/not-utf8.journeymap', input: () => read('corrupt/not-utf8.journeymap'), code: 'not-utf8', says: /not UTF-8/ },
  { file: 'corrupt/not-json.journeymap', input: () => read('corrupt/not-json.journeymap'), code: 'not-json', says: /not valid JSON \(the problem is at line \d+, column \d+\)/ },
  { file: 'corrupt/too-deep.journeymap', input: () => read('corrupt/too-deep.journeymap'), code: 'too-deep', says: /more than 64 levels/ },
  { file: 'corrupt/not-a-journeymap.journeymap', input: () => read('corrupt/not-a-journeymap.journeymap'), code: 'not-a-journeymap', says: /not a journey map/ },
  { file: 'corrupt/version-too-new.journeymap', input: () => read('corrupt/version-too-new.journeymap'), code: 'version-too-new', says: /file format 3\). This app reads format 1 .* The file was not changed\./ },
  { file: 'corrupt/invalid.journeymap', input: () => read('corrupt/invalid.journeymap'), code: 'invalid', says: /touchpoints\[3\]\.stageId: no stage "st-9"/ },
];

describe('damaged example files', () => {
  it('cover every error code, and every file in tests/fixtures/corrupt is in the table', () => {
    expect(table.map((row) => row.code)).toEqual([...FILE_ERROR_CODES]);
    const listed = table.map((row) => row.file).filter((file) => file.startsWith('corrupt/'));
    expect(readdirSync(`${fixtures}corrupt`).map((name) => `corrupt/${name}`).sort()).toEqual([...listed].sort());
  });

  it.each(table)('$file → $code', ({ input, code, says }) => {
    const bytes = input();
    const before = bytes.slice();
    const result = parseJourneyFile(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(says);
    expect(sameBytes(bytes, before)).toBe(true);
  });

  it('invalid.journeymap lists each broken rule on its own line', () => {
    const result = parseJourneyFile(read('corrupt/invalid.journeymap'));
    expect(!result.ok && result.error.message.split('\n').slice(1)).toEqual([
      '- touchpoints[3].stageId: no stage "st-9"',
      '- handoffs[0]: a hand-off cannot lead from touchpoint "tp-quote-web" back to itself',
    ]);
  });

  it('a file with unknown fields opens, with one warning per dropped field', () => {
    const result = parseJourneyFile(read('unknown-fields.journeymap'));
    expect(result.ok && result.warnings).toEqual([
      'Unknown field "generator" at the top of the file was dropped.',
      'Unknown field "color" in touchpoints[0] was dropped.',
      'Unknown field "theme" in the map was dropped.',
    ]);
  });
});
