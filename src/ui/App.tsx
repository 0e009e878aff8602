/** App layout: header (title, claim view, about), map, side column (status, list, filters), timeline, detail panel. */
import { useState } from 'react';
import type { AppState } from '../state/reducer.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ClaimsToggle } from './ClaimsToggle.tsx';
import { ABOUT, APP_TAGLINE, APP_TITLE } from './copy.ts';
import { Filters } from './Filters.tsx';
import { useSelect } from './hooks.ts';
import { IncidentList } from './IncidentList.tsx';
import { LoadNotice } from './LoadNotice.tsx';
import { MapArea } from './MapArea.tsx';
import { DetailPanel } from './panel/DetailPanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Timeline } from './timeline/Timeline.tsx';

const selectHasSelection = (s: AppState) => s.view.selectedId !== null;

/** `notices`: messages about how the app was opened (e.g. a refused ?data=), shown above the list. */
export function App({ notices = [] }: { notices?: readonly string[] }) {
  const [about, setAbout] = useState(false);
  const hasSelection = useSelect(selectHasSelection);
  return (
    <div className={`app${hasSelection ? ' with-panel' : ''}`}>
      <header className="app-head">
        <div className="brand">
          <h1>{APP_TITLE}</h1>
          <p className="tagline">{APP_TAGLINE}</p>
        </div>
        <ClaimsToggle />
        <button type="button" className="about-btn" onClick={() => setAbout(true)}>
          {ABOUT.open}
        </button>
      </header>
      <main className="map-slot">
        <MapArea />
        <DetailPanel />
      </main>
      <aside className="side">
        <StatusBar />
        <LoadNotice notices={notices} />
        <IncidentList />
        <Filters />
      </aside>
      <Timeline />
      {about && <AboutDialog onClose={() => setAbout(false)} />}
    </div>
  );
}
