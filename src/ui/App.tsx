/** App layout: header, map, side column, timeline. */
import { useMemo, useState } from 'react';
import type { ClaimView, MapEvents, MapModel } from '../map/model.ts';
import { APP_TAGLINE, APP_TITLE, MAP_WORDS } from './copy.ts';
import { MapPane } from './MapPane.tsx';

export function App() {
  const [view] = useState<ClaimView>('PAK');
  const model = useMemo<MapModel>(
    () => ({ view, words: MAP_WORDS, camera: null, points: null, appearance: null, window: null, clustersAt: null }),
    [view],
  );
  const events = useMemo<MapEvents>(() => ({ onCamera: () => {}, onSelect: () => {}, onHover: () => {}, onReady: () => {} }), []);
  return (
    <div className="app">
      <header className="app-head">
        <h1>{APP_TITLE}</h1>
        <p className="tagline">{APP_TAGLINE}</p>
      </header>
      <MapPane model={model} events={events} indexOf={() => -1} />
      <aside className="side" />
      <section className="timeline" />
    </div>
  );
}
