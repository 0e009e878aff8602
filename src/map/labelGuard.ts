/**
 * Keeps place and country labels off the incident marks: feeds the style's
 * obstacle source (style/obstacles.ts) with the marks on screen, and gives
 * each place near a mark a label offset that clears the mark (so the name of
 * a town sits beside its own incident's disc, not under it). Both are applied
 * a while after the marks stop changing (a window drag or playback moves them
 * every frame, and each update re-lays the labels). Also answers which labels
 * are drawn clear of every mark (the test hook's renderedLabels).
 */
import * as maplibregl from 'maplibre-gl';
import type { Mark } from './marks.ts';
import { PLACE_OFFSET_PX } from './style/labels.ts';
import { OBSTACLE_IMAGE, OBSTACLE_IMAGE_PX, OBSTACLE_SOURCE } from './style/obstacles.ts';

type Places = GeoJSON.FeatureCollection<GeoJSON.Point>;

/** The symbol layers whose texts are place and country names. */
export const NAME_LAYERS = ['country-labels', 'place-labels'];

/** Quiet time after the last change before the labels are laid out again. */
const SETTLE_MS = 400;

export class LabelGuard {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastKey = '';
  private lastOffsets = '';
  private places: Places | null = null;
  private placesLoading = false;
  private lastMarks: (() => readonly Mark[]) | null = null;

  constructor(
    private readonly map: maplibregl.Map,
    placesUrl: string | null,
  ) {
    if (placesUrl !== null) {
      this.placesLoading = true;
      void this.loadPlaces(placesUrl);
    }
    // The obstacle image is transparent and made here, not fetched.
    map.setMissingStyleImageResolver((id) => {
      if (id !== OBSTACLE_IMAGE || map.hasImage(OBSTACLE_IMAGE)) return;
      map.addImage(OBSTACLE_IMAGE, { width: OBSTACLE_IMAGE_PX, height: OBSTACLE_IMAGE_PX, data: new Uint8Array(OBSTACLE_IMAGE_PX * OBSTACLE_IMAGE_PX * 4) });
    });
  }

  /** Schedules an update of the obstacles from `marks()` once changes settle. */
  schedule(marks: () => readonly Mark[]): void {
    this.lastMarks = marks;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.apply(marks());
    }, SETTLE_MS);
  }

  /** True while an update waits to be applied (tests wait for it). */
  get pending(): boolean {
    return this.timer !== null || this.placesLoading;
  }

  /** The places layer, once (same-origin fetch), to give its features offsets. */
  private async loadPlaces(url: string): Promise<void> {
    try {
      this.places = (await (await fetch(url)).json()) as Places;
    } catch {
      // Without it labels keep their default offset and still avoid the marks by collision.
    }
    this.placesLoading = false;
    if (this.lastMarks !== null) this.schedule(this.lastMarks);
  }

  private apply(marks: readonly Mark[]): void {
    this.applyObstacles(marks);
    this.applyOffsets(marks);
  }

  /**
   * Gives every place under a mark an offset (`off`, CSS px) that puts its
   * label outside that mark on any side; the collision rule then picks a side
   * free of other marks and labels.
   */
  private applyOffsets(marks: readonly Mark[]): void {
    const src = this.map.getSource('places');
    if (this.places === null || !(src instanceof maplibregl.GeoJSONSource)) return;
    const projected = marks.map((m) => ({ p: this.map.project([m.lon, m.lat]), r: m.r }));
    const offsets = this.places.features.map((f) => {
      const q = this.map.project(f.geometry.coordinates as [number, number]);
      let off = PLACE_OFFSET_PX;
      for (const { p, r } of projected) {
        const d = Math.hypot(p.x - q.x, p.y - q.y);
        // Only a mark on the dot itself pushes the name out; marks around it are left to the collision rule.
        if (d <= r + 1) off = Math.max(off, Math.ceil(d + r + 3));
      }
      return off;
    });
    const key = offsets.join(',');
    if (key === this.lastOffsets) return;
    this.lastOffsets = key;
    src.setData({ ...this.places, features: this.places.features.map((f, k) => ({ ...f, properties: { ...f.properties, off: offsets[k] } })) });
  }

  private applyObstacles(marks: readonly Mark[]): void {
    const src = this.map.getSource(OBSTACLE_SOURCE);
    if (!(src instanceof maplibregl.GeoJSONSource)) return;
    const b = this.map.getBounds();
    // Only marks on (or just off) the screen: a few hundred at most, whatever the data size.
    const pad = Math.max(b.getEast() - b.getWest(), b.getNorth() - b.getSouth()) * 0.1;
    const near = marks.filter((m) => m.lon >= b.getWest() - pad && m.lon <= b.getEast() + pad && m.lat >= b.getSouth() - pad && m.lat <= b.getNorth() + pad);
    const key = near.map((m) => `${m.lon},${m.lat},${m.r}`).join(';');
    if (key === this.lastKey) return;
    this.lastKey = key;
    src.setData({
      type: 'FeatureCollection',
      features: near.map((m) => ({ type: 'Feature', properties: { r: m.r }, geometry: { type: 'Point', coordinates: [m.lon, m.lat] } })),
    });
  }

  /** Names of the place and country labels drawn now whose box overlaps no mark's disc (its body: the rim's outer fifth is not counted). */
  clearLabels(marks: readonly Mark[]): string[] {
    const layers = NAME_LAYERS.filter((id) => this.map.getLayer(id) !== undefined);
    if (layers.length === 0) return [];
    const name = (f: maplibregl.MapGeoJSONFeature) => String(f.properties.name ?? '');
    const drawn = new Set(this.map.queryRenderedFeatures({ layers }).map(name));
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    for (const m of marks) {
      const p = this.map.project([m.lon, m.lat]);
      if (p.x < -m.r || p.y < -m.r || p.x > w + m.r || p.y > h + m.r) continue;
      // Two rectangles inside the disc (0.8² + 0.6² = 1) stand for its body; its thin rim is not counted.
      for (const [a, b] of [
        [0.8, 0.6],
        [0.6, 0.8],
      ] as const) {
        const box: [maplibregl.PointLike, maplibregl.PointLike] = [
          [p.x - a * m.r, p.y - b * m.r],
          [p.x + a * m.r, p.y + b * m.r],
        ];
        for (const f of this.map.queryRenderedFeatures(box, { layers })) drawn.delete(name(f));
      }
    }
    return [...drawn].sort();
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
