/**
 * Entry of the embed page (embed.html): the view from the URL, the data, and
 * the map with its timeline. No URL writer: inside another site's frame a
 * history entry per click would fill the host page's Back button; the
 * "Open in Durand Atlas" link carries the current view instead.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import './data/zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_PARAM, loadInto, storeFromUrl } from './boot.ts';
import './ui/app.css';
import { EmbedApp } from './ui/EmbedApp.tsx';
import { StoreContext } from './ui/hooks.ts';

const store = storeFromUrl(window.location.search);
loadInto(store, new URLSearchParams(window.location.search).get(DATA_PARAM), window.location.href);

const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <EmbedApp />
    </StoreContext.Provider>
  </StrictMode>,
);
