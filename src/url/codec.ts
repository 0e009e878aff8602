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

/**
 * Longest parameter value read, in characters. Every value the view can hold
 * is far shorter (an id is a slug of a few dozen characters, the longest list
 * ~150): a longer one is not ours, and must not ride on every URL the app writes.
 */
export const MAX_VALUE_LENGTH = 200;

/** A parameter the URL had but the view could not take (it falls back to its default and leaves the URL). */
export interface IgnoredParam {
  name: string;
  reason: 'too-long' | 'invalid';
  /** Length of the value in characters. */
  length: number;
}

/** The view a query string describes; never throws. */
export function decode(search: string): ViewState {
  return decodeWithReport(search).view;
}

/** `decode`, plus the parameters that were present but could not be taken (for a notice). */
export function decodeWithReport(search: string): { view: ViewState; ignored: IgnoredParam[] } {
  const view: ViewState = { ...DEFAULT_VIEW };
  const ignored: IgnoredParam[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, ignored };
  }
  for (const p of PARAMS as readonly Param<keyof ViewState>[]) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    if (raw.length > MAX_VALUE_LENGTH) {
      ignored.push({ name: p.name, reason: 'too-long', length: raw.length });
      continue;
    }
    let value: ViewState[keyof ViewState] | undefined;
    try {
      value = p.decode(raw);
    } catch {
      // A decoder that throws is treated like an invalid value: the default stays.
    }
    if (value !== undefined) (view as Record<keyof ViewState, unknown>)[p.key] = value;
    else ignored.push({ name: p.name, reason: 'invalid', length: raw.length });
  }
  return { view, ignored };
}
