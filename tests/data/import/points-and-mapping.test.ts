/**
 * Generic GeoJSON points (crs and degree checks) and the reviewed UCDP tables
 * (sides to categories and actors, type of violence to type).
 */
import { describe, expect, it } from 'vitest';
import { crsProblem, importPoints, propertyNames } from '../../../src/data/import/geojsonPoints.ts';
import { cellReader } from '../../../src/data/import/cells.ts';
import { mapUcdp, sideCategories, UCDP_ALIASES } from '../../../src/data/import/ucdp.ts';

const point = (lon: number, lat: number, props: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props });
const mapping = { date: 'date', latitude: null, longitude: null, title: 'name', killed: 'deaths', country: null };
const countryOf = () => 'PAK' as const;

describe('GeoJSON points', () => {
  it('accepts no crs, CRS84 and EPSG:4326 (QGIS, kepler.gl exports)', () => {
    expect(crsProblem({})).toBeNull();
    expect(crsProblem({ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } })).toBeNull();
    expect(crsProblem({ crs: { type: 'name', properties: { name: 'EPSG:4326' } } })).toBeNull();
  });

  it('refuses a file in any other crs, so its coordinates are never drawn as degrees', () => {
    const doc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } }, features: [point(7800000, 3900000, { date: '2024-01-01', name: 'x' })] };
    const r = importPoints(doc, 'web-mercator.geojson', mapping, countryOf);
    expect(r.incidents).toEqual([]);
    expect(r.report.failure).toBe('web-mercator.geojson: crs: expected CRS84 or EPSG:4326 (longitude and latitude in degrees), found "urn:ogc:def:crs:EPSG::3857"; the file is refused so its coordinates are never drawn as degrees');
  });

  it('imports points with mapped properties and refuses a point outside ±180/±90 by feature number', () => {
    const doc = { type: 'FeatureCollection', features: [point(70.1, 33.2, { date: '2024-01-05', name: 'Synthetic A', deaths: 2 }), point(200, 33, { date: '2024-01-06', name: 'Synthetic B' }), { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} }] };
    expect(propertyNames(doc.features)).toEqual(['date', 'name', 'deaths']);
    const r = importPoints(doc, 'kepler.geojson', mapping, countryOf);
    expect(r.incidents.map((i) => [i.id, i.lon, i.lat, i.start, i.claims[0]?.killed?.n])).toEqual([['file-kepler-1', 70.1, 33.2, '2024-01-05', 2]]);
    expect(r.report.refusals).toEqual([
      { record: 2, line: null, id: null, field: 'geometry.coordinates', expected: 'longitude within ±180 and latitude within ±90 (degrees)', found: '200, 33' },
      { record: 3, line: null, id: null, field: 'geometry', expected: 'a Point', found: '"LineString"' },
    ]);
  });
});

describe('UCDP tables', () => {
  it('maps sides to whose dead they count', () => {
    expect(sideCategories('Government of Pakistan', '1', '2010-01-01')).toEqual(['pak-forces']);
    expect(sideCategories('Civilians', '3', '2010-01-01')).toEqual(['civilians']);
    expect(sideCategories('Government of India', '1', '2010-01-01')).toBeNull();
    expect(sideCategories('Government of United States of America', '1', '2010-01-01')).toBeNull();
    expect(sideCategories('TTP', '1', '2010-01-01')).toEqual(['militants']);
    expect(sideCategories('Turi', '2', '2010-01-01')).toBeNull();
    expect(sideCategories('Government of Afghanistan', '1', '2021-09-01')).toEqual(['afg-forces']);
    expect(sideCategories('Government of Afghanistan', '1', '2021-08-14')).toBeNull();
  });

  const header = ['id', 'type_of_violence', 'side_a', 'side_b', 'where_prec', 'where_description', 'adm_1', 'adm_2', 'latitude', 'longitude', 'country', 'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'low', 'high', 'source_article', 'source_original'];
  const row = ['59553', '1', 'Government of India', 'Government of Pakistan', '2', 'Kel sector of the control line', 'Azad Jammu & Kashmir', 'Neelam district', '34.821865', '74.355544', 'Pakistan', '4', '1990-10-04 00:00:00.000', '1990-10-20 00:00:00.000', '0', '2', '0', '0', '2', '2', '3', 'R 4/10 1990', 'Pakistani military'];
  const r = mapUcdp(cellReader(header, UCDP_ALIASES)(row), 'iso');

  it('makes one row per group and a total row with low, best and high', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.draft.rows.map((x) => [x.group, x.categories, x.brokenDown, x.total, x.killed])).toEqual([
      ['Government of India (side A)', [], false, false, { n: 0, max: null, best: null }],
      ['Government of Pakistan (side B)', ['pak-forces'], true, false, { n: 2, max: null, best: null }],
      ['civilians', ['civilians'], true, false, { n: 0, max: null, best: null }],
      ['unknown', ['pak-forces', 'afg-forces', 'civilians', 'militants'], false, false, { n: 0, max: null, best: null }],
      ['total (low, best, high)', ['pak-forces', 'afg-forces', 'civilians', 'militants'], false, true, { n: 2, max: 3, best: 2 }],
    ]);
  });

  it('keeps the parties as wording with actor ids, precisions, type, title and source', () => {
    if (!r.ok) throw new Error('refused');
    const d = r.draft;
    expect(d.parties).toEqual([
      { role: 'side A', wording: 'Government of India', actors: [] },
      { role: 'side B', wording: 'Government of Pakistan', actors: ['PAK_FORCES'] },
    ]);
    expect([d.start, d.end, d.datePrecision, d.locationPrecision, d.uncertaintyKm]).toEqual(['1990-10', null, 'month', 'approximate', 25]);
    expect([d.type, d.title, d.country]).toEqual(['cross-border-clash', 'Kel sector of the control line', 'PAK']);
    expect(d.source).toEqual({ ref: 'ucdp-ged', publisher: 'UCDP GED', title: 'R 4/10 1990', date: null, url: null });
    expect(d.notes).toBe('source original: Pakistani military');
  });
});
