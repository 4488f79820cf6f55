/** A 1-based line and column (in UTF-16 units) within a text. */
export interface TextLocation {
  line: number;
  column: number;
}

/** What the scanner accepts next. */
type Expect = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'after-value';

const ARRAY = 0;
const OBJECT = 1;

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isHexDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9a-fA-F]$/.test(char);
}

/** End offset of the string starting at `start` (a quote), or the negated offset + 1 of its first error. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') return i + 1;
    if (char === '\\') {
      const escaped = text[i + 1];
      if (escaped === 'u') {
        for (let k = 2; k < 6; k++) if (!isHexDigit(text[i + k])) return -(i + k) - 1;
        i += 6;
        continue;
      }
      if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    if (char !== undefined && char.charCodeAt(0) < 0x20) return -i - 1;
    i++;
  }
  return -text.length - 1;
}

/** End offset of the number starting at `start`, or the negated offset + 1 of its first error. */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return -i - 1;
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return -i - 1;
    while (isDigit(text[i])) i++;
  }
  return i;
}

/** End offset of the literal at `start`, or the negated offset + 1 where it stops matching. */
function scanLiteral(text: string, start: number, literal: string): number {
  for (let k = 0; k < literal.length; k++) if (text[start + k] !== literal[k]) return -(start + k) - 1;
  return start + literal.length;
}

/** Offset of the first JSON syntax error in `text` (text.length when it ends too early), or -1 when valid. */
export function findJsonSyntaxErrorOffset(text: string): number {
  const stack: number[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isWhitespace(text[i] ?? '')) i++;
    if (i >= text.length) return expect === 'after-value' && stack.length === 0 ? -1 : text.length;
    const char = text[i];
    let end: number;
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && char === ']') {
          stack.pop();
          i++;
          expect = 'after-value';
          continue;
        }
        if (char === '{') {
          stack.push(OBJECT);
          i++;
          expect = 'key-or-close';
          continue;
        }
        if (char === '[') {
          stack.push(ARRAY);
          i++;
          expect = 'value-or-close';
          continue;
        }
        if (char === '"') end = scanString(text, i);
        else if (char === '-' || isDigit(char)) end = scanNumber(text, i);
        else if (char === 't') end = scanLiteral(text, i, 'true');
        else if (char === 'f') end = scanLiteral(text, i, 'false');
        else if (char === 'n') end = scanLiteral(text, i, 'null');
        else return i;
        if (end < 0) return -end - 1;
        i = end;
        expect = 'after-value';
        continue;
      case 'key-or-close':
      case 'key':
        if (expect === 'key-or-close' && char === '}') {
          stack.pop();
          i++;
          expect = 'after-value';
          continue;
        }
        if (char !== '"') return i;
        end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        expect = 'colon';
        continue;
      case 'colon':
        if (char !== ':') return i;
        i++;
        expect = 'value';
        continue;
      case 'after-value': {
        const container = stack[stack.length - 1];
        if (container === undefined) return i;
        if (char === ',') {
          i++;
          expect = container === ARRAY ? 'value' : 'key';
        } else if ((char === ']' && container === ARRAY) || (char === '}' && container === OBJECT)) {
          stack.pop();
          i++;
        } else {
          return i;
        }
        continue;
      }
    }
  }
}

/** The 1-based line and column of an offset; a CRLF or LF ends a line. */
export function locateOffset(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Where the first JSON syntax error in `text` is, or null if the scanner finds none. */
export function locateJsonSyntaxError(text: string): TextLocation | null {
  const offset = findJsonSyntaxErrorOffset(text);
  return offset < 0 ? null : locateOffset(text, offset);
}
