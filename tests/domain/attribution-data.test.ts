import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidentCollection } from '../../src/data/parseIncidents.ts';
import { incidentById } from '../../src/domain/dataset.ts';
import { firstDay } from '../../src/domain/civilDate.ts';
import { visibleIncidents } from '../../src/domain/visible.ts';
import { ATTRIBUTION_OPTIONS } from '../../src/domain/vocab.ts';

const file = new URL('../../geo/incidents.geojson', import.meta.url);
const { dataset } = parseIncidentCollection(JSON.parse(readFileSync(file, 'utf8')), 'geo/incidents.geojson');
const all = { start: firstDay('2020-01-01'), end: firstDay('2030-12-31') };

describe('attribution on geo/incidents.geojson', () => {
  it('under the Pakistani view with only TTP and Hafiz Gul Bahadur checked, no Pakistani strike on Afghan soil is listed', () => {
    const hiddenActors = ATTRIBUTION_OPTIONS.filter((a) => a !== 'TTP' && a !== 'HGB');
    const shown = visibleIncidents(dataset.incidents, { claimView: 'PAK', hiddenActors, hiddenTypes: [], hiddenCountries: [] }, all);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter((i) => i.country === 'AFG' && i.type === 'airstrike').map((i) => i.id)).toEqual([]);
  });

  it('the Kabul strike of 9 Oct 2025: Pakistan names the TTP as its target, not as responsible', () => {
    const kabul = incidentById(dataset, 'kabul-strike-2025-10-09');
    expect(kabul?.attribution.PAK.targets?.targets).toContain('TTP');
    expect(kabul?.attribution.PAK.responsible?.actors ?? []).not.toContain('TTP');
  });
});
