/**
 * Reading one CSV record by column name. A dialect names each field by one
 * or more header spellings (UCDP's `best` and the download tool's
 * `best_est`); the first spelling the header has is used.
 */
import { found, type FieldProblem } from './draft.ts';

/** One record's cells by column name (undefined where the header has no such column). */
export type Cells = (name: string) => string | undefined;

/** Builds the cell reader for a header; `aliases` maps a field to the spellings it may have. */
export function cellReader(header: readonly string[], aliases: Readonly<Record<string, readonly string[]>> = {}): (record: readonly string[]) => Cells {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.replace(/^\uFEFF/, '').trim();
    if (name !== '' && !index.has(name)) index.set(name, i);
  });
  for (const [field, spellings] of Object.entries(aliases)) {
    const hit = spellings.find((s) => index.has(s));
    if (hit !== undefined && !index.has(field)) index.set(field, index.get(hit)!);
  }
  return (record) => (name) => {
    const i = index.get(name);
    return i === undefined ? undefined : (record[i] ?? '');
  };
}

/** Collects problems while a mapping reads fields, so one record reports every bad field at once. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, expected: string, value: string | undefined): void {
    this.list.push({ field, expected, found: found(value) });
  }
  /** A whole number ≥ 0, or null (with a problem) where the cell is not one. */
  count(c: Cells, field: string): number | null {
    const v = c(field);
    const t = v?.trim() ?? '';
    if (/^\d+$/.test(t) && Number(t) <= Number.MAX_SAFE_INTEGER) return Number(t);
    this.add(field, 'a whole number ≥ 0', v);
    return null;
  }
  /** A number within [min, max], or null (with a problem). */
  number(c: Cells, field: string, min: number, max: number, what: string): number | null {
    const v = c(field);
    const t = v?.trim() ?? '';
    const n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : NaN;
    if (Number.isFinite(n) && n >= min && n <= max) return n;
    this.add(field, what, v);
    return null;
  }
  /** A cell that must not be empty. */
  text(c: Cells, field: string, expected = 'a non-empty value'): string | null {
    const v = c(field);
    if (v !== undefined && v.trim() !== '') return v.trim();
    this.add(field, expected, v);
    return null;
  }
}

/** The trimmed cell, or null where it is empty or missing. */
export function optional(c: Cells, field: string): string | null {
  const v = c(field)?.trim();
  return v === undefined || v === '' ? null : v;
}
