import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../src/state/viewState.ts';
import { embedCode, embedLink, incidentLink, linkNote, viewLink } from '../../src/ui/shareLinks.ts';
import { decode } from '../../src/url/codec.ts';

const at = (pathname: string, search = '') => ({ origin: 'http://127.0.0.1:4173', pathname, search });
const view = { ...DEFAULT_VIEW, claimView: 'PAK' as const, window: { start: '2025-10-01', end: '2025-10-31' }, selectedId: 'a-1', search: 'Mir Ali' };

describe('share links', () => {
  it('a view link is the app folder plus the view, from the app or the embed page', () => {
    expect(viewLink(view, at('/atlas/'))).toBe('http://127.0.0.1:4173/atlas/?w=2025-10-01..2025-10-31&v=pak&id=a-1&q=Mir%20Ali');
    expect(viewLink(view, at('/atlas/embed.html'))).toBe('http://127.0.0.1:4173/atlas/?w=2025-10-01..2025-10-31&v=pak&id=a-1&q=Mir%20Ali');
  });

  it('keeps a same-origin ?data= dataset', () => {
    expect(viewLink(DEFAULT_VIEW, at('/', '?data=bench/10k.geojson&v=pak'))).toBe('http://127.0.0.1:4173/?data=bench%2F10k.geojson');
  });

  it('an incident link opens that incident under the same claim view, nothing else carried', () => {
    expect(incidentLink('mir-ali-camp-attack-2025-10-17', view, at('/index.html'))).toBe('http://127.0.0.1:4173/?v=pak&id=mir-ali-camp-attack-2025-10-17');
  });

  it('the embed link drops the selection (the embed has no panel)', () => {
    expect(embedLink(view, at('/'))).toBe('http://127.0.0.1:4173/embed.html?w=2025-10-01..2025-10-31&v=pak&q=Mir%20Ali');
  });

  it('the embed code is one <iframe> with its attribute values escaped', () => {
    const code = embedCode({ ...view, search: 'a"b<c&d' }, at('/'));
    expect(code).toBe(
      '<iframe src="http://127.0.0.1:4173/embed.html?w=2025-10-01..2025-10-31&amp;v=pak&amp;q=a%22b%3Cc%26d" title="Durand Atlas map" width="100%" height="600" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('a view link round-trips: the view decoded from it is the view, and it names the ?data= layer it shows', () => {
    const link = new URL(viewLink(view, at('/atlas/', '?data=bench/10k.geojson&v=afg')));
    expect(decode(link.search)).toEqual(view);
    expect(link.searchParams.get('data')).toBe('bench/10k.geojson');
  });

  it('notes beside Copy link what the link leaves out: opened files, a hidden bundled layer; nothing when the page shows what it will', () => {
    expect(linkNote({ files: 0, bundledShown: true }, at('/'))).toBeNull();
    expect(linkNote({ files: 2, bundledShown: true }, at('/'))).toBe('The link shows the bundled incidents; opened files are not in the link (they stay in this browser).');
    expect(linkNote({ files: 1, bundledShown: false }, at('/', '?data=bench/10k.geojson'))).toBe(
      'The link shows the data file bench/10k.geojson (shown, though hidden here); opened files are not in the link (they stay in this browser).',
    );
    expect(linkNote({ files: 0, bundledShown: false }, at('/'))).toBe('The link shows the bundled incidents (shown, though hidden here).');
  });
});
