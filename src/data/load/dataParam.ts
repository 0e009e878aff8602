/**
 * The `?data=` parameter: a path on this site, resolved against the page.
 * Anything that would leave the origin (another host, `//host`, `javascript:`,
 * `data:`, `blob:` …) is refused, and the app shows the bundled data with the
 * one ?data= notice (loadData.ts, LoadNotice.tsx).
 */

/** The resolved URL to fetch, or a refusal (loadData turns it into the one ?data= notice). */
export type DataParamResult = { ok: true; url: string } | { ok: false };

/**
 * Resolves `value` against `pageUrl`; only http(s) URLs of the page's own origin pass.
 * @example resolveDataParam('bench/100k.rows.ndjson', 'http://127.0.0.1:4173/') // → { ok: true, url: 'http://127.0.0.1:4173/bench/100k.rows.ndjson' }
 * @example resolveDataParam('https://example.com/x', 'http://127.0.0.1:4173/').ok // → false
 */
export function resolveDataParam(value: string, pageUrl: string): DataParamResult {
  const refuse = (): DataParamResult => ({ ok: false });
  const v = value.trim();
  if (v === '') return refuse();
  // Control characters and backslashes are how parsers get tricked; a plain path needs neither.
  if ([...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || c === '\\')) return refuse();
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(v, page);
  } catch {
    return refuse();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse();
  if (url.origin !== page.origin) return refuse();
  return { ok: true, url: url.href };
}
