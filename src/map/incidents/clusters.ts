/**
 * Clusters for the incident layer: their discs go through the same GPU
 * program as points; their count labels (a few hundred at most) are drawn on
 * a small 2D canvas above, which also answers hit tests.
 */
import type { PointArrays } from './gpu.ts';
import { mercX, mercY } from './projection.ts';

/** One aggregate: where it is drawn and how many incidents it stands for. */
export interface ClusterInput {
  lon: number;
  lat: number;
  count: number;
  /** Caller indices of the incidents the disc stands for; given on every disc = mixed mode (other points still drawn). */
  members?: Int32Array;
}

/** Disc radius in CSS px for a cluster of `count` incidents. */
export function clusterRadius(count: number): number {
  return Math.min(30, 9 + 3.2 * Math.log2(Math.max(1, count)));
}

/** GPU arrays for cluster discs, always inside any window (days span everything). */
export function clusterArrays(c: readonly ClusterInput[], centre: [number, number]): PointArrays {
  const n = c.length;
  const a: PointArrays = {
    pos: new Float32Array(n * 2),
    days: new Float32Array(n * 2),
    rgba: new Uint8Array(n * 4),
    radius: new Float32Array(n),
    unc: new Float32Array(n),
    visible: new Uint8Array(n).fill(1),
  };
  c.forEach((cl, k) => {
    a.pos[k * 2] = mercX(cl.lon) - centre[0];
    a.pos[k * 2 + 1] = mercY(cl.lat) - centre[1];
    a.days[k * 2] = -1e9;
    a.days[k * 2 + 1] = 1e9;
    a.rgba.set([52, 58, 64, 190], k * 4); // translucent, so the Durand Line reads through a disc
    a.radius[k] = clusterRadius(cl.count);
  });
  return a;
}

/** The label canvas: counts centred on their discs, positions kept for hit tests. */
export class ClusterLabels {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private placed: { x: number; y: number; r: number }[] = [];
  private dpr = 1;

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'incident-layer-labels';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    container.appendChild(this.canvas);
    this.ctx = this.canvas.getContext('2d');
  }

  /** Matches the map's CSS size and pixel ratio. */
  resize(w: number, h: number, dpr: number): void {
    this.dpr = dpr;
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.canvas.width = Math.max(1, Math.round(w * dpr));
    this.canvas.height = Math.max(1, Math.round(h * dpr));
  }

  /** Erases all labels (cheap when there were none). */
  clear(): void {
    if (this.placed.length === 0) return;
    this.ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.placed = [];
  }

  /** Draws each cluster's count at its projected position. */
  draw(clusters: readonly ClusterInput[], project: (lon: number, lat: number) => { x: number; y: number } | null): void {
    const ctx = this.ctx;
    this.placed = clusters.map((c) => {
      const p = project(c.lon, c.lat) ?? { x: -1e6, y: -1e6 };
      return { x: p.x, y: p.y, r: clusterRadius(c.count) };
    });
    if (!ctx) return;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.font = '600 11px "Noto Sans", sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#fff';
    clusters.forEach((c, k) => {
      const p = this.placed[k]!;
      if (p.x < -40 || p.y < -40 || p.x > this.canvas.width + 40 || p.y > this.canvas.height + 40) return;
      ctx.fillText(c.count.toLocaleString('en'), p.x, p.y);
    });
  }

  /** Index of the topmost cluster disc containing (x, y), or -1. */
  hit(x: number, y: number): number {
    for (let k = this.placed.length - 1; k >= 0; k--) {
      const p = this.placed[k]!;
      if (Math.hypot(p.x - x, p.y - y) <= p.r) return k;
    }
    return -1;
  }

  /** Removes the canvas. */
  destroy(): void {
    this.canvas.remove();
  }
}
