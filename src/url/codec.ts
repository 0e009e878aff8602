/**
 * encode / decode between the view and the query string. Both are total:
 * decode never throws, and an invalid parameter falls back to its default.
 * A field equal to its default is left out, so the default view is ''.
 */
import { DEFAULT_VIEW, type ViewState } from '../state/viewState.ts';
import { PARAMS, type Param } from './params.ts';

// Characters our values use that need no escaping in a query (keeps URLs readable).
const escape = (s: string): string => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%2F/g, '/');

/**
 * The query string of a view, '' for the default view.
 * @example encode({ ...DEFAULT_VIEW, claimView: 'PAK' }) === '?v=pak'
 */
export function encode(view: ViewState): string {
  const parts: string[] = [];
  for (const p of PARAMS as readonly Param<keyof ViewState>[]) {
    const value = p.encode(view[p.key]);
    if (value !== p.encode(DEFAULT_VIEW[p.key])) parts.push(`${p.name}=${escape(value)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The view a query string describes; never throws. */
export function decode(search: string): ViewState {
  const view: ViewState = { ...DEFAULT_VIEW };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return view;
  }
  for (const p of PARAMS as readonly Param<keyof ViewState>[]) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    try {
      const value = p.decode(raw);
      if (value !== undefined) (view as Record<keyof ViewState, unknown>)[p.key] = value;
    } catch {
      // A decoder that throws is treated like an invalid value: the default stays.
    }
  }
  return view;
}
