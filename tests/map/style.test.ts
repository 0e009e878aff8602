import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, type ClaimView, type MapWords } from '../../src/map/style/index.ts';
import { DURAND_DASH } from '../../src/map/style/durandLine.ts';
import { simplifyLine } from '../../src/map/style/simplify.ts';

const line: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[60.8, 29.8], [74.5, 37.0]] } }] };
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const allData = { countries: empty, durandLine: line, provinces: empty, fata: empty, rivers: empty, places: empty, world: empty, borders: empty, countryLabels: empty };
const fonts = { latin: 'http://127.0.0.1/latin.woff2', arabic: 'http://127.0.0.1/arabic.woff2' };
const words: MapWords = {
  durand: { PAK: 'PAK label', AFG: 'AFG label', INDEPENDENT: 'IND label', COMPARE: 'CMP label' },
  fata: 'FATA',
};
const VIEWS: ClaimView[] = ['PAK', 'AFG', 'INDEPENDENT', 'COMPARE'];

describe('map style', () => {
  it.each(VIEWS)('validates against the style spec under the %s view', (view) => {
    const errors = validateStyleMin(buildStyle({ data: allData, fonts, view, words }));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('validates with no basemap layers present (only the background)', () => {
    const style = buildStyle({ data: {}, fonts, view: 'PAK', words });
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    expect(style.layers.map((l) => l.id)).toEqual(['background']);
  });

  it('has no glyph server and maps the one font to both bundled font files', () => {
    const style = buildStyle({ data: allData, fonts, view: 'PAK', words });
    expect(style.glyphs).toBeUndefined();
    const faces = style['font-faces']?.['Noto Sans Regular'];
    expect(Array.isArray(faces) ? faces.map((f) => f.url) : faces).toEqual([fonts.arabic, fonts.latin]);
  });

  it('draws the Durand Line above the land and below the labels', () => {
    const ids = buildStyle({ data: allData, fonts, view: 'PAK', words }).layers.map((l) => l.id);
    expect(ids.indexOf('durand-line')).toBeGreaterThan(ids.indexOf('land'));
    expect(ids.indexOf('durand-line')).toBeGreaterThan(ids.indexOf('fata-outline'));
    expect(ids.indexOf('durand-line')).toBeLessThan(ids.indexOf('place-labels'));
    // The label is the top symbol layer so other labels give way to it.
    expect(ids.slice(-2)).toEqual(['durand-label', 'durand-label-detail']);
  });

  it.each(VIEWS)('labels the Durand Line with the %s view wording', (view) => {
    const label = buildStyle({ data: allData, fonts, view, words }).layers.find((l) => l.id === 'durand-label');
    expect(label?.type === 'symbol' ? label.layout?.['text-field'] : null).toBe(words.durand[view]);
  });

  it('draws a solid line for Pakistan, a dashed one for Afghanistan and a dash-dot one otherwise', () => {
    const dash = (view: ClaimView) => {
      const l = buildStyle({ data: allData, fonts, view, words }).layers.find((x) => x.id === 'durand-line');
      return l?.type === 'line' ? l.paint?.['line-dasharray'] : undefined;
    };
    expect(dash('PAK')).toEqual([1, 0]);
    expect(dash('AFG')).toEqual(DURAND_DASH.AFG);
    expect(dash('INDEPENDENT')).toEqual(DURAND_DASH.INDEPENDENT);
    expect(new Set([JSON.stringify(dash('PAK')), JSON.stringify(dash('AFG')), JSON.stringify(dash('INDEPENDENT'))]).size).toBe(3);
  });

  it('draws the world under the region, borders from lines, and no outline of the region box', () => {
    const ids = buildStyle({ data: allData, fonts, view: 'PAK', words }).layers.map((l) => l.id);
    expect(ids.indexOf('world-land')).toBeLessThan(ids.indexOf('land'));
    expect(ids).toEqual(expect.arrayContaining(['coast', 'country-border']));
    expect(ids).not.toContain('country-outline');
  });

  it('places the incident obstacles before the place and country names, and country names before place names', () => {
    const ids = buildStyle({ data: allData, fonts, view: 'PAK', words }).layers.map((l) => l.id);
    // maplibre places symbol layers from the top of the stack down.
    expect(ids.indexOf('incident-obstacles')).toBeGreaterThan(ids.indexOf('country-labels'));
    expect(ids.indexOf('country-labels')).toBeGreaterThan(ids.indexOf('place-labels'));
  });

  it('sorts place labels by rank before population, so capitals are placed first', () => {
    const layer = buildStyle({ data: allData, fonts, view: 'PAK', words }).layers.find((l) => l.id === 'place-labels');
    const key = layer?.type === 'symbol' ? layer.layout?.['symbol-sort-key'] : null;
    expect(JSON.stringify(key)).toContain('"rank"');
    expect(JSON.stringify(key)).toContain('100000000');
  });

  it('keeps the FATA outline thinner than the Durand Line', () => {
    const layers = buildStyle({ data: allData, fonts, view: 'PAK', words }).layers;
    const fata = layers.find((l) => l.id === 'fata-outline');
    expect(fata?.type === 'line' ? fata.paint?.['line-width'] : null).toBe(0.9);
  });
});

describe('simplifyLine', () => {
  it('drops vertices within the tolerance of the chord and keeps the ends', () => {
    expect(simplifyLine([[0, 0], [1, 0.01], [2, 0]], 0.1)).toEqual([[0, 0], [2, 0]]);
  });

  it('keeps a vertex that deviates more than the tolerance', () => {
    expect(simplifyLine([[0, 0], [1, 0.5], [2, 0]], 0.1)).toEqual([[0, 0], [1, 0.5], [2, 0]]);
  });
});
