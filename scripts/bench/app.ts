/**
 * Measures the real app (dist/, served under /app/): navigation to the first
 * frame with incidents drawn, the JS heap after load and a garbage collection
 * (main thread plus workers, through the DevTools protocol), main-thread long
 * tasks while loading, and — through its own controls — the time window
 * dragged by a week and by 157 days (one pointermove each), a one-day keyboard
 * step, claim-view clicks (Pakistan ↔ Afghanistan, which restyles the Durand
 * Line, and Independent ↔ Compare, which does not), a Count change where the
 * app has that control, and selecting an incident in the list: each timed to
 * the first frame after the incident layer drew the change (see INSTRUMENT),
 * and checked against the status count.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { stats } from './stats.ts';
import type { ChangeResult } from './drive.ts';
import type { Measured } from './report.ts';

/** What the app run reports. */
export interface AppResult {
  size: string;
  /** The first committed frame after the incident layer first drew. */
  firstFrameMs: number;
  /** When the app's test hook reported the map ready (maplibre idle after load) with incidents drawn, plus two frames. */
  readyMs: number;
  heapMB: number | null;
  /**
   * Heap after a garbage collection, through CDP: the page's main thread and every worker still running.
   * Each figure is V8's used heap plus its backing stores (ArrayBuffers: the typed columns live there, not in usedSize).
   */
  heapAfterGc: { mainMB: number; workersMB: number; workers: number; backingMB: number } | null;
  /** Loader marks (ms from navigation): load-start, load-first-batch, load-end. */
  marks: Record<string, number>;
  loadLongTasks: { count: number; longestMs: number; over1s: number };
  changes: Record<string, ChangeResult>;
  /** 10 s of the app's own playback (the window moved every frame): frames drawn and long tasks. */
  scrub: { seconds: number; daysMoved: number; frames: number; longTasks: number; longestTaskMs: number; longTasksOver1s: number } | null;
  /** The run that measured it (set by bench.ts). */
  measured?: Measured;
}

/**
 * Page instrumentation (an init script, so nothing in the app changes for it).
 * Each input is timed to the first animation frame requested after the
 * incident layer's next draw mark (`atlas:incidents-drawn`, set at the end of
 * every draw): that frame is painted with the new state. The old endpoint (the
 * second frame after the input, whether or not the layer had drawn) is kept
 * beside it, so the difference stays visible.
 */
export const INSTRUMENT = `(() => {
  window.__lt = [];
  window.__inputs = [];
  window.__frames = 0;
  const tick = () => { window.__frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const pending = [];
  const finish = (r) => { if (!Number.isNaN(r.ms) && !Number.isNaN(r.old)) window.__inputs.push({ ms: r.ms, old: r.old }); };
  const mark0 = performance.mark.bind(performance);
  performance.mark = (name, opts) => {
    const m = mark0(name, opts);
    if (name === 'atlas:incidents-drawn' && pending.length > 0) {
      const due = pending.splice(0);
      requestAnimationFrame(() => { const now = performance.now(); for (const r of due) { r.ms = now - r.t0; finish(r); } });
    }
    return m;
  };
  const mark = (e) => {
    const r = { t0: e.timeStamp, ms: NaN, old: NaN };
    pending.push(r);
    requestAnimationFrame(() => requestAnimationFrame(() => { r.old = performance.now() - r.t0; finish(r); }));
    // A change the layer never draws (nothing on the map changed) would wait forever: give up after 3 s.
    setTimeout(() => { const k = pending.indexOf(r); if (k >= 0) { pending.splice(k, 1); r.ms = Infinity; finish(r); } }, 3000);
  };
  document.addEventListener('keydown', mark, true);
  document.addEventListener('click', mark, true);
  // A select (the Count control) changes without a click when chosen from the keyboard or by script.
  document.addEventListener('change', (e) => { if (e.target instanceof HTMLSelectElement) mark(e); }, true);
  document.addEventListener('pointermove', (e) => { if (e.buttons === 1) mark(e); }, true);
  // The first frame after the incident layer first drew (its performance mark), i.e. the first committed frame showing incidents.
  const watch = () => {
    if (performance.getEntriesByName('atlas:first-incidents-drawn').length > 0) requestAnimationFrame((t) => { window.__firstIncidents = performance.now(); });
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

interface Win {
  __firstIncidents?: number;
  __frames: number;
  __lt: { start: number; ms: number }[];
  __inputs: { ms: number; old: number }[];
  __atlas?: { ready: boolean; drawnCount(): number };
}
// Page functions (not strings: the app's CSP forbids eval). No named inner functions: tsx would wrap them in __name.
const statusAndDrawn = () =>
  new Promise<{ status: number; drawn: number }>((r) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const m = /^([\d,]+) incidents?/.exec((document.querySelector('[role=status]')?.textContent ?? '').trim());
        r({ status: m ? Number(m[1]!.replace(/,/g, '')) : -1, drawn: (window as unknown as Win).__atlas?.drawnCount() ?? -1 });
      }),
    ),
  );

/** Attaches to the page's workers (before navigation) so their heaps can be read later. */
async function watchWorkers(cdp: CDPSession): Promise<() => Promise<AppResult['heapAfterGc']>> {
  const sessions = new Set<string>();
  const pending = new Map<number, (v: unknown) => void>();
  let id = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId) sessions.delete(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result ?? null);
  });
  // Workers speak through the (non-flattened) target channel: Playwright's session cannot address child sessions.
  const sendTo = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const i = id++;
      pending.set(i, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params: {} }) }).catch(() => resolve(null));
      setTimeout(() => resolve(null), 10_000);
    });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    // backingStorageSize: ArrayBuffer contents, which usedSize leaves out (CDP's Runtime.getHeapUsage).
    const main = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    let workers = 0;
    let backing = main.backingStorageSize ?? 0;
    let count = 0;
    for (const sid of sessions) {
      await sendTo(sid, 'HeapProfiler.collectGarbage');
      const u = (await sendTo(sid, 'Runtime.getHeapUsage')) as { usedSize?: number; backingStorageSize?: number } | null;
      if (u?.usedSize !== undefined) {
        workers += u.usedSize + (u.backingStorageSize ?? 0);
        backing += u.backingStorageSize ?? 0;
        count++;
      }
    }
    const mb = (b: number) => Math.round(b / 1e5) / 10;
    return { mainMB: mb(main.usedSize + (main.backingStorageSize ?? 0)), workersMB: mb(workers), workers: count, backingMB: mb(backing) };
  };
}

/** Selects an incident in the list, alternating between its first two rows. */
async function selectRow(page: Page, k: number): Promise<void> {
  await page.getByRole('list', { name: 'Incidents' }).getByRole('button').nth(k % 2).click();
}

/** Opens the app on a dataset and measures it (see the module comment); `times = 0` measures loading only. */
export async function runApp(ctx: BrowserContext, url: string, size: string, times: number, timeoutMs: number): Promise<AppResult> {
  const page = await ctx.newPage();
  await page.addInitScript(INSTRUMENT);
  const heapAfterGc = await watchWorkers(await ctx.newCDPSession(page));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Win).__atlas?.ready === true && (window as unknown as Win).__atlas!.drawnCount() > 0, undefined, { timeout: timeoutMs, polling: 100 });
  const ready = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  await page.waitForFunction(() => (window as unknown as Win).__firstIncidents !== undefined, undefined, { timeout: 10_000 });
  const first = await page.evaluate(() => (window as unknown as Win).__firstIncidents ?? NaN);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
  const lt = (await page.evaluate(() => (window as unknown as Win).__lt)).map((t) => t.ms);
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name.slice(6), Math.round(m.startTime)])));
  const result: AppResult = {
    size,
    firstFrameMs: Math.round(first),
    readyMs: Math.round(ready),
    heapMB: heap === null ? null : Math.round(heap / 1e5) / 10,
    heapAfterGc: await heapAfterGc(),
    marks,
    loadLongTasks: { count: lt.length, longestMs: Math.round(Math.max(0, ...lt)), over1s: lt.filter((t) => t > 1000).length },
    changes: {},
    scrub: null,
  };
  const measure = async (name: string, act: (k: number) => Promise<void>): Promise<void> => {
    const ms: number[] = [];
    const old: number[] = [];
    let mismatches = 0;
    let firstMismatch: { expected: number; drawn: number } | null = null;
    for (let k = 0; k < times; k++) {
      const before = await page.evaluate(() => (window as unknown as Win).__inputs.length);
      await act(k);
      await page.waitForFunction((n) => (window as unknown as Win).__inputs.length > n, before, { polling: 'raf', timeout: 60_000 });
      const inputs = await page.evaluate(() => (window as unknown as Win).__inputs);
      ms.push(inputs[before]?.ms ?? NaN);
      old.push(inputs[before]?.old ?? NaN);
      // After a claim view or Count choice the status follows the map's frame (aria-busy meanwhile): compare once it has.
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60_000 });
      const c = await page.evaluate(statusAndDrawn);
      if (c.status !== c.drawn) {
        mismatches++;
        firstMismatch ??= { expected: c.status, drawn: c.drawn };
      }
      await page.waitForTimeout(40);
    }
    result.changes[name] = { ...stats(ms), mismatches, firstMismatch, oldEndpoint: stats(old) };
  };
  if (times === 0) {
    await page.close();
    return result;
  }
  const end = page.getByRole('slider', { name: 'End date' });
  const start = page.getByRole('slider', { name: 'Start date' });
  if ((await end.count()) === 1 && (await start.count()) === 1) {
    // A one-year window first, so a step changes what is drawn.
    await start.focus();
    for (let k = 0; k < 12; k++) await start.press('PageUp');
    await end.focus();
    for (let k = 0; k < 36; k++) await end.press('PageDown');
    await end.focus();
    await measure('day step (End date, ArrowRight)', async () => end.press('ArrowRight'));
    // Drag the window body: find pixels per day, then one pointermove per step.
    const body = page.locator('.window-body');
    const box = await body.boundingBox();
    if (box) {
      const dayOf = async () => new Date(`${(await start.getAttribute('aria-valuetext')) ?? ''}T00:00:00Z`).getTime() / 86_400_000;
      let x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      const d0 = await dayOf();
      await page.mouse.move((x += 40), y);
      await page.waitForTimeout(100);
      const pxPerDay = 40 / Math.max(1, (await dayOf()) - d0);
      const drag = (days: number, per: number) => async (k: number) => {
        x += (Math.floor(k / per) % 2 === 0 ? 1 : -1) * days * pxPerDay;
        await page.mouse.move(x, y);
      };
      await measure('week drag', drag(7, 25));
      await measure('157-day drag', drag(157, 2));
      await page.mouse.up();
    }
  }
  const radios = page.getByRole('radiogroup', { name: 'Claims' });
  if ((await radios.count()) === 1) {
    await measure('claim-view Pakistan↔Afghanistan (the line restyles)', async (k) => radios.getByRole('radio', { name: k % 2 === 0 ? 'Afghanistan' : 'Pakistan', exact: true }).click());
    await measure('claim-view Independent↔Compare', async (k) => radios.getByRole('radio', { name: k % 2 === 0 ? 'Independent' : 'Compare', exact: true }).click());
  }
  // The Count control (issue 7): alternate between its first two options.
  const count = page.getByRole('combobox', { name: 'Count' });
  if ((await count.count()) === 1) {
    const values = await count.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // Starting from the second option: the first is the current Count, and choosing it again changes nothing to time.
    if (values.length >= 2) await measure('Count change', async (k) => void (await count.selectOption(values[(k + 1) % 2]!)));
  }
  if ((await page.getByRole('list', { name: 'Incidents' }).getByRole('button').count()) >= 2) {
    await measure('select an incident (list row)', async (k) => selectRow(page, k));
    await page.keyboard.press('Escape');
  }
  // A scripted scrub: the app's own playback at 30 days a second for 10 s.
  const play = page.locator('.play .play-btn');
  if ((await play.count()) === 1) {
    await page.locator('.play select').selectOption('30').catch(() => undefined);
    const startDay = async () => Date.parse(`${(await start.getAttribute('aria-valuetext')) ?? ''}T00:00:00Z`) / 86_400_000;
    const day0 = await startDay();
    const from = await page.evaluate(() => ({ t: performance.now(), f: (window as unknown as Win).__frames }));
    await play.click();
    await page.waitForTimeout(10_000);
    await play.click();
    const moved = (await startDay()) - day0;
    const after = await page.evaluate((t0) => ({ f: (window as unknown as Win).__frames, lt: (window as unknown as Win).__lt.filter((x) => x.start >= t0).map((x) => x.ms) }), from.t);
    result.scrub = {
      seconds: 10,
      daysMoved: moved,
      frames: after.f - from.f,
      longTasks: after.lt.length,
      longestTaskMs: Math.round(Math.max(0, ...after.lt)),
      longTasksOver1s: after.lt.filter((x) => x > 1000).length,
    };
  }
  await page.close();
  return result;
}
