import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, parseJourneyFile, serializeJourneyFile, type JourneyMapResult } from '../../../../shared/format/index';
import { LIMITS } from '../../../../shared/model/types';
import { generateJourneyMap } from '../../../support/map-generator';

const fixturePath = fileURLToPath(new URL('../../../fixtures/auto-insurance.journeymap', import.meta.url));
const fixtureText = readFileSync(fixturePath, 'utf8');
const notUtf8FixturePath = fileURLToPath(new URL('../../../fixtures/corrupt/not-utf8.journeymap', import.meta.url));
const smallMap = generateJourneyMap({ touchpoints: 20, seed: 11 });

function errorOf(result: JourneyMapResult): { code: string; message: string } {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** The small generated map as a plain JSON object, ready to be damaged. */
function fileObject(): { format: unknown; formatVersion: unknown; map: Record<string, unknown> & { [key: string]: unknown } } {
  return JSON.parse(serializeJourneyFile(smallMap)) as ReturnType<typeof fileObject>;
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('parseJourneyFile: valid files', () => {
  it('opens the real auto-insurance example with no warnings', () => {
    const result = parseJourneyFile(fixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.map.title).toBe('Auto insurance: the policy lifecycle');
    expect(result.map.silos.map((silo) => silo.name)).toContain('Billing');
    expect(result.map.touchpoints.length).toBeGreaterThan(10);
  });

  it('reads bytes as well as text, and both give the same map', () => {
    const fromText = parseJourneyFile(fixtureText);
    const fromBytes = parseJourneyFile(readFileSync(fixturePath));
    expect(fromBytes).toEqual(fromText);
  });

  it('ignores a UTF-8 byte-order mark, in bytes and in text', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(fixtureText)]);
    expect(parseJourneyFile(withBom).ok).toBe(true);
    expect(parseJourneyFile(`\uFEFF${fixtureText}`).ok).toBe(true);
  });

  it('drops unknown fields with a warning that names where they were (in file order), never an error', () => {
    const file = fileObject();
    file.map.theme = 'dark';
    (file.map.touchpoints as Record<string, unknown>[])[3]!.color = '#ff0000';
    (file as Record<string, unknown>).generator = 'Journey Map 9';
    const result = parseJourneyFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      'Unknown field "generator" at the top of the file was dropped.',
      'Unknown field "color" in touchpoints[3] was dropped.',
      'Unknown field "theme" in the map was dropped.',
    ]);
    expect(result.map).toEqual(smallMap);
    expect(Object.hasOwn(result.map, 'theme')).toBe(false);
    expect(Object.hasOwn(result.map.touchpoints[3]!, 'color')).toBe(false);
  });

  it('summarises a long list of unknown fields instead of listing each one', () => {
    const file = fileObject();
    for (let i = 0; i < 30; i++) file.map[`extra${i}`] = i;
    const result = parseJourneyFile(JSON.stringify(file));
    expect(result.ok && result.warnings.length).toBe(21);
    expect(result.ok && result.warnings.at(-1)).toBe('10 more unknown fields were dropped.');
  });

  it('never lets "__proto__" or "constructor" keys reach a prototype', () => {
    const text = serializeJourneyFile(smallMap)
      .replace('"id": "tp-1",', '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "id": "tp-1",')
      .replace('"format": "journeymap",', '"format": "journeymap", "__proto__": { "polluted": true },');
    const result = parseJourneyFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      'Unknown field "__proto__" at the top of the file was dropped.',
      'Unknown field "__proto__" in touchpoints[0] was dropped.',
      'Unknown field "constructor" in touchpoints[0] was dropped.',
    ]);
    const touchpoint = result.map.touchpoints[0]!;
    expect(Object.getPrototypeOf(touchpoint)).toBe(Object.prototype);
    expect(Object.keys(touchpoint)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((touchpoint as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJourneyFile: every error code', () => {
  it('the size limit is 20 MB as the spec counts it: 20,000,000 bytes, not 20 MiB', () => {
    expect(LIMITS.maxFileBytes).toBe(20_000_000);
  });

  it('too-large: refuses 20 MB + 1 byte quickly, as bytes and as text, naming the limit', () => {
    const bytes = errorOf(parseJourneyFile(new Uint8Array(20_000_001)));
    const text = errorOf(parseJourneyFile(' '.repeat(20_000_001)));
    expect(bytes.code).toBe('too-large');
    expect(text.code).toBe('too-large');
    expect(bytes.message).toBe('This file is too large to open (just over 20 MB). Journey maps can be up to 20 MB.');
  });

  it('too-large: 20 MiB + 1 byte is over the limit too, and says how big it is', () => {
    const error = errorOf(parseJourneyFile(new Uint8Array(20 * 1024 * 1024 + 1)));
    expect(error).toEqual({ code: 'too-large', message: 'This file is too large to open (21.0 MB). Journey maps can be up to 20 MB.' });
  });

  it('too-large: counts UTF-8 bytes of a string, not its characters', () => {
    const twoBytesEach = 'é'.repeat(LIMITS.maxFileBytes / 2 + 1);
    expect(twoBytesEach.length).toBeLessThan(LIMITS.maxFileBytes);
    expect(errorOf(parseJourneyFile(twoBytesEach)).code).toBe('too-large');
  });

  it('too-large: states the size in megabytes of 1,000,000 bytes', () => {
    const message = errorOf(parseJourneyFile(new Uint8Array(23_400_000))).message;
    expect(message).toBe('This file is too large to open (23.4 MB). Journey maps can be up to 20 MB.');
  });

  it('accepts exactly 20,000,000 bytes as far as size goes', () => {
    const atLimit = new Uint8Array(20_000_000).fill(0x20);
    expect(errorOf(parseJourneyFile(atLimit)).code).toBe('not-json');
  });

  it('not-utf8: bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]);
    const error = errorOf(parseJourneyFile(latin1));
    expect(error.code).toBe('not-utf8');
    expect(error.message).toMatch(/not UTF-8/);
  });

  it('not-utf8: text with a lone surrogate', () => {
    expect(errorOf(parseJourneyFile('{"title": "broken \uD800 here"}')).code).toBe('not-utf8');
    expect(errorOf(parseJourneyFile('"\uDC00"')).code).toBe('not-utf8');
  });

  it('not-utf8: text decoded from bytes that were not UTF-8 (the decoder left U+FFFD for them)', () => {
    const decoded = readFileSync(notUtf8FixturePath, 'utf8');
    expect(decoded).toContain('\uFFFD');
    const error = errorOf(parseJourneyFile(decoded));
    expect(error.code).toBe('not-utf8');
    expect(error.message).toBe(
      'This file is damaged or is not UTF-8 text: some of its bytes could not be read as characters and were replaced with "\uFFFD". Open the file itself rather than a copy of its text.',
    );
    expect(errorOf(parseJourneyFile(serializeJourneyFile(smallMap).replace('"title": "', '"title": "\uFFFD'))).code).toBe('not-utf8');
  });

  it('a U+FFFD the user typed survives save and load: it is written as the escape \\ufffd, so text and bytes both open', () => {
    const withReplacementCharacter = { ...smallMap, title: 'Pasted from a broken e-mail: \uFFFD', intendedMemory: '\uFFFD\uFFFD' };
    const text = serializeJourneyFile(withReplacementCharacter);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('"title": "Pasted from a broken e-mail: \\ufffd"');
    expect(parseJourneyFile(text)).toEqual({ ok: true, map: withReplacementCharacter, warnings: [] });
    expect(parseJourneyFile(new TextEncoder().encode(text))).toEqual({ ok: true, map: withReplacementCharacter, warnings: [] });
  });

  it('bytes may hold a real U+FFFD (valid UTF-8 EF BF BD): only the text form cannot tell it from damage', () => {
    const raw = serializeJourneyFile(smallMap).replace('"title": "', '"title": "\uFFFD');
    const result = parseJourneyFile(new TextEncoder().encode(raw));
    expect(result.ok && result.map.title.startsWith('\uFFFD')).toBe(true);
  });

  it('not-json: says where the text stops being JSON', () => {
    const error = errorOf(parseJourneyFile('{\n  "format": "journeymap",\n  "formatVersion": 1,\n  "map": }\n'));
    expect(error.code).toBe('not-json');
    expect(error.message).toBe(
      'This file is damaged or is not a journey map: its text is not valid JSON (the problem is at line 4, column 10).',
    );
  });

  it('not-json: a truncated file points at its end', () => {
    const truncated = fixtureText.slice(0, 200);
    const lines = truncated.split('\n');
    const error = errorOf(parseJourneyFile(truncated));
    expect(error.code).toBe('not-json');
    expect(error.message).toContain(`line ${lines.length}, column ${lines.at(-1)!.length + 1}`);
  });

  it('not-json: an empty or blank file', () => {
    expect(errorOf(parseJourneyFile('')).message).toBe('This file is empty, so it is not a journey map.');
    expect(errorOf(parseJourneyFile(new Uint8Array())).code).toBe('not-json');
    expect(errorOf(parseJourneyFile(' \n\t ')).code).toBe('not-json');
  });

  it('too-deep: 65 levels are refused before JSON.parse; 64 are not too deep', () => {
    expect(errorOf(parseJourneyFile(nested(65))).code).toBe('too-deep');
    expect(errorOf(parseJourneyFile(nested(64))).code).toBe('not-a-journeymap');
    expect(errorOf(parseJourneyFile(nested(100_000))).code).toBe('too-deep');
    expect(errorOf(parseJourneyFile(`${nested(65).slice(0, 65)} oops`)).code).toBe('too-deep');
  });

  it('too-deep: counts the whole file, and a valid map at depth 64 still opens', () => {
    // The envelope and the map are levels 1 and 2, so 62 more arrays reach depth 64.
    const at64 = serializeJourneyFile(smallMap).replace('"intendedMemory"', `"layout": ${nested(62)}, "intendedMemory"`);
    const result = parseJourneyFile(at64);
    expect(result.ok).toBe(true);
    const at65 = serializeJourneyFile(smallMap).replace('"intendedMemory"', `"layout": ${nested(63)}, "intendedMemory"`);
    expect(errorOf(parseJourneyFile(at65)).code).toBe('too-deep');
  });

  it('too-deep: brackets inside strings (and escaped quotes) do not count', () => {
    const text = serializeJourneyFile({ ...smallMap, intendedMemory: `\\"${'['.repeat(500)}` });
    expect(parseJourneyFile(text).ok).toBe(true);
  });

  it('not-a-journeymap: JSON that is not an object, or lacks the format marker', () => {
    for (const text of ['[]', '42', '"journeymap"', 'null', '{}', '{"format":"journey-map","formatVersion":1}', '{"name":"my-app"}']) {
      const error = errorOf(parseJourneyFile(text));
      expect(error.code, text).toBe('not-a-journeymap');
      expect(error.message, text).toMatch(/^This file is not a journey map/);
    }
  });

  it('version-too-new: names both versions and says the file was not changed', () => {
    const file = fileObject();
    file.formatVersion = 3;
    const error = errorOf(parseJourneyFile(JSON.stringify(file)));
    expect(error).toEqual({
      code: 'version-too-new',
      message:
        'This map was made with a newer version of Journey Map (file format 3). This app reads format 1 and older. The file was not changed.',
    });
  });

  it('version-too-new: any whole number above the current version, even beyond the safe-integer range', () => {
    const cases: Array<[literal: string, shown: string]> = [
      ['2', '2'],
      ['1e20', '100000000000000000000'],
      ['9007199254740994', '9007199254740994'],
      ['1e300', '1e+300'],
    ];
    for (const [literal, shown] of cases) {
      const error = errorOf(parseJourneyFile(`{"format":"journeymap","formatVersion":${literal},"map":{}}`));
      expect(error, literal).toEqual({
        code: 'version-too-new',
        message: `This map was made with a newer version of Journey Map (file format ${shown}). This app reads format ${FORMAT_VERSION} and older. The file was not changed.`,
      });
    }
  });

  it('version-too-new: a number too large for JSON.parse (it becomes Infinity) is newer too, and still names this version', () => {
    const error = errorOf(parseJourneyFile('{"format":"journeymap","formatVersion":1e400,"map":{}}'));
    expect(error).toEqual({
      code: 'version-too-new',
      message: `This map was made with a newer version of Journey Map (its file format number is too large to show). This app reads format ${FORMAT_VERSION} and older. The file was not changed.`,
    });
  });

  it('version-too-new: wins over anything else being wrong, since a newer format may look different', () => {
    expect(errorOf(parseJourneyFile('{"format":"journeymap","formatVersion":2,"map":42}')).code).toBe('version-too-new');
  });

  it("version-too-new: leaves the input's bytes untouched", () => {
    const file = fileObject();
    file.formatVersion = FORMAT_VERSION + 1;
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const before = bytes.slice();
    expect(errorOf(parseJourneyFile(bytes)).code).toBe('version-too-new');
    expect(bytes).toEqual(before);
  });

  it('invalid: a formatVersion that is not a positive whole number', () => {
    for (const version of ['"1"', '0', '-1', '1.5', 'null', '-1e300', 'true', '[2]']) {
      const error = errorOf(parseJourneyFile(`{"format":"journeymap","formatVersion":${version},"map":{}}`));
      expect(error.code, version).toBe('invalid');
      expect(error.message, version).toContain('formatVersion: should be a whole number of 1 or more');
    }
    expect(errorOf(parseJourneyFile('{"format":"journeymap","map":{}}')).message).toContain('but is missing');
  });

  it('invalid: names the problem and where it is, in the words of the spec', () => {
    const file = fileObject();
    (file.map.touchpoints as Record<string, unknown>[])[3]!.stageId = 'st-9';
    const error = errorOf(parseJourneyFile(JSON.stringify(file)));
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('This journey map is damaged and cannot be opened. What is wrong:\n- touchpoints[3].stageId: no stage "st-9"');
  });

  it('invalid: lists the first five problems and counts the rest', () => {
    const file = fileObject();
    const touchpoints = file.map.touchpoints as Record<string, unknown>[];
    touchpoints.forEach((touchpoint) => {
      touchpoint.stageId = 'gone';
    });
    const message = errorOf(parseJourneyFile(JSON.stringify(file))).message;
    const lines = message.split('\n');
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[1]).toBe('- touchpoints[0].stageId: no stage "gone"');
    expect(lines.at(-1)).toBe(`- and ${touchpoints.length - 5} more problems.`);
  });

  it('invalid: a missing map', () => {
    const error = errorOf(parseJourneyFile('{"format":"journeymap","formatVersion":1}'));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('- map: is missing');
  });

  it('invalid: 20,001 touchpoints are over the limit', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 5 });
    const extra = { ...map.touchpoints[0]!, id: 'tp-one-too-many' };
    const error = errorOf(parseJourneyFile(serializeJourneyFile({ ...map, touchpoints: [...map.touchpoints, extra] })));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('- touchpoints: has too many entries (20,001; a map can have at most 20,000)');
  });

  it('accepts exactly 20,000 touchpoints', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 5 });
    expect(parseJourneyFile(serializeJourneyFile(map)).ok).toBe(true);
  });
});
