/**
 * bench/report.json (everything measured) and bench/report.md (the table,
 * ratios against the baseline and the issue 4 targets, met or missed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from './drive.ts';
import type { AppResult } from './app.ts';

/** What one bench run hands the report writer. */
export interface BenchOutput {
  runs: RunResult[];
  apps: AppResult[];
  /** 1-minute load average before and after: other work on the 2 cores inflates every figure. */
  loadAverage: { before: number; after: number };
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
export function targets(runs: RunResult[], apps: AppResult[] = []): Target[] {
  const out: Target[] = [];
  const f100 = find(runs, 'fast', '100k');
  const n100 = find(runs, 'naive', '100k');
  const f10 = find(runs, 'fast', '10k');
  const f1m = find(runs, 'fast', '1m');
  const add = (what: string, limit: string, v: number | undefined, ok: (v: number) => boolean, unit = 'ms') =>
    v !== undefined && out.push({ what, limit, value: `${v} ${unit}`, met: ok(v) });
  const a100w = apps.find((a) => a.size === '100k');
  const app = (k: string) => Object.entries(a100w?.changes ?? {}).find(([name]) => name.startsWith(k))?.[1];
  add('100k week step, median — the app (clustered view)', '≤ 30 ms', app('week')?.median, (v) => v <= 30);
  add('100k week step, p95 — the app', '≤ 50 ms', app('week')?.p95, (v) => v <= 50);
  add('100k jump, median — the app', '≤ 45 ms', app('157')?.median, (v) => v <= 45);
  add('100k claim-view toggle, median — the app', '≤ 100 ms', app('claim')?.median, (v) => v <= 100);
  if (a100w && n100) {
    const ratio = Math.round(((n100.changes.week?.median ?? 0) / (app('week')?.median ?? 1)) * 10) / 10;
    add('100k week step vs setFilter, the app (median ratio)', '≥ 5×', ratio, (v) => v >= 5, '×');
  }
  add('100k week step, median — every point drawn (bench page)', '≤ 30 ms', f100?.changes.week?.median, (v) => v <= 30);
  add('100k week step, p95 — every point drawn', '≤ 50 ms', f100?.changes.week?.p95, (v) => v <= 50);
  add('100k jump, median — every point drawn', '≤ 45 ms', f100?.changes.jump?.median, (v) => v <= 45);
  if (f100 && n100) {
    const ratio = Math.round(((n100.changes.week?.median ?? 0) / (f100.changes.week?.median ?? 1)) * 10) / 10;
    add('100k week step vs setFilter, every point drawn (median ratio)', '≥ 5×', ratio, (v) => v >= 5, '×');
  }
  add('100k claim-view toggle, median — every point drawn', '≤ 100 ms', f100?.changes.claim?.median, (v) => v <= 100);
  const a10 = apps.find((a) => a.size === '10k');
  const a100 = apps.find((a) => a.size === '100k');
  add('first frame with incidents, 10k (app)', '≤ 1.5 s', a10?.firstFrameMs ?? f10?.firstFrameMs, (v) => v <= 1500);
  add('first frame with incidents, 100k (app)', '≤ 3 s', a100?.firstFrameMs ?? f100?.firstFrameMs, (v) => v <= 3000);
  const a1m = apps.find((a) => a.size === '1m');
  if (a1m) add('1M app load: main-thread tasks over 1 s', '0', a1m.loadLongTasks.over1s, (v) => v === 0, '');
  if (a1m?.scrub) add('1M app playback (10 s): main-thread tasks over 1 s', '0', a1m.scrub.longTasksOver1s, (v) => v === 0, '');
  if (f1m) {
    const over = (f1m.scrub?.longTasksOver1s ?? 0) + f1m.loadLongTasks.over1s;
    add('1M: main-thread tasks over 1 s (load + scrub)', '0', over, (v) => v === 0, '');
    const wrong = Object.values(f1m.changes).reduce((s, c) => s + c.mismatches, 0);
    add('1M: frames with a wrong drawn count', '0', wrong, (v) => v === 0, '');
  }
  const ours = runs.filter((r) => r.renderer === 'fast');
  const wrongAll = [...ours, ...apps].reduce((s, r) => s + Object.values(r.changes).reduce((a, c) => a + c.mismatches, 0), 0);
  add('our timed frames with a wrong drawn count (all runs)', '0', wrongAll, (v) => v === 0, '');
  return out;
}

function row(r: RunResult, kind: string): string {
  const c = r.changes[kind];
  return c ? `${c.median} / ${c.p95} / ${c.max}` : '—';
}

/** Writes both reports. */
export function writeReports(root: string, o: BenchOutput): void {
  const t = targets(o.runs, o.apps);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify({ ...o, targets: t }, null, 2)}\n`);
  const lines = [
    '# Durand Atlas — performance report',
    '',
    `${o.chromium}, headless, software WebGL (SwiftShader), 1280×800, this machine. ${o.changesPerKind} changes per kind; each time is from the browser's input event to the second animation frame after the change (the updated frame has been committed). Every timed frame was checked: incidents drawn (read back from the renderer) vs the domain filter's count. Run took ${o.seconds} s${o.quick ? ' (--quick)' : ''}; 1-minute load average ${o.loadAverage.before.toFixed(1)} before, ${o.loadAverage.after.toFixed(1)} after (2 cores: anything above ~1 means other work competed).`,
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
    '## The app itself (dist/, through its own controls)',
    '',
    'Navigation to the first frame with incidents drawn; then the window dragged a week and 157 days (one pointermove each), a one-day keyboard step of the End date slider and a claim-view radio click, from the input event to the second frame after it, each checked (status count vs GPU readback). At these sizes the app aggregates points into clusters (D1 clusters.ts, recomputed for every window) at every zoom up to 12, so this is the clustered path; the bench-page rows above draw every point.',
    '',
    '| data | first frame with incidents (load started / data in / map idle) | JS heap | load long tasks (longest, >1 s) | week drag ms (median / p95 / max) | 157-day drag | day step (key) | claim-view click | wrong frames | playback 10 s: days moved, frames, long tasks (longest) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...o.apps.map((a) => {
      const c = (k: string) => { const x = Object.entries(a.changes).find(([name]) => name.startsWith(k))?.[1]; return x ? `${x.median} / ${x.p95} / ${x.max}` : '—'; };
      const wrong = Object.values(a.changes).reduce((s, x) => s + x.mismatches, 0);
      return `| ${a.size} | ${(a.firstFrameMs / 1000).toFixed(2)} s (${((a.marks['load-start'] ?? NaN) / 1000).toFixed(2)} / ${((a.marks['load-end'] ?? NaN) / 1000).toFixed(2)} / ${(a.readyMs / 1000).toFixed(2)} s) | ${a.heapMB ?? '—'} MB | ${a.loadLongTasks.count} (${a.loadLongTasks.longestMs} ms, ${a.loadLongTasks.over1s}) | ${c('week')} | ${c('157')} | ${c('day')} | ${c('claim')} | ${wrong} | ${a.scrub ? `${a.scrub.daysMoved} d, ${a.scrub.frames}, ${a.scrub.longTasks} (${a.scrub.longestTaskMs} ms)` : '—'} |`;
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
