/** CSV text (RFC 4180) that spreadsheets open safely: quoted where needed, formulas neutralised. */

/** Leading characters a spreadsheet would run as a formula (tab and CR too, as OWASP advises). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written: a leading `=`, `+`, `-` or `@` gets a `'` in front so no
 * spreadsheet evaluates it; quoted when it holds a comma, quote or line break.
 * @example csvCell('=HYPERLINK("x")') === '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file: a byte order mark (so spreadsheets read UTF-8), the header, then the rows, CRLF line ends. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
