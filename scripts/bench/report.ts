/**
 * bench/report.json (everything measured) and bench/report.md (the table,
 * ratios against the baseline and the issue 4 targets, met or missed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from './drive.ts';

/** What one bench run hands the report writer. */
export interface BenchOutput {
  runs: RunResult[];
  bundle: { js: number; css: number };
  quick: boolean;
  chromium: string;
  seconds: number;
  changesPerKind: number;
}

interface Target { what: string; limit: string; value: string; met: boolean }

function find(runs: RunResult[], renderer: string, size: string): RunResult | undefined {
  return runs.find((r) => r.renderer === renderer && r.size === size);
}

/** The issue 4 targets, evaluated on the 100k (and 10k, 1M) runs. */
export function targets(runs: RunResult[]): Target[] {
  const out: Target[] = [];
  const f100 = find(runs, 'fast', '100k');
  const n100 = find(runs, 'naive', '100k');
  const f10 = find(runs, 'fast', '10k');
  const f1m = find(runs, 'fast', '1m');
  const add = (what: string, limit: string, v: number | undefined, ok: (v: number) => boolean, unit = 'ms') =>
    v !== undefined && out.push({ what, limit, value: `${v} ${unit}`, met: ok(v) });
  add('100k week step, median', '≤ 30 ms', f100?.changes.week?.median, (v) => v <= 30);
  add('100k week step, p95', '≤ 50 ms', f100?.changes.week?.p95, (v) => v <= 50);
  add('100k jump, median', '≤ 45 ms', f100?.changes.jump?.median, (v) => v <= 45);
  if (f100 && n100) {
    const ratio = Math.round(((n100.changes.week?.median ?? 0) / (f100.changes.week?.median ?? 1)) * 10) / 10;
    add('100k week step vs setFilter (median ratio)', '≥ 5×', ratio, (v) => v >= 5, '×');
  }
  add('100k claim-view toggle, median', '≤ 100 ms', f100?.changes.claim?.median, (v) => v <= 100);
  add('first frame with incidents, 10k', '≤ 1.5 s', f10?.firstFrameMs, (v) => v <= 1500);
  add('first frame with incidents, 100k', '≤ 3 s', f100?.firstFrameMs, (v) => v <= 3000);
  if (f1m) {
    const over = (f1m.scrub?.longTasksOver1s ?? 0) + f1m.loadLongTasks.over1s;
    add('1M: main-thread tasks over 1 s (load + scrub)', '0', over, (v) => v === 0, '');
    const wrong = Object.values(f1m.changes).reduce((s, c) => s + c.mismatches, 0);
    add('1M: frames with a wrong drawn count', '0', wrong, (v) => v === 0, '');
  }
  const wrongAll = runs.reduce((s, r) => s + Object.values(r.changes).reduce((a, c) => a + c.mismatches, 0), 0);
  add('all runs: frames with a wrong drawn count', '0', wrongAll, (v) => v === 0, '');
  return out;
}

function row(r: RunResult, kind: string): string {
  const c = r.changes[kind];
  return c ? `${c.median} / ${c.p95} / ${c.max}` : '—';
}

/** Writes both reports. */
export function writeReports(root: string, o: BenchOutput): void {
  const t = targets(o.runs);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify({ ...o, targets: t }, null, 2)}\n`);
  const lines = [
    '# Durand Atlas — performance report',
    '',
    `${o.chromium}, headless, software WebGL (SwiftShader), 1280×800, this machine. ${o.changesPerKind} changes per kind; each time is from the browser's input event to the second animation frame after the change (the updated frame has been committed). Every timed frame was checked: incidents drawn (read back from the renderer) vs the domain filter's count. Run took ${o.seconds} s${o.quick ? ' (--quick)' : ''}.`,
    '',
    '| renderer | data | week step ms (median / p95 / max) | 157-day jump | claim-view toggle | attribution toggle | wrong frames | first frame | JS heap | scrub 10 s: frames, long tasks (longest) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...o.runs.map((r) => {
      const wrong = Object.values(r.changes).reduce((s, c) => s + c.mismatches, 0);
      const scrub = r.scrub ? `${r.scrub.frames}, ${r.scrub.longTasks} (${r.scrub.longestTaskMs} ms)` : '—';
      const name = r.renderer === 'fast' ? 'IncidentLayer (ours)' : 'maplibre setFilter (naive)';
      return `| ${name} | ${r.size} (${r.incidents.toLocaleString('en')}) | ${row(r, 'week')} | ${row(r, 'jump')} | ${row(r, 'claim')} | ${row(r, 'attribution')} | ${wrong} | ${(r.firstFrameMs / 1000).toFixed(2)} s | ${r.heapMB ?? '—'} MB | ${scrub} |`;
    }),
    '',
    '## Ratios against the baseline (median, same run)',
    '',
    ...['10k', '100k'].flatMap((size) => {
      const f = find(o.runs, 'fast', size);
      const n = find(o.runs, 'naive', size);
      if (!f || !n) return [];
      const ratio = (k: string) => Math.round(((n.changes[k]?.median ?? 0) / (f.changes[k]?.median ?? 1)) * 10) / 10;
      return [`- ${size}: week step ${ratio('week')}× faster, jump ${ratio('jump')}× faster; first frame ${(f.firstFrameMs / 1000).toFixed(2)} s vs ${(n.firstFrameMs / 1000).toFixed(2)} s`];
    }),
    '',
    '## Targets (issue 4)',
    '',
    '| target | limit | measured | |',
    '|---|---|---|---|',
    ...t.map((x) => `| ${x.what} | ${x.limit} | ${x.value} | ${x.met ? 'met' : '**missed**'} |`),
    '',
    `Load (main thread) long tasks: ${o.runs.filter((r) => r.renderer === 'fast').map((r) => `${r.size} ${r.loadLongTasks.count} (longest ${r.loadLongTasks.longestMs} ms)`).join(', ')}.`,
    `Bundle (app, gzip): JS ${o.bundle.js} KB, CSS ${o.bundle.css} KB.`,
    '',
    'Reproduce: `npm run bench` (about 10 minutes; `-- --quick` for 10k and 100k with 20 changes each).',
    '',
  ];
  writeFileSync(join(root, 'bench/report.md'), lines.join('\n'));
}
