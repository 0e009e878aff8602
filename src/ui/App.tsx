/** App layout: header (title, claim view, about), map, side column (status, list, filters), timeline, detail panel. */
import { useState } from 'react';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ClaimsToggle } from './ClaimsToggle.tsx';
import { ABOUT, APP_TAGLINE, APP_TITLE } from './copy.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ExportBar } from './ExportBar.tsx';
import { CountControl } from './CountControl.tsx';
import { Filters } from './Filters.tsx';
import { useDispatch, useSelect } from './hooks.ts';
import { IncidentList } from './IncidentList.tsx';
import { Importer } from './layers/Importer.tsx';
import { LayersPanel } from './layers/LayersPanel.tsx';
import { LoadNotice } from './LoadNotice.tsx';
import { MapArea } from './MapArea.tsx';
import { DetailPanel } from './panel/DetailPanel.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { SKIP_TARGETS } from './skipTargets.ts';
import { SearchBox } from './SearchBox.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { ViewNotices } from './ViewNotices.tsx';

const selectHasSelection = (s: AppState) => s.view.selectedId !== null;
const selectSelectedId = (s: AppState) => s.view.selectedId;
const selectData = (s: AppState) => s.data.dataset;

/** `notices`: messages about how the app was opened (e.g. a refused ?data=), shown above the list. */
export function App({ notices = [] }: { notices?: readonly string[] }) {
  const [about, setAbout] = useState(false);
  const hasSelection = useSelect(selectHasSelection);
  const selectedId = useSelect(selectSelectedId);
  // A part that failed is drawn again when its input changes: new data, or another incident selected.
  const data = useSelect(selectData);
  const dispatch = useDispatch();
  return (
    <div className={`app${hasSelection ? ' with-panel' : ''}`}>
      <SkipLinks />
      <header className="app-head">
        <div className="brand">
          <h1>{APP_TITLE}</h1>
          <p className="tagline">{APP_TAGLINE}</p>
        </div>
        <ClaimsToggle />
        <Importer />
        <CountControl />
        <button type="button" className="about-btn" onClick={() => setAbout(true)}>
          {ABOUT.open}
        </button>
      </header>
      <main className="map-slot" id={SKIP_TARGETS.map}>
        <ErrorBoundary part="map" className="map-area" resetKey={data}>
          <MapArea />
        </ErrorBoundary>
        <ErrorBoundary part="panel" className="panel" resetKey={selectedId} onClose={() => dispatch(actions.incidentSelected(null))}>
          <DetailPanel />
        </ErrorBoundary>
      </main>
      <aside className="side">
        <StatusBar />
        <SearchBox />
        <ExportBar />
        <LoadNotice notices={notices} />
        <ViewNotices />
        <ErrorBoundary part="list" className="list-section" resetKey={data}>
          <IncidentList />
        </ErrorBoundary>
        <ErrorBoundary part="filters" className="filters" resetKey={data}>
          <Filters />
        </ErrorBoundary>
        <LayersPanel />
      </aside>
      <ErrorBoundary part="timeline" className="timeline" resetKey={data}>
        <Timeline />
      </ErrorBoundary>
      {about && <AboutDialog onClose={() => setAbout(false)} />}
    </div>
  );
}
