/**
 * The embed page: map, timeline and claim view only (no side column, no
 * panel), a link "Open in Durand Atlas" to the same view in the full app, and
 * the credits. Made to sit in an <iframe> in another site's article.
 */
import type { AppState } from '../state/reducer.ts';
import { selectDataset, selectMatchingIndices } from '../state/selectors.ts';
import { ClaimsToggle } from './ClaimsToggle.tsx';
import { APP_TITLE, CREDITS, SHARE } from './copy.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { exportedIncidents, sourceCount } from './exportData.ts';
import { useSelect, useSettledSelect } from './hooks.ts';
import { MapArea } from './MapArea.tsx';
import { viewLink } from './shareLinks.ts';
import { Timeline } from './timeline/Timeline.tsx';

const selectView = (s: AppState) => s.view;
// Keyed on what the count depends on, so the sources are counted again only when the visible set changes.
const selectSources = (s: AppState) => (selectDataset(s) === null ? 0 : sourcesOf(selectMatchingIndices(s), s));
let last: { key: Int32Array; n: number } | null = null;
function sourcesOf(key: Int32Array, s: AppState): number {
  if (last?.key !== key) last = { key, n: sourceCount(exportedIncidents(s)) };
  return last.n;
}

export function EmbedApp() {
  const view = useSelect(selectView);
  const sources = useSettledSelect(selectSources);
  return (
    <div className="embed">
      <header className="embed-head">
        <strong className="embed-title">{APP_TITLE}</strong>
        <ClaimsToggle />
        <a className="embed-open" href={viewLink(view, window.location)} target="_blank" rel="noopener noreferrer">
          {SHARE.openFull}
        </a>
      </header>
      <main className="embed-map">
        <ErrorBoundary part="map" className="map-area">
          <MapArea />
        </ErrorBoundary>
      </main>
      <ErrorBoundary part="timeline" className="timeline">
        <Timeline />
      </ErrorBoundary>
      <footer className="embed-credits">{[CREDITS.basemap, CREDITS.places, CREDITS.sources(sources)].join(' · ')}</footer>
    </div>
  );
}
