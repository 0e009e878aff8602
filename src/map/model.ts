/**
 * What the UI hands the map: a plain model, compared by identity, so the
 * controller can diff it and apply only what changed.
 */
import type { ClaimView, MapWords } from './style/types.ts';

export type { ClaimView, MapWords } from './style/types.ts';

/** Map position as the URL holds it. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

// The layer owns these shapes; the model hands them over unchanged.
import type { IncidentAppearance, IncidentPoints } from './incidents/IncidentLayer.ts';
export type { IncidentAppearance, IncidentPoints };

/** One aggregate drawn instead of the points it covers. */
export interface ClusterPoint {
  lon: number;
  lat: number;
  count: number;
  /** Dataset indices of its incidents; given on every disc = mixed mode (only members are hidden, other points drawn). */
  members?: Int32Array;
  /** Lists the members on demand where `members` is left out (all-discs mode), e.g. for a click on the disc. */
  listMembers?: () => Int32Array;
}

/** Several incidents under one click: a shared position, marks overlapping on screen, or a counted disc. */
export interface StackHit {
  /** Dataset indices of the incidents there. */
  indices: number[];
  /** Where the click was, in CSS px of the map container. */
  x: number;
  y: number;
  /** For a counted disc: moves the map so its incidents are drawn apart; null otherwise. */
  zoomTo: (() => void) | null;
}

/** The drawing layer's contract (src/map/incidents/IncidentLayer.ts implements it). */
export interface IncidentDrawer {
  setPoints(p: IncidentPoints): void;
  setAppearance(a: IncidentAppearance): void;
  /** Highlights one incident (dataset index, -1 for none); nothing else is re-uploaded. */
  setSelected(index: number): void;
  setWindow(startDay: number, endDay: number): void;
  setClusters(c: ClusterPoint[] | null): void;
  pick(x: number, y: number): number;
  /** Index (into the last setClusters list) of the cluster disc under (x, y), or -1. */
  pickCluster(x: number, y: number): number;
  screenPosition(index: number): { x: number; y: number } | null;
  drawnCount(): number;
  /** Draws now if anything changed since the last draw (instead of in the next animation frame). */
  flush(): void;
  destroy(): void;
}

/** A sector marker drawn beside its parent (never counted): dataset index, its point and its parent's. */
export interface SectorMarker {
  index: number;
  lon: number;
  lat: number;
  parentLon: number;
  parentLat: number;
}

export interface MapModel {
  view: ClaimView;
  words: MapWords;
  /** null = the default view of the whole region. */
  camera: Camera | null;
  points: IncidentPoints | null;
  appearance: IncidentAppearance | null;
  /** Dataset index of the selected incident, or -1. */
  selected: number;
  /** Inclusive day numbers of the time window. */
  window: { startDay: number; endDay: number } | null;
  /** Clusters for a zoom level, or null where points are drawn individually; a new function when the visible set changes. */
  clustersAt: ((zoom: number) => ClusterPoint[] | null) | null;
  /** Sector markers whose parent is shown now (a new array only when that set changes). */
  sectors: readonly SectorMarker[];
  /** CSS px of the map covered by the detail panel on the right and at the bottom (flights keep the target clear of it). */
  occluded: { right: number; bottom: number };
}

/** Callbacks from the map to the app (they dispatch actions). */
export interface MapEvents {
  onCamera(camera: Camera): void;
  onSelect(index: number): void;
  onHover(hit: { index: number; x: number; y: number } | null): void;
  /** A click found several incidents (or a counted disc): the UI lists them. */
  onStack(hit: StackHit): void;
  onReady(): void;
}
