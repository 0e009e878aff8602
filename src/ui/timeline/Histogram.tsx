/**
 * The weekly histogram on a canvas, stacked by attribution (ATTRIBUTION_OPTIONS colours).
 * Several histograms (killed under Compare: one per side) share each week's
 * slot side by side — sides' figures are never stacked onto each other.
 */
import { useEffect, useRef } from 'react';
import type { Histogram as H } from '../../domain/histogram.ts';
import { ACTOR_COLORS } from '../../map/style/colors.ts';
import type { Scale } from './scale.ts';

interface Props {
  histograms: H[];
  scale: Scale;
  height: number;
}

export function Histogram({ histograms, scale, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas === null || ctx === null) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(scale.width * dpr));
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, scale.width, height);
    // Killed per week spans 0 to hundreds (one battle dwarfs everything): a square-root scale keeps small weeks visible.
    const f = histograms[0]?.metric === 'killed' ? Math.sqrt : (v: number) => v;
    const max = f(Math.max(1, ...histograms.map((h) => h.max)));
    const k = Math.max(1, histograms.length);
    histograms.forEach((h, hi) => {
      const s = h.stacks.length;
      for (let b = 0; b < h.weeks; b++) {
        const x0 = scale.x(h.firstDay + 7 * b);
        const w = Math.max(1, (scale.x(h.firstDay + 7 * b + 7) - x0) / k);
        let y = height;
        let sum = 0;
        for (let j = 0; j < s; j++) {
          const v = h.values[b * s + j] ?? 0;
          if (v <= 0) continue;
          // Stacks stay proportional within a bar: each segment is the scaled cumulative sum minus the one below.
          const below = f(sum);
          sum += v;
          const bh = Math.max(1, ((f(sum) - below) / max) * (height - 2));
          ctx.fillStyle = ACTOR_COLORS[h.stacks[j] ?? 'UNKNOWN'];
          ctx.fillRect(x0 + hi * w, y - bh, Math.max(1, w - 0.5), bh);
          y -= bh;
        }
      }
    });
  }, [histograms, scale, height]);
  return <canvas ref={ref} className="histogram" style={{ width: scale.width, height }} aria-hidden="true" />;
}
