/**
 * Draws incidents over the maplibre map on their own WebGL2 canvas, so a
 * time-window step never redraws the basemap or the hidden points: the window
 * is two uniforms, points are sorted by first day so only the index range the
 * window can touch is drawn, and a step costs one small draw in the next
 * animation frame. Panning redraws in the map's own 'render' event, with the
 * map's current camera as a fitted homography (see projection.ts). Frames are
 * fill-bound on software WebGL, so point sizes and uncertainty discs are kept
 * within a pixel budget (budget.ts). drawnCount() reads back what the GPU drew.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CountTarget, PointSet, type PointArrays } from './gpu.ts';
import { makeDrawOrder, permute, windowRange, type DrawOrder } from './order.ts';
import { applyH, EARTH_CIRCUMFERENCE_KM, mercX, mercY, screenHomography, type Mat3 } from './projection.ts';
import { makeProgram } from './shaders.ts';
import { ClusterLabels, clusterArrays, type ClusterInput } from './clusters.ts';
import { fillStats, frameBudget, onScreenShare, type FillStats } from './budget.ts';

/** Point positions and day spans, in the caller's index order. */
export interface IncidentPoints {
  lon: Float64Array;
  lat: Float64Array;
  startDay: Int32Array;
  endDay: Int32Array;
}

/** How each point looks, in the caller's index order (the selection is set apart: setSelected). */
export interface IncidentAppearance {
  rgba: Uint8Array;
  radiusPx: Float32Array;
  uncertaintyKm: Float32Array;
  visible: Uint8Array;
}

const WHOLE_SPAN: [number, number] = [-1e9, 1e9];

/**
 * Performance mark set at the end of every draw (only the latest is kept), so
 * the bench can time a change to the first frame painted after the layer drew it.
 */
export const DRAWN_MARK = 'atlas:incidents-drawn';

/** The incident drawing layer (see the module comment). */
export class IncidentLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly gl: WebGL2RenderingContext;
  private readonly program: WebGLProgram;
  private readonly points: PointSet;
  private readonly clusterSet: PointSet;
  private readonly countTarget: CountTarget;
  private readonly labels: ClusterLabels;
  private readonly uniforms = new Map<string, WebGLUniformLocation | null>();
  private readonly maxPointSize: number;
  private order: DrawOrder = makeDrawOrder(new Int32Array(0), new Int32Array(0));
  private pos: Float32Array = new Float32Array(0);
  private days: Float32Array = new Float32Array(0);
  private radius: Float32Array = new Float32Array(0);
  private unc: Float32Array = new Float32Array(0);
  /** The last appearance given (its arrays are compared by identity on the next one). */
  private appearance: IncidentAppearance | null = null;
  private visible: Uint8Array = new Uint8Array(0);
  private centre: [number, number] = [0.5, 0.5];
  /** Mercator bounding box of the points [minX, minY, maxX, maxY]. */
  private bounds: [number, number, number, number] = [0, 0, 0, 0];
  private selectedRank = -1;
  /** Caller index of the selected incident (kept across setPoints/setAppearance), or -1. */
  private selectedIndex = -1;
  private fill: FillStats = { meanArea: 0, meanUnc2: 0 };
  /** Factor applied to every point radius in the last frame (1 = as given). */
  sizeScale = 1;
  private window: [number, number] = WHOLE_SPAN;
  private clusters: ClusterInput[] | null = null;
  /** True when the discs carry their members: those points are hidden, every other point is drawn as usual. */
  private mixed = false;
  /** Draw-order ranks currently marked 2 (inside a disc) in `visible`. */
  private hiddenRanks: number[] = [];
  private frame = 0;
  private firstDrawMarked = false;
  /** Whether the last frame drew every uncertainty disc (false past budget.ts's DISC_FILL_BUDGET). */
  discsDrawn = true;
  private readonly onRender = (): void => this.draw();
  private readonly onResize = (): void => this.resize();

  constructor(private readonly map: MapLibreMap) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'incident-layer';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    const gl = this.canvas.getContext('webgl2', { alpha: true, premultipliedAlpha: true, antialias: false, depth: false, stencil: false });
    if (!gl) throw new Error('The incident layer needs WebGL2.');
    this.gl = gl;
    this.program = makeProgram(gl);
    this.points = new PointSet(gl);
    this.clusterSet = new PointSet(gl);
    this.countTarget = new CountTarget(gl);
    const range = gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array;
    this.maxPointSize = range[1] ?? 64;
    const container = map.getCanvasContainer();
    container.appendChild(this.canvas);
    this.labels = new ClusterLabels(container);
    map.on('render', this.onRender);
    map.on('resize', this.onResize);
    this.resize();
  }

  /** Replaces the point set; appearance resets to grey, 4 px, all visible. */
  setPoints(p: IncidentPoints): void {
    const n = p.lon.length;
    this.order = makeDrawOrder(p.startDay, p.endDay);
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    // Each point projected once (a logarithm and a tangent: at 100,000 points the second pass was ~80 ms of an import's task).
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = (xs[i] = mercX(p.lon[i]!)), y = (ys[i] = mercY(p.lat[i]!));
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.centre = n > 0 ? [(minX + maxX) / 2, (minY + maxY) / 2] : [0.5, 0.5];
    this.bounds = n > 0 ? [minX, minY, maxX, maxY] : [0, 0, 0, 0];
    const pos = new Float32Array(n * 2);
    const days = new Float32Array(n * 2);
    for (let k = 0; k < n; k++) {
      const i = this.order.order[k]!;
      pos[k * 2] = xs[i]! - this.centre[0];
      pos[k * 2 + 1] = ys[i]! - this.centre[1];
      days[k * 2] = p.startDay[i]!;
      days[k * 2 + 1] = p.endDay[i]!;
    }
    this.pos = pos;
    this.days = days;
    this.radius = new Float32Array(n).fill(4);
    this.visible = new Uint8Array(n).fill(1);
    const rgba = new Uint8Array(n * 4);
    for (let k = 0; k < n; k++) rgba.set([110, 110, 110, 230], k * 4);
    this.unc = new Float32Array(n);
    this.appearance = null;
    this.points.upload({ pos, days, rgba, radius: this.radius, unc: this.unc, visible: this.visible }, n);
    this.selectedRank = this.rankOf(this.selectedIndex);
    this.countTarget.ensure(n);
    this.schedule();
  }

  /** Sets colours, sizes, uncertainty radii, filter flags and the selection (caller order). */
  setAppearance(a: IncidentAppearance): void {
    const n = this.order.order.length;
    if (a.visible.length !== n || a.rgba.length !== n * 4) throw new RangeError(`setAppearance: expected ${n} points`);
    // Only the arrays that are new objects are permuted and uploaded (the model keeps unchanged ones).
    const was = this.appearance;
    this.appearance = a;
    const up: Partial<PointArrays> = {};
    if (a.uncertaintyKm !== was?.uncertaintyKm) up.unc = this.uncertaintyMerc(a.uncertaintyKm);
    if (a.radiusPx !== was?.radiusPx) up.radius = this.radius = permute(a.radiusPx, this.order, 1, (m) => new Float32Array(m));
    if (a.rgba !== was?.rgba) up.rgba = permute(a.rgba, this.order, 4, (m) => new Uint8Array(m));
    if (a.visible !== was?.visible) {
      this.visible = permute(a.visible, this.order, 1, (m) => new Uint8Array(m));
      this.hiddenRanks = [];
      this.selectedRank = this.rankOf(this.selectedIndex);
      if (this.mixed && this.clusters) this.markMembers(this.clusters);
      else up.visible = this.visible;
    }
    this.points.upload(up, n);
    if (up.unc) this.unc = up.unc;
    if (up.unc || up.radius) this.fill = fillStats(this.radius, this.unc);
    this.schedule();
  }

  /** Uncertainty radii in mercator units at each point's latitude (draw order), so the shader only scales by zoom. */
  private uncertaintyMerc(km: Float32Array): Float32Array {
    const n = this.order.order.length;
    const unc = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      const r = km[this.order.order[k]!] ?? 0;
      if (r <= 0) continue;
      const y = this.pos[k * 2 + 1]! + this.centre[1];
      unc[k] = r / (EARTH_CIRCUMFERENCE_KM / Math.cosh(Math.PI * (1 - 2 * y)));
    }
    return unc;
  }

  /**
   * Highlights one incident (caller index, -1 for none): a uniform, plus in
   * mixed mode its disc flag (the selected incident is drawn above its disc).
   */
  setSelected(index: number): void {
    this.selectedIndex = index;
    this.selectedRank = this.rankOf(index);
    if (this.mixed && this.clusters) this.markMembers(this.clusters);
    this.schedule();
  }

  /** Draws now if a draw is pending (the caller changed something in this task). */
  flush(): void {
    if (!this.frame) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  /** Moves the time window (inclusive day numbers): sets two uniforms; drawn on flush() or in the next frame. */
  setWindow(startDay: number, endDay: number): void {
    this.window = [startDay, endDay];
    this.schedule();
  }

  /**
   * Shows counted discs: instead of all points, or (when every disc lists its
   * members) instead of just those members; null draws the points again.
   * Mixed mode costs O(members) flag writes plus one upload of the flags.
   */
  setClusters(c: ClusterInput[] | null): void {
    const wasMixed = this.mixed;
    this.clusters = c;
    this.mixed = c !== null && c.length > 0 && c.every((d) => d.members !== undefined);
    if (c) this.clusterSet.upload(clusterArrays(c, this.centre), c.length);
    if (wasMixed || this.mixed) this.markMembers(this.mixed && c ? c : []);
    this.schedule();
  }

  /** Unmarks the previous disc members and marks those of `c` (flag 2: counted, not drawn as a point). */
  private markMembers(c: readonly ClusterInput[]): void {
    for (const k of this.hiddenRanks) if (this.visible[k] === 2) this.visible[k] = 1;
    const hidden: number[] = [];
    for (const d of c) {
      for (const i of d.members ?? []) {
        const k = this.order.rank[i];
        // The selected incident stays drawn above its disc, so a selection is never lost in a count.
        if (k === undefined || k === this.selectedRank || this.visible[k] !== 1) continue;
        this.visible[k] = 2;
        hidden.push(k);
      }
    }
    this.hiddenRanks = hidden;
    this.points.upload({ visible: this.visible }, this.order.order.length);
  }

  /** Index of the drawn point under CSS pixel (x, y) of the map container, or -1 (also while only clusters show). */
  pick(x: number, y: number): number {
    const h = this.homography();
    if (!h || (this.clusters && !this.mixed)) return -1;
    const { lo, hi } = windowRange(this.order, this.window[0], this.window[1]);
    let best = -1;
    let bestD = Infinity;
    for (let k = lo; k < hi; k++) {
      if (!this.shown(k)) continue;
      const p = applyH(h, this.pos[k * 2]!, this.pos[k * 2 + 1]!);
      if (!p) continue;
      const d = Math.hypot(p.x - x, p.y - y);
      // The drawn radius (points shrink alike past the fill budget), plus 2 px of slack for the hand.
      if (d <= Math.max(1.5, (this.radius[k] ?? 4) * this.sizeScale) + 2 && d <= bestD) {
        best = k;
        bestD = d;
      }
    }
    return best < 0 ? -1 : this.order.order[best]!;
  }

  /** Index of the cluster under (x, y), or -1. */
  pickCluster(x: number, y: number): number {
    return this.clusters ? this.labels.hit(x, y) : -1;
  }

  /** CSS pixel position of point `index` in the map container, or null where it is not drawn or off screen. */
  screenPosition(index: number): { x: number; y: number } | null {
    const h = this.homography();
    if (!h || index < 0 || index >= this.order.order.length) return null;
    const k = this.order.rank[index]!;
    if (!this.shown(k)) return null;
    const p = applyH(h, this.pos[k * 2]!, this.pos[k * 2 + 1]!);
    if (!p || p.x < 0 || p.y < 0 || p.x > this.canvas.clientWidth || p.y > this.canvas.clientHeight) return null;
    return p;
  }

  /**
   * Number of points the current window and filters draw, counted by reading
   * back a pass of the same shader in which point i lights its own pixel.
   */
  drawnCount(): number {
    const gl = this.gl;
    const n = this.order.order.length;
    if (n === 0) return 0;
    this.countTarget.ensure(n);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.countTarget.fbo);
    gl.viewport(0, 0, this.countTarget.width, this.countTarget.height);
    gl.disable(gl.BLEND);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    this.useProgram(2);
    gl.uniform2i(this.u('uCountSize'), this.countTarget.width, this.countTarget.height);
    gl.bindVertexArray(this.points.vao);
    gl.drawArrays(gl.POINTS, 0, n); // all points, not just the window range, so the range logic is checked too
    gl.bindVertexArray(null);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    const count = this.countTarget.readCount();
    this.draw();
    return count;
  }

  /** Removes the canvas and frees GPU resources. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.map.off('render', this.onRender);
    this.map.off('resize', this.onResize);
    this.points.destroy();
    this.clusterSet.destroy();
    this.countTarget.destroy();
    this.gl.deleteProgram(this.program);
    this.canvas.remove();
    this.labels.destroy();
  }

  /** A performance mark the first time incidents are drawn, so "navigation to first incidents on screen" can be measured. */
  private markFirstDraw(): void {
    if (this.firstDrawMarked) return;
    this.firstDrawMarked = true;
    performance.mark('atlas:first-incidents-drawn');
  }

  private rankOf(index: number): number {
    return index >= 0 && index < this.order.order.length ? this.order.rank[index]! : -1;
  }

  private shown(k: number): boolean {
    return this.visible[k] === 1 && this.days[k * 2]! <= this.window[1] && this.days[k * 2 + 1]! >= this.window[0];
  }

  private homography(): Mat3 | null {
    return screenHomography(this.map, this.centre[0], this.centre[1]);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private resize(): void {
    const mapCanvas = this.map.getCanvas();
    const dpr = this.map.getPixelRatio();
    const w = mapCanvas.clientWidth;
    const h = mapCanvas.clientHeight;
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.canvas.width = Math.max(1, Math.round(w * dpr));
    this.canvas.height = Math.max(1, Math.round(h * dpr));
    this.labels.resize(w, h, dpr);
    this.draw();
  }

  private u(name: string): WebGLUniformLocation | null {
    if (!this.uniforms.has(name)) this.uniforms.set(name, this.gl.getUniformLocation(this.program, name));
    return this.uniforms.get(name) ?? null;
  }

  private useProgram(mode: number): void {
    const gl = this.gl;
    gl.useProgram(this.program);
    gl.uniform1i(this.u('uMode'), mode);
    gl.uniform2f(this.u('uWindow'), this.window[0], this.window[1]);
  }

  /** Draws the current state now and marks the moment (DRAWN_MARK). */
  private draw(): void {
    this.paint();
    performance.clearMarks(DRAWN_MARK);
    performance.mark(DRAWN_MARK);
  }

  /** Uncertainty discs, then points (or clusters), then the selected point on top. */
  private paint(): void {
    const gl = this.gl;
    const h = this.homography();
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, this.canvas.width, this.canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    this.labels.clear();
    if (!h) return;
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    this.useProgram(0);
    gl.uniformMatrix3fv(this.u('uH'), true, new Float32Array(h));
    gl.uniform2f(this.u('uViewport'), this.canvas.clientWidth || 1, this.canvas.clientHeight || 1);
    gl.uniform1f(this.u('uDpr'), this.map.getPixelRatio());
    gl.uniform1f(this.u('uWorldPx'), 512 * 2 ** this.map.getZoom());
    gl.uniform1f(this.u('uMaxSize'), this.maxPointSize);
    gl.uniform1i(this.u('uSelected'), -1);
    gl.uniform1f(this.u('uSizeScale'), 1);
    if (this.clusters && !this.mixed) {
      this.drawClusters(h);
      return;
    }
    this.drawPoints();
    if (!this.clusters) return;
    this.drawClusters(h);
    // The selected point (never hidden in a disc) goes back on top of the discs.
    if (this.selectedRank < 0) return;
    gl.uniform1i(this.u('uMode'), 1);
    gl.uniform2f(this.u('uWindow'), this.window[0], this.window[1]);
    gl.uniform1f(this.u('uSizeScale'), this.sizeScale);
    gl.uniform1i(this.u('uSelected'), this.selectedRank);
    gl.bindVertexArray(this.points.vao);
    gl.drawArrays(gl.POINTS, this.selectedRank, 1);
    gl.bindVertexArray(null);
  }

  /** Count discs and their labels (all-discs mode, or above the points in mixed mode). */
  private drawClusters(h: Mat3): void {
    const gl = this.gl;
    if (!this.clusters) return;
    gl.uniform1i(this.u('uMode'), 1);
    gl.uniform1i(this.u('uSelected'), -1);
    gl.uniform1f(this.u('uSizeScale'), 1);
    gl.uniform2f(this.u('uWindow'), WHOLE_SPAN[0], WHOLE_SPAN[1]);
    gl.bindVertexArray(this.clusterSet.vao);
    gl.drawArrays(gl.POINTS, 0, this.clusterSet.count);
    gl.bindVertexArray(null);
    this.labels.draw(this.clusters, (lon, lat) => applyH(h, mercX(lon) - this.centre[0], mercY(lat) - this.centre[1]));
    if (this.clusters.length > 0) this.markFirstDraw();
  }

  /** Uncertainty discs, points and the selected point of the current window. */
  private drawPoints(): void {
    const gl = this.gl;
    const { lo, hi } = windowRange(this.order, this.window[0], this.window[1]);
    if (hi <= lo) return;
    const dpr = this.map.getPixelRatio();
    const b = this.map.getBounds();
    // Budgets count only the share of the points' box that is on screen (points assumed evenly spread).
    const share = onScreenShare(this.bounds, [mercX(b.getWest()), mercY(b.getNorth()), mercX(b.getEast()), mercY(b.getSouth())]);
    const budget = frameBudget((hi - lo) * share, this.fill, 512 * 2 ** this.map.getZoom() * dpr, dpr);
    this.discsDrawn = budget.discs;
    this.sizeScale = budget.sizeScale;
    if (this.discsDrawn) this.points.drawDiscs(lo, hi - lo);
    else if (this.selectedRank >= 0) this.points.drawDiscs(this.selectedRank, 1);
    gl.bindVertexArray(this.points.vao);
    gl.uniform1f(this.u('uSizeScale'), this.sizeScale);
    gl.uniform1i(this.u('uMode'), 1);
    gl.drawArrays(gl.POINTS, lo, hi - lo);
    this.markFirstDraw();
    gl.uniform1f(this.u('uSizeScale'), 1);
    if (this.selectedRank >= 0) {
      gl.uniform1i(this.u('uSelected'), this.selectedRank);
      gl.drawArrays(gl.POINTS, this.selectedRank, 1);
    }
    gl.bindVertexArray(null);
  }
}
