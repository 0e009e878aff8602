/**
 * Locating JSON syntax errors: the scanner's line and column, and reading a
 * position out of the engine's own message in both forms engines use.
 */
import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson, positionFromMessage } from '../../src/data/validate/jsonPosition.ts';

describe('positionFromMessage', () => {
  it('reads Node 20\'s "at position N" form', () => {
    expect(positionFromMessage("Expected ',' or '}' after property value in JSON at position 13", '{\n  "a": 1\n  "b": 2}')).toEqual({ line: 3, column: 3 });
  });

  it('reads the newer "(line L column C)" form', () => {
    expect(positionFromMessage("Expected ',' or '}' after property value in JSON at position 12 (line 3 column 3)", '')).toEqual({ line: 3, column: 3 });
  });
});

describe('lineColumn', () => {
  it('counts CRLF as one line break and an astral character as one column', () => {
    expect(lineColumn('{\r\n"😀": x}', 9)).toEqual({ line: 2, column: 6 });
  });
});

describe('parseJson', () => {
  it('counts columns after a byte order mark from the first real character', () => {
    expect(parseJson('\uFEFF{"a" 1}')).toEqual({ ok: false, line: 1, column: 6, expected: "':' after a member name", found: "'1'" });
  });

  it('shows a control character escaped', () => {
    expect(parseJson('"a\u0007"')).toEqual({ ok: false, line: 1, column: 3, expected: 'no control character inside a string (escape it)', found: "'\\u0007'" });
  });
});
