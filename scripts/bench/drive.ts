/**
 * Drives the bench page in headless Chromium: opens it on a dataset and a
 * renderer, waits for the first frame, presses the keys that make each timed
 * change (one at a time, waiting for its frame and its drawn-count check),
 * runs a 10 s scripted scrub while recording long tasks, and reads the heap.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { stats, type Stats } from './stats.ts';
import type { Measured } from './report.ts';

interface Sample { kind: string; ms: number; expected: number; drawn: number }
interface PageBench {
  ready: boolean;
  error: string;
  n: number;
  firstFrameMs: number;
  loadedMs: number;
  samples: Sample[];
  longTasks: { start: number; ms: number }[];
  scrub(ms: number): Promise<{ frames: number; steps: number }>;
}
declare global {
  interface Window {
    __bench?: PageBench;
  }
}

/** One change kind's timings and how many frames drew the wrong count. */
export interface ChangeResult extends Stats {
  mismatches: number;
  firstMismatch: { expected: number; drawn: number } | null;
  /** The same changes timed to the second frame after the input (the endpoint before issue 10), where measured. */
  oldEndpoint?: Stats;
}

/** Everything measured for one dataset and renderer. */
export interface RunResult {
  renderer: 'fast' | 'naive';
  size: string;
  incidents: number;
  firstFrameMs: number;
  loadedMs: number;
  heapMB: number | null;
  changes: Record<string, ChangeResult>;
  scrub: { seconds: number; frames: number; longTasks: number; longestTaskMs: number; longTasksOver1s: number } | null;
  loadLongTasks: { count: number; longestMs: number; over1s: number };
  /** The run that measured it (set by bench.ts). */
  measured?: Measured;
}

/** Opens the page and waits (up to `timeoutMs`) for its first frame with incidents. */
async function open(ctx: BrowserContext, url: string, timeoutMs: number): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready === true || (window.__bench?.error ?? '') !== '', undefined, { timeout: timeoutMs, polling: 250 });
  const error = await page.evaluate(() => window.__bench?.error ?? '');
  if (error) throw new Error(`bench page: ${error}`);
  return page;
}

/** Presses `key` `times` times, each after the previous change's frame was measured. */
async function changes(page: Page, key: string, times: number): Promise<Sample[]> {
  const before = await page.evaluate(() => window.__bench!.samples.length);
  for (let k = 1; k <= times; k++) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.__bench!.samples.length >= n, before + k, { polling: 'raf', timeout: 60_000 });
    // A short pause, as between a user's steps, so one change's work does not queue behind the last.
    await page.waitForTimeout(40);
  }
  return page.evaluate((b) => window.__bench!.samples.slice(b), before);
}

function summarise(samples: Sample[]): ChangeResult {
  const bad = samples.filter((s) => s.expected !== s.drawn);
  return { ...stats(samples.map((s) => s.ms)), mismatches: bad.length, firstMismatch: bad[0] ? { expected: bad[0].expected, drawn: bad[0].drawn } : null };
}

/** Runs one dataset × renderer. `kinds` maps change names to keys. */
export async function runOne(ctx: BrowserContext, url: string, renderer: 'fast' | 'naive', size: string, kinds: Record<string, string>, opts: { times: number; scrubMs: number; timeoutMs: number }): Promise<RunResult> {
  const page = await open(ctx, url, opts.timeoutMs);
  const info = await page.evaluate(() => ({
    n: window.__bench!.n,
    firstFrameMs: window.__bench!.firstFrameMs,
    loadedMs: window.__bench!.loadedMs,
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
    longTasks: window.__bench!.longTasks,
  }));
  const out: RunResult = {
    renderer,
    size,
    incidents: info.n,
    firstFrameMs: Math.round(info.firstFrameMs),
    loadedMs: Math.round(info.loadedMs),
    heapMB: info.heap === null ? null : Math.round(info.heap / 1e5) / 10,
    changes: {},
    scrub: null,
    loadLongTasks: {
      count: info.longTasks.length,
      longestMs: Math.round(Math.max(0, ...info.longTasks.map((t) => t.ms))),
      over1s: info.longTasks.filter((t) => t.ms > 1000).length,
    },
  };
  await page.mouse.move(5, 5);
  for (const [name, key] of Object.entries(kinds)) out.changes[name] = summarise(await changes(page, key, opts.times));
  if (opts.scrubMs > 0) {
    const r = await page.evaluate(async (ms) => {
      const from = performance.now();
      const s = await window.__bench!.scrub(ms);
      const tasks = window.__bench!.longTasks.filter((t) => t.start >= from);
      return { ...s, tasks: tasks.map((t) => t.ms) };
    }, opts.scrubMs);
    out.scrub = {
      seconds: opts.scrubMs / 1000,
      frames: r.frames,
      longTasks: r.tasks.length,
      longestTaskMs: Math.round(Math.max(0, ...r.tasks)),
      longTasksOver1s: r.tasks.filter((t) => t > 1000).length,
    };
  }
  await page.close();
  return out;
}
