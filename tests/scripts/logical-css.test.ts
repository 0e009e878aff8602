/**
 * Urdu, Pashto and Dari interfaces are coming: the style sheets use logical
 * properties (inline-start/end), so the layout mirrors by `dir` alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Declarations naming a physical side of the inline axis. */
const PHYSICAL = /(?:^|[;{\s])((?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right)/gm;

function physicalDeclarations(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(PHYSICAL)].map((m) => m[0].replace(/^[;{\s]+/, '').trim());
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

describe('style sheets use logical properties', () => {
  it('finds the physical declarations it looks for', () => {
    expect(physicalDeclarations('.a { left: 0; margin-right: 2px; border-left-color: red; text-align: right; } /* left: 1 */ .b { inset-inline-start: 0; text-align: start; }')).toEqual([
      'left:',
      'margin-right:',
      'border-left-color:',
      'text-align: right',
    ]);
  });

  it('has no left/right declaration in any style sheet under src/', () => {
    const files = cssFiles(SRC);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => physicalDeclarations(readFileSync(f, 'utf8')).map((d) => `${f.slice(SRC.length + 1)}: ${d}`));
    expect(found).toEqual([]);
  });
});
