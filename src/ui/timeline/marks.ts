/**
 * Laying out the talks and ceasefire marks on one row: each is a target at
 * least MARK_PX wide, over its true extent where it can be; marks that would
 * overlap are pushed apart along the row (first rightwards, then back inside
 * the track), and the caller draws a leader from each to its true date.
 */

/** The smallest side of a mark's target, in px (WCAG 2.5.8: 24 × 24). */
export const MARK_PX = 24;

/** A mark's true extent on the track, in px. */
export interface Extent {
  x0: number;
  x1: number;
}

/** A mark's target box on the row. */
export interface Box {
  left: number;
  width: number;
}

/**
 * Target boxes for `extents` (same order), none narrower than `min`, none
 * overlapping another, inside [0, width] whenever they fit there together.
 * @example layoutMarks([{ x0: 10, x1: 12 }, { x0: 14, x1: 15 }], 100) // [{ left: 0, width: 24 }, { left: 24, width: 24 }]
 */
export function layoutMarks(extents: readonly Extent[], width: number, min = MARK_PX): Box[] {
  const order = extents.map((_, i) => i).sort((a, b) => centre(extents[a]) - centre(extents[b]));
  const boxes: Box[] = extents.map((e) => {
    const w = Math.max(min, e.x1 - e.x0);
    return { left: centre(e) - w / 2, width: w };
  });
  // Rightwards: no box starts before the previous one ends, nor before the track.
  let edge = 0;
  for (const i of order) {
    const b = boxes[i] as Box;
    b.left = Math.max(b.left, edge);
    edge = b.left + b.width;
  }
  // Back inside the track's end: no box ends after the next one starts.
  edge = width;
  for (let k = order.length - 1; k >= 0; k--) {
    const b = boxes[order[k] as number] as Box;
    b.left = Math.max(0, Math.min(b.left, edge - b.width));
    edge = b.left;
  }
  return boxes;
}

function centre(e: Extent | undefined): number {
  return e === undefined ? 0 : (e.x0 + e.x1) / 2;
}
