/**
 * Wraps `window` for the URL writer so one parameter it does not own (the
 * dataset's ?data=) is hidden from it and appended to every URL it writes.
 */
import type { UrlWindow } from '../url/sync.ts';

/** Removes `name=…` from a query string ('' stays ''). */
export function withoutParam(search: string, name: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && p.split('=')[0] !== name);
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** Appends `name=value` to the query of a relative URL (before any #hash). */
export function withParam(url: string, name: string, value: string): string {
  const hashAt = url.indexOf('#');
  const [base, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}${hash}`;
}

/** A UrlWindow that keeps `name=value` in the URL (no-op wrapper when value is null). */
export function keepParam(win: Window, name: string, value: string | null): UrlWindow {
  if (value === null) return win;
  const fix = (url: string | URL | null | undefined) => (url === null || url === undefined ? url : withParam(String(url), name, value));
  return {
    get location() {
      return { pathname: win.location.pathname, hash: win.location.hash, search: withoutParam(win.location.search, name) };
    },
    history: {
      pushState: (d, u, url) => win.history.pushState(d, u, fix(url)),
      replaceState: (d, u, url) => win.history.replaceState(d, u, fix(url)),
    },
    addEventListener: (t, l) => win.addEventListener(t, l),
    removeEventListener: (t, l) => win.removeEventListener(t, l),
    setTimeout: (h, ms) => win.setTimeout(h, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  };
}
