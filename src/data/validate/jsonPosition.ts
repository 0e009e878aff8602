/**
 * JSON parsing with a precise location for syntax errors. `JSON.parse` on
 * Node 20 names a position for some errors ("… in JSON at position 7"), none
 * for others ("Unexpected token 'o', "not json" is not valid JSON"), and newer
 * engines add "(line 1 column 8)". So on failure a small scanner re-reads the
 * text to find the first offending character and what the grammar expected
 * there; the engine's message is only a fallback.
 */

/** Result of {@link parseJson}. */
export type JsonResult =
  | { ok: true; value: unknown; bom: boolean; duplicates: DuplicateMember[] }
  | { ok: false; line: number; column: number; expected: string; found: string };

const BOM = '\uFEFF';

/** A member name repeated in one object: JSON.parse silently keeps the last value. */
export interface DuplicateMember {
  name: string;
  line: number;
  column: number;
}

/**
 * The first place `text` nests arrays and objects deeper than `max`, or null.
 * One iterative pass (strings skipped), run before anything that walks the
 * value: no later walk can then recurse more than `max` levels.
 */
export function depthError(text: string, max: number): { offset: number; depth: number } | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, honouring escapes; an unterminated one ends the scan (the parser reports it).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) return { offset: i, depth };
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/**
 * Parse JSON text, tolerating (and reporting) a UTF-8 byte order mark.
 * @example parseJson('{"a":1 "b":2}') // { ok: false, line: 1, column: 8, expected: "',' or '}' after a member value", found: "'\"'" }
 */
export function parseJson(raw: string): JsonResult {
  const bom = raw.startsWith(BOM);
  const text = bom ? raw.slice(1) : raw;
  try {
    const value: unknown = JSON.parse(text);
    const duplicates = scanJson(text).duplicates.map((d) => ({ name: d.name, ...lineColumn(text, d.offset) }));
    return { ok: true, value, bom, duplicates };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const err = scanJson(text).error;
    if (err) return { ok: false, ...lineColumn(text, err.offset), expected: err.expected, found: err.found };
    // The scanner accepted what the engine rejected (should not happen): trust the engine's position.
    const pos = positionFromMessage(message, text);
    return { ok: false, ...pos, expected: 'valid JSON', found: JSON.stringify(message) };
  }
}

/** 1-based line and column (in characters) of a 0-based offset; CRLF counts as one line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  // Count code points, not UTF-16 units, so a column matches what an editor shows.
  return { line, column: Array.from(text.slice(lineStart, end)).length + 1 };
}

/**
 * Read a location out of an engine's JSON.parse message: "(line L column C)"
 * (newer V8) or "at position N" (Node 20); line 1 column 1 when it names none.
 */
export function positionFromMessage(message: string, text: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /at position (\d+)/.exec(message);
  if (at) return lineColumn(text, Number(at[1]));
  return { line: 1, column: 1 };
}

interface SyntaxErr {
  offset: number;
  expected: string;
  found: string;
}

class Fail extends Error {
  constructor(readonly err: SyntaxErr) {
    super(err.expected);
  }
}

/** Find the first JSON syntax error in `text`, or null if it is valid JSON. */
export function findSyntaxError(text: string): SyntaxErr | null {
  return scanJson(text).error;
}

/** At most this many repeated member names are collected (one is enough to act on). */
const MAX_DUPLICATES = 20;

/** Scan JSON text: its first syntax error (or null) and member names repeated within one object. */
function scanJson(text: string): { error: SyntaxErr | null; duplicates: { name: string; offset: number }[] } {
  const duplicates: { name: string; offset: number }[] = [];
  let i = 0;
  const foundAt = (at: number): string => {
    if (at >= text.length) return 'the end of the file';
    const c = text.charAt(at);
    if (c === '\n' || c === '\r') return 'a line break';
    if (c === BOM) return 'a byte order mark';
    const code = c.charCodeAt(0);
    // Control characters are shown escaped (\u0007); anything else as itself.
    return code < 32 ? `'\\u${code.toString(16).padStart(4, '0')}'` : `'${c}'`;
  };
  const fail = (expected: string, at = i): never => {
    throw new Fail({ offset: at, expected, found: foundAt(at) });
  };
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k += 1) {
      if (text.charAt(i) !== word.charAt(k)) fail(`'${word}'`);
      i += 1;
    }
  };
  const string = (): void => {
    i += 1; // opening quote
    for (;;) {
      if (i >= text.length) fail("a closing '\"'");
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return;
      }
      if (c < 32) fail('no control character inside a string (escape it)');
      if (c === 92) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('four hex digits after \\u', i + 2);
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else fail('an escape character (one of "\\/bfnrtu)', i + 1);
      } else i += 1;
    }
  };
  const digits = (what: string): void => {
    const start = i;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
    if (i === start) fail(what);
  };
  const number = (): void => {
    if (text.charAt(i) === '-') i += 1;
    if (text.charAt(i) === '0') i += 1;
    else digits('a digit');
    if (text.charAt(i) === '.') {
      i += 1;
      digits('a digit after the decimal point');
    }
    if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
      i += 1;
      if (text.charAt(i) === '+' || text.charAt(i) === '-') i += 1;
      digits('a digit in the exponent');
    }
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else fail('a JSON value');
  };
  const object = (): void => {
    i += 1;
    ws();
    if (text.charAt(i) === '}') {
      i += 1;
      return;
    }
    const names = new Set<string>();
    for (;;) {
      ws();
      if (text.charAt(i) !== '"') fail("a member name in double quotes");
      const start = i;
      string();
      const raw = text.slice(start + 1, i - 1);
      const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      if (names.has(name) && duplicates.length < MAX_DUPLICATES) duplicates.push({ name, offset: start });
      names.add(name);
      ws();
      if (text.charAt(i) !== ':') fail("':' after a member name");
      i += 1;
      value();
      ws();
      const c = text.charAt(i);
      if (c === '}') {
        i += 1;
        return;
      }
      if (c !== ',') fail("',' or '}' after a member value");
      i += 1;
    }
  };
  const array = (): void => {
    i += 1;
    ws();
    if (text.charAt(i) === ']') {
      i += 1;
      return;
    }
    for (;;) {
      value();
      ws();
      const c = text.charAt(i);
      if (c === ']') {
        i += 1;
        return;
      }
      if (c !== ',') fail("',' or ']' after an array element");
      i += 1;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file after the JSON value');
    return { error: null, duplicates };
  } catch (e) {
    if (e instanceof Fail) return { error: e.err, duplicates };
    // A RangeError from absurd nesting depth: report it at the current offset.
    return { error: { offset: i, expected: 'JSON nested less deeply', found: foundAt(i) }, duplicates };
  }
}
