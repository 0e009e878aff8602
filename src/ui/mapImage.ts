/**
 * Where the PNG export gets the drawn map: the map pane registers its
 * controller's compositeImage while it is mounted (one map per page).
 */
type Source = (pixelRatio: number) => Promise<HTMLCanvasElement>;

let source: Source | null = null;

/** Called by the map pane on mount (a function) and unmount (null). */
export function setMapImageSource(s: Source | null): void {
  source = s;
}

/** The map as drawn, at `pixelRatio` device px per CSS px; null when no map is drawn (no WebGL2). */
export function mapImage(pixelRatio: number): Promise<HTMLCanvasElement> | null {
  return source === null ? null : source(pixelRatio);
}
