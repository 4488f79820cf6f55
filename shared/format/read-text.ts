import type { FileFailure } from './errors';

const BYTE_ORDER_MARK = '\uFEFF';
/** U+FFFD, what a UTF-8 decoder puts in place of bytes it could not read (`readFileSync(path, 'utf8')` does). */
const REPLACEMENT_CHARACTER = 0xfffd;

export type TextReadResult = { ok: true; text: string } | { ok: false; failure: FileFailure };

interface Utf8Measure {
  bytes: number;
  hasLoneSurrogate: boolean;
  hasReplacementCharacter: boolean;
}

/**
 * Counts the UTF-8 bytes a string would take, in one pass and without encoding it, and notes the two
 * signs of text that was not well-formed: lone surrogates and U+FFFD replacement characters.
 */
export function measureUtf8(text: string): Utf8Measure {
  let bytes = 0;
  let hasLoneSurrogate = false;
  let hasReplacementCharacter = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
        hasLoneSurrogate = true;
      }
    } else {
      if (unit >= 0xdc00 && unit <= 0xdfff) hasLoneSurrogate = true;
      else if (unit === REPLACEMENT_CHARACTER) hasReplacementCharacter = true;
      bytes += 3;
    }
  }
  return { bytes, hasLoneSurrogate, hasReplacementCharacter };
}

/**
 * Checks the size first and then turns the input into text: bytes must be valid UTF-8, a string must
 * be well-formed UTF-16 and hold no U+FFFD. A string has usually been decoded from a file already, and a
 * decoder turns bytes that are not UTF-8 into U+FFFD silently, so the character is the only trace left
 * of them. The app never writes a raw U+FFFD (the serializer escapes it as `\ufffd`), and bytes are
 * decoded strictly, where a real U+FFFD is valid. A leading byte-order mark is dropped.
 */
export function readJourneyText(input: string | Uint8Array, limitBytes: number): TextReadResult {
  if (typeof input === 'string') {
    const { bytes, hasLoneSurrogate, hasReplacementCharacter } = measureUtf8(input);
    if (bytes > limitBytes) return { ok: false, failure: { code: 'too-large', bytes, limitBytes } };
    if (hasLoneSurrogate) return { ok: false, failure: { code: 'not-utf8', source: 'text' } };
    if (hasReplacementCharacter) return { ok: false, failure: { code: 'not-utf8', source: 'replacement-character' } };
    return { ok: true, text: input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input };
  }
  if (input.byteLength > limitBytes) {
    return { ok: false, failure: { code: 'too-large', bytes: input.byteLength, limitBytes } };
  }
  let text: string;
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { ok: false, failure: { code: 'not-utf8', source: 'bytes' } };
  }
  return { ok: true, text };
}
