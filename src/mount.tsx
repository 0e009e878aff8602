/** Mounts the app's interface on #root (loaded by main.tsx once the data load has started). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Store } from './state/store.ts';
import './ui/app.css';
import { App } from './ui/App.tsx';
import { StoreContext } from './ui/hooks.ts';

/** Renders the app with `store`; `notices` are messages about how the page was opened. */
export function mount(store: Store, notices: string[]): void {
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App notices={notices} />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
