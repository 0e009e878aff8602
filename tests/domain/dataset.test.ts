import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { incidentById, isCountedIncident, isSectorMarker, isTimelineEvent, makeDataset } from '../../src/domain/dataset.ts';

const file = new URL('../../geo/incidents.geojson', import.meta.url);
const { dataset } = parseIncidentCollection(JSON.parse(readFileSync(file, 'utf8')), 'geo/incidents.geojson');
const ids = (pred: (i: (typeof dataset.incidents)[number]) => boolean) => dataset.incidents.filter(pred).map((i) => i.id).sort();

describe('dataset kinds on geo/incidents.geojson', () => {
  it('finds the six talks and ceasefire timeline events', () => {
    expect(ids(isTimelineEvent)).toEqual([
      'doha-ceasefire-2025-10-19',
      'istanbul-talks-round-2025-10-25',
      'istanbul-talks-round-2025-11-06',
      'ttp-ends-ceasefire-2022-11-28',
      'ttp-indefinite-ceasefire-2022-06',
      'ttp-pakistan-ceasefire-2021-11',
    ]);
  });

  it('finds the three sector markers of 11–12 Oct 2025', () => {
    expect(ids(isSectorMarker)).toEqual(['border-clash-2025-10-12-angoor-adda', 'border-clash-2025-10-12-bajaur', 'border-clash-2025-10-12-kurram']);
  });

  it('counts the other 48 incidents', () => {
    expect(ids(isCountedIncident)).toHaveLength(48);
  });

  it('indexes every incident by id', () => {
    expect(dataset.size).toBe(57);
    expect(new Set(dataset.incidents.map((i) => dataset.indexOfId(i.id))).size).toBe(57);
    expect(incidentById(dataset, 'border-clashes-2025-10-11')?.title).toMatch(/.+/);
  });
});

describe('makeDataset', () => {
  it('keeps the first incident of a duplicate id in the index', () => {
    const [a] = dataset.incidents;
    if (a === undefined) throw new Error('no data');
    const d = makeDataset([a, { ...a, title: 'second' }]);
    expect(d.incidents).toHaveLength(2);
    expect(incidentById(d, a.id)?.title).toBe(a.title);
    expect(d.indexOfId(a.id)).toBe(0);
  });
});
