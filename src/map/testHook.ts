/**
 * A test-only hook on `window.__atlas` so browser tests can find an incident
 * drawn on the map and click it. It exposes read-only views of what was drawn.
 */

/** What browser tests may read from the page. */
export interface AtlasHook {
  /** True once the basemap and the incidents have been drawn. */
  ready: boolean;
  /** Page (client) coordinates a click must hit to reach an incident (its point, or the counted disc it is in), or null when not on screen. */
  screenPositionOf(id: string): { x: number; y: number } | null;
  /** The counted discs drawn now: each one's count and the ids of the incidents it stands for (empty in all-discs mode). */
  clusters(): { count: number; memberIds: string[] }[];
  /** Page (client) coordinates where the map shows a longitude/latitude now (maplibre's own projection). */
  project(lon: number, lat: number): { x: number; y: number };
  /** Number of incidents the GPU drew in the last frame, as points or inside a counted disc. */
  drawnCount(): number;
  /** Ids of the style layers currently in the map (to check the Durand Line is there). */
  layerIds(): string[];
  /** Number of features of the Durand Line source rendered on screen. */
  durandRendered(): number;
  /** The Durand Line's current label text and dash pattern (they follow the claim view). */
  durandDepiction(): { label: unknown; dash: unknown };
  /** The map's centre and zoom now (rounded as the URL keeps them). */
  camera(): { lon: number; lat: number; zoom: number };
  /** True while the camera is moving (an animated fly or ease in progress). */
  moving(): boolean;
  /** Ids of the sector markers drawn on screen now (drawn apart from counted incidents). */
  sectorIds(): string[];
  /** Place and country names drawn on screen now whose label box no drawn marker or counted disc overlaps, sorted. */
  renderedLabels(): string[];
  /** Longitude and latitude under page (client) coordinates, or null off the map. */
  lngLatAt(x: number, y: number): [number, number] | null;
  /** True when the labels have been laid out around the current marks and the map is still. */
  readonly labelsSettled: boolean;
}

declare global {
  interface Window {
    __atlas?: AtlasHook;
  }
}

/** Installs the hook (replacing any earlier one). */
export function installTestHook(hook: AtlasHook): void {
  window.__atlas = hook;
}
