/**
 * Where a text stops being JSON, found by eksize itself so that every JavaScript engine reports the
 * same place (engines word and place their own `JSON.parse` errors differently). Shared by the readers
 * of JSON documents: scenario files (`parseScenarioJson`) and kubectl output (`importKubernetes`).
 */

/** U+FEFF, the byte order mark some editors put at the start of a file; readers skip it. */
export const BYTE_ORDER_MARK = 0xfeff;

/** Where a JSON text breaks: 0-based `position`, 1-based `line` and `column` (UTF-16 code units), and the character `found` there (null at the end). */
export interface JsonSyntaxPosition {
  position: number;
  line: number;
  column: number;
  found: string | null;
}

/**
 * Where `content` (the JSON text, found at `start` in `body`) breaks, in the coordinates of `body`,
 * the text without its byte order mark: the 0-based index, the 1-based line and column, and the
 * character found there (a whole code point), or null when the text ended too early. Call it only
 * after `JSON.parse(content)` has thrown.
 *
 * @example jsonSyntaxErrorParams('{"a": }', '{"a": }', 0) // { position: 6, line: 1, column: 7, found: "}" }
 */
export function jsonSyntaxErrorParams(body: string, content: string, start: number): JsonSyntaxPosition {
  const at = syntaxErrorAt(content);
  // JSON.parse refused the text, so the scanner finds a break; were it ever to disagree, say the end.
  const index = at < 0 ? content.length : at;
  const position = start + index;
  const { line, column } = lineAndColumn(body, position);
  const found = index < content.length ? String.fromCodePoint(content.codePointAt(index)!) : null;
  return { position, line, column, found };
}

/**
 * The 1-based line and column of `position` in `text`. Lines end at LF, CR LF or a lone CR (the
 * only line breaks JSON allows outside strings); the column counts UTF-16 code units, as V8's own
 * `(line L column C)` and most editors do.
 */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
/** What may follow a backslash in a JSON string, besides `u` and four hex digits (RFC 8259 §7). */
const SIMPLE_ESCAPES = '"\\/bfnrt';

/**
 * The index of the first character at which `text` stops being one JSON value (RFC 8259, exactly
 * the grammar `JSON.parse` accepts), or `text.length` when it ends too early; -1 when it is JSON.
 * The index is the offending character's, which is where V8 places its own `at position N`.
 * Iterative, with an explicit stack, so deep nesting cannot overflow; linear in the text's length.
 */
function syntaxErrorAt(text: string): number {
  const end = text.length;
  /** The closing bracket of each open object or array, innermost last. */
  const closers: number[] = [];
  let at = 0;

  const skipWhitespace = (): void => {
    for (let c = text.charCodeAt(at); c === SPACE || c === LF || c === CR || c === TAB; c = text.charCodeAt(at)) at++;
  };
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  /** Reads a string starting at its opening quote; true when it is well formed. */
  const readString = (): boolean => {
    at++;
    while (at < end) {
      const c = text.charCodeAt(at);
      if (c === QUOTE) {
        at++;
        return true;
      }
      if (c < SPACE) return false;
      at++;
      if (c !== BACKSLASH) continue;
      if (at >= end) return false;
      const escape = text.charAt(at);
      if (escape === "u") {
        at++;
        for (let digits = 0; digits < 4; digits++, at++) if (at >= end || !isHex(text.charCodeAt(at))) return false;
      } else if (SIMPLE_ESCAPES.includes(escape)) {
        at++;
      } else {
        return false;
      }
    }
    return false;
  };
  /** Reads one or more digits; true when there was at least one. */
  const readDigits = (): boolean => {
    const first = at;
    while (isDigit(text.charCodeAt(at))) at++;
    return at > first;
  };
  /** Reads a number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`); true when it is well formed. */
  const readNumber = (): boolean => {
    if (text.charCodeAt(at) === MINUS) at++;
    if (text.charCodeAt(at) === 0x30) at++;
    else if (!readDigits()) return false;
    if (text.charCodeAt(at) === DOT) {
      at++;
      if (!readDigits()) return false;
    }
    const exponent = text.charAt(at);
    if (exponent === "e" || exponent === "E") {
      at++;
      const sign = text.charAt(at);
      if (sign === "+" || sign === "-") at++;
      if (!readDigits()) return false;
    }
    return true;
  };
  /** Reads `true`, `false` or `null`; true when the whole word is there. */
  const readWord = (word: string): boolean => {
    for (let i = 0; i < word.length; i++, at++) if (text.charAt(at) !== word.charAt(i)) return false;
    return true;
  };
  /** Reads an object's key and its colon; true when both are there. */
  const readKey = (): boolean => {
    skipWhitespace();
    if (text.charCodeAt(at) !== QUOTE || !readString()) return false;
    skipWhitespace();
    if (text.charCodeAt(at) !== COLON) return false;
    at++;
    return true;
  };
  /** Reads a string, a number, `true`, `false` or `null` starting with `c`; true when it is well formed. */
  const readScalar = (c: number): boolean => {
    switch (c) {
      case QUOTE:
        return readString();
      case 0x74: // t
        return readWord("true");
      case 0x66: // f
        return readWord("false");
      case 0x6e: // n
        return readWord("null");
      default:
        return (c === MINUS || isDigit(c)) && readNumber();
    }
  };
  const failed = (): number => Math.min(at, end);

  for (;;) {
    // A value is expected here.
    skipWhitespace();
    const c = text.charCodeAt(at);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      at++;
      skipWhitespace();
      const closer = c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
      if (text.charCodeAt(at) !== closer) {
        closers.push(closer);
        if (closer === CLOSE_OBJECT && !readKey()) return failed();
        continue;
      }
      at++;
    } else if (!readScalar(c)) {
      return failed();
    }
    // After a value: a separator, the end of its container, or the end of the text.
    for (;;) {
      skipWhitespace();
      const closer = closers.at(-1);
      if (closer === undefined) return at === end ? -1 : at;
      const next = text.charCodeAt(at);
      if (next === closer) {
        closers.pop();
        at++;
        continue;
      }
      if (next !== COMMA) return failed();
      at++;
      if (closer === CLOSE_OBJECT && !readKey()) return failed();
      break;
    }
  }
}
