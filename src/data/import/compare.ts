/**
 * Which fields two versions of one event differ in: what the report lists
 * when a repeated id is merged (within a file, or across opened files).
 */
import type { Incident } from '../../domain/types.ts';

/** Fields of `a` and `b` whose values differ, in `a`'s field order. */
export function differingFields(a: Incident, b: Incident): string[] {
  const out: string[] = [];
  const bb = b as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(a)) {
    const w = bb[k];
    if (v === w) continue;
    if (typeof v !== 'object' || typeof w !== 'object' || JSON.stringify(v) !== JSON.stringify(w)) out.push(k);
  }
  return out;
}
