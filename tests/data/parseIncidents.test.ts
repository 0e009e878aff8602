import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import type { IncidentFeatureT } from '../../src/data/schema.ts';

// One valid feature from the real data; each test breaks a fresh copy of it.
const real = JSON.parse(readFileSync(new URL('../../geo/incidents.geojson', import.meta.url), 'utf8')) as { features: IncidentFeatureT[] };
const base = real.features.find((f) => f.properties.id === 'zhob-garrison-2023-07-12');
if (base === undefined) throw new Error('fixture feature missing');

function feature(id: string, edit: (p: Record<string, unknown>, f: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const f = structuredClone(base) as unknown as Record<string, unknown>;
  const p = f.properties as Record<string, unknown>;
  p.id = id;
  f.id = id;
  edit(p, f);
  return f;
}
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseIncidentCollection', () => {
  it('keeps valid features as incidents with lon/lat', () => {
    const { dataset, errors } = parseIncidentCollection(collection(feature('a'), feature('b')), 'f.geojson');
    expect(errors).toEqual([]);
    expect(dataset.incidents.map((i) => i.id)).toEqual(['a', 'b']);
    expect([dataset.incidents[0]?.lon, dataset.incidents[0]?.lat]).toEqual(base.geometry.coordinates);
  });

  it('reports a bad date with the exact line and keeps the valid features', () => {
    const bad = feature('bad-date', (p) => (p.start = '2025-13-01'));
    const { dataset, errors } = parseIncidentCollection(collection(feature('a'), bad, feature('b')), 'geo/x.geojson');
    expect(errors).toEqual(['geo/x.geojson: feature bad-date: properties.start: expected a date YYYY-MM-DD or YYYY-MM, found "2025-13-01"']);
    expect(dataset.incidents.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('names a feature without an id by its index', () => {
    const bad = feature('', (p, f) => {
      delete f.id;
      p.uncertaintyKm = '5';
    });
    const { errors } = parseIncidentCollection(collection(feature('a'), bad), 'f.geojson');
    expect(errors).toEqual([
      'f.geojson: feature #1: properties.id: expected a lower-case slug, found ""',
      'f.geojson: feature #1: properties.uncertaintyKm: expected a number, found "5"',
    ]);
  });

  it('reports a missing field, a value outside its vocabulary and an unknown field', () => {
    const bad = feature('x', (p) => {
      delete p.title;
      p.country = 'IND';
      p.extra = 1;
    });
    const { errors } = parseIncidentCollection(collection(bad), 'f.geojson');
    expect(errors).toEqual([
      'f.geojson: feature x: properties.title: expected a string, found nothing',
      'f.geojson: feature x: properties.country: expected one of "PAK", "AFG", "QAT", "TUR", found "IND"',
      'f.geojson: feature x: properties: expected only the members the schema names, found unknown member "extra"',
    ]);
  });

  it('reports a negative figure and an empty source list by their paths', () => {
    const bad = feature('x', (p) => {
      const claims = p.claims as { killed: { n: number } }[];
      if (claims[0]) claims[0].killed.n = -1;
      p.sources = [];
    });
    const { errors } = parseIncidentCollection(collection(bad), 'f.geojson');
    expect(errors).toEqual([
      'f.geojson: feature x: properties.claims[0].killed.n: expected a number ≥ 0, found -1',
      'f.geojson: feature x: properties.sources: expected at least 1 item, found an empty array',
    ]);
  });

  it('rejects a duplicate id and keeps the first', () => {
    const { dataset, errors } = parseIncidentCollection(collection(feature('a'), feature('a', (p) => (p.title = 'second'))), 'f.geojson');
    expect(errors).toEqual(['f.geojson: feature #1: properties.id: expected an id no other feature has, found "a", also used by feature #0']);
    expect(dataset.incidents.map((i) => i.title)).toEqual([base.properties.title]);
  });

  it('rejects input that is not a FeatureCollection', () => {
    expect(parseIncidentCollection({ type: 'Feature' }, 'f.geojson').errors).toEqual(['f.geojson: document: type: expected "FeatureCollection", found "Feature"']);
    expect(parseIncidentCollection([], 'f.geojson').errors).toEqual(['f.geojson: document: type: expected "FeatureCollection", found an empty array']);
    expect(parseIncidentCollection({ type: 'FeatureCollection' }, 'f.geojson').errors).toEqual(['f.geojson: document: features: expected a "features" array, found nothing']);
  });

  it('parses the whole committed data file without errors', () => {
    const { dataset, errors } = parseIncidentCollection(real, 'geo/incidents.geojson');
    expect(errors).toEqual([]);
    expect(dataset.incidents).toHaveLength(57);
  });
});
