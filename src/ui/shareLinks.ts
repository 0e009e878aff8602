/**
 * Links that share the view: the whole view, one incident, and the embed
 * page's <iframe> snippet. Built from the state (not the address bar, which
 * the URL writer updates a moment later) and the page's own address, keeping
 * a same-origin ?data= dataset.
 */
import { DEFAULT_VIEW, type ViewState } from '../state/viewState.ts';
import { encode } from '../url/codec.ts';
import { SHARE } from './copy.ts';
import { withParam } from './keepParam.ts';

/** The parts of `location` a link is built from. */
export interface PageLocation {
  origin: string;
  pathname: string;
  search: string;
}

/** The page file a link points at. */
const EMBED_PAGE = 'embed.html';

/** The folder the app is served from (both pages live there). */
function folder(loc: PageLocation): string {
  return `${loc.origin}${loc.pathname.replace(/[^/]*$/, '')}`;
}

function withData(url: string, loc: PageLocation): string {
  const data = new URLSearchParams(loc.search).get('data');
  return data === null ? url : withParam(url, 'data', data);
}

/** A link to the main app showing `view`. */
export function viewLink(view: ViewState, loc: PageLocation): string {
  return withData(`${folder(loc)}${encode(view)}`, loc);
}

/** A link that opens one incident's panel (its claim view and Count kept; the rest of the view as a new visitor sees it). */
export function incidentLink(id: string, view: ViewState, loc: PageLocation): string {
  return viewLink({ ...DEFAULT_VIEW, claimView: view.claimView, count: view.count, selectedId: id }, loc);
}

/** A link to the embed page showing `view` (no selection: the embed has no panel). */
export function embedLink(view: ViewState, loc: PageLocation): string {
  return withData(`${folder(loc)}${EMBED_PAGE}${encode({ ...view, selectedId: null })}`, loc);
}

/** What a view link leaves out of what the page shows: the layers part the link cannot carry. */
export interface LinkLayers {
  /** Opened files, shown or hidden. */
  files: number;
  bundledShown: boolean;
}

/**
 * The note beside Copy link: which bundled layer the link shows (the bundled
 * incidents or the ?data= file it keeps) and that opened files are not in it;
 * null when the page shows exactly what the link will.
 * @example linkNote({ files: 1, bundledShown: true }, at('/', '')) === 'The link shows the bundled incidents; opened files are not in the link (they stay in this browser).'
 */
export function linkNote(layers: LinkLayers, loc: PageLocation): string | null {
  if (layers.files === 0 && layers.bundledShown) return null;
  const parts = [SHARE.linkShows(new URLSearchParams(loc.search).get('data'))];
  if (!layers.bundledShown) parts[0] = `${parts[0]} (${SHARE.bundledHiddenInLink})`;
  if (layers.files > 0) parts.push(SHARE.filesNotInLink);
  return `${parts.join('; ')}.`;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> snippet that embeds the view in another site. */
export function embedCode(view: ViewState, loc: PageLocation): string {
  return `<iframe src="${attr(embedLink(view, loc))}" title="${attr(SHARE.embedTitle)}" width="100%" height="600" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
