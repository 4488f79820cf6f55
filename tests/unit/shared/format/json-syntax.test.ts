import { describe, expect, it } from 'vitest';
import { findJsonSyntaxErrorOffset, locateJsonSyntaxError, locateOffset } from '../../../../shared/format/json-syntax';

describe('locateJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' 0 ', '-1.5e+10', '"a\\u00e9\\n"', 'true', 'null', '{"a":[1,{"b":false}],"c":"d"}']) {
      expect(findJsonSyntaxErrorOffset(text), text).toBe(-1);
    }
  });

  it('points at the first character that breaks the grammar', () => {
    const cases: Array<[string, number]> = [
      ['{"a":}', 5],
      ['[1,2,,]', 5],
      ['{"a" 1}', 5],
      ['{"a":tru}', 8],
      ['[01]', 2],
      ['[1.]', 3],
      ['"\\x"', 2],
      ['"\\u12g4"', 5],
      ['{"a":1}}', 7],
      ['{a:1}', 1],
      ['[1,]', 3],
      ['"tab\there"', 4],
    ];
    for (const [text, offset] of cases) expect(findJsonSyntaxErrorOffset(text), text).toBe(offset);
  });

  it('points past the end when the text stops early', () => {
    expect(findJsonSyntaxErrorOffset('{"a":[1,2')).toBe(9);
    expect(findJsonSyntaxErrorOffset('"open')).toBe(5);
    expect(findJsonSyntaxErrorOffset('')).toBe(0);
  });

  it('reports 1-based lines and columns', () => {
    expect(locateJsonSyntaxError('{\n  "a": 1,\n  "b": ]\n}')).toEqual({ line: 3, column: 8 });
    expect(locateJsonSyntaxError('{\r\n"a":x}')).toEqual({ line: 2, column: 5 });
    expect(locateJsonSyntaxError('[1]')).toBeNull();
    expect(locateOffset('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const text of ['{"a":1}', '{"a":1,}', '[1 2]', '"\\/"', '1e5', '-', '-0', '1.0e', '[true false]', '{"a":{"b":{}}}']) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(findJsonSyntaxErrorOffset(text) === -1, text).toBe(parses);
    }
  });
});
