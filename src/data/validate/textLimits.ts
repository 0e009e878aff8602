/**
 * Text length limits, checked before the schema so an oversized text costs
 * one pass over the feature and nothing else: the feature is refused, its text
 * never quoted in full and never rendered. The walk is iterative and stops
 * descending past MAX_DEPTH (no recursion a hostile file can overflow).
 */
import { DEFAULT_TEXT_LIMIT, grouped, MAX_DEPTH, TEXT_LIMITS } from './limits.ts';
import type { Problem } from './report.ts';
import { pathText } from './zodIssues.ts';

interface Node {
  v: unknown;
  key: PropertyKey | null;
  up: Node | null;
  depth: number;
  /** The nearest member name at or above this node (what the limit is looked up by). */
  name: string | null;
}

function pathOf(node: Node): string {
  const keys: PropertyKey[] = [];
  for (let n: Node | null = node; n !== null && n.key !== null; n = n.up) keys.push(n.key);
  return pathText(keys.reverse());
}

/** One problem per text member longer than its limit, and one where the value nests past MAX_DEPTH. */
export function textLimitProblems(value: unknown, where: string): Problem[] {
  const out: Problem[] = [];
  const stack: Node[] = [{ v: value, key: null, up: null, depth: 0, name: null }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const v = node.v;
    if (typeof v === 'string') {
      const limit = (node.name !== null ? TEXT_LIMITS[node.name] : undefined) ?? DEFAULT_TEXT_LIMIT;
      if (v.length > limit) {
        out.push({ severity: 'error', rule: 'incident:text-length', where, field: pathOf(node), expected: `a text of at most ${grouped(limit)} characters`, found: `a text of ${grouped(v.length)} characters` });
      }
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (node.depth >= MAX_DEPTH) {
      out.push({ severity: 'error', rule: 'depth', where, field: pathOf(node), expected: `values nested at most ${MAX_DEPTH} levels deep`, found: 'deeper nesting' });
      continue;
    }
    const depth = node.depth + 1;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, up: node, depth, name: node.name });
    else for (const k of Object.keys(v).reverse()) stack.push({ v: (v as Record<string, unknown>)[k], key: k, up: node, depth, name: k });
  }
  return out;
}
