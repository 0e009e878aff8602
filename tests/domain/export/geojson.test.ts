import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStream } from '../../../src/data/load/parseStream.ts';
import type { WorkerMessage } from '../../../src/data/load/protocol.ts';
import { parseIncidentCollection } from '../../../src/data/parseIncidents.ts';
import { validateText } from '../../../src/data/validate/index.ts';
import { incidentsGeoJson } from '../../../src/domain/export/geojson.ts';
import { firstDay, lastDay } from '../../../src/domain/civilDate.ts';
import type { Incident } from '../../../src/domain/types.ts';
import { visibleIncidents } from '../../../src/domain/visible.ts';

const text = readFileSync(new URL('../../../geo/incidents.geojson', import.meta.url), 'utf8');
const { dataset } = parseIncidentCollection(JSON.parse(text), 'geo/incidents.geojson');
// A filtered view: October 2025, Pakistan's account, TTP hidden.
const visible = visibleIncidents(dataset.incidents, { claimView: 'PAK', hiddenActors: ['TTP'], hiddenTypes: [], hiddenCountries: [] }, { start: firstDay('2025-10-01'), end: lastDay('2025-10-31') });

/** The incidents the app's own loader (the worker's stream parser) makes of a text. */
async function load(t: string): Promise<Incident[]> {
  const bytes = new TextEncoder().encode(t);
  const out: WorkerMessage[] = [];
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  await parseStream(stream, bytes.length, 'export.geojson', (m) => out.push(m));
  const errors = out.flatMap((m) => (m.kind === 'done' ? m.errors : m.kind === 'failed' ? [m.message] : []));
  expect(errors).toEqual([]);
  return out.flatMap((m) => (m.kind === 'incidents' ? m.incidents : []));
}

describe('GeoJSON export', () => {
  it('the filtered view is a real subset (the test exercises a filter)', () => {
    expect(visible.length).toBeGreaterThan(3);
    expect(visible.length).toBeLessThan(dataset.incidents.length);
  });

  it('re-imported through the schema, equals the visible set: ids, points, figures, claims and sources', () => {
    const back = parseIncidentCollection(JSON.parse(incidentsGeoJson(visible)), 'export.geojson');
    expect(back.errors).toEqual([]);
    expect(back.dataset.incidents.map((i) => i.id)).toEqual(visible.map((i) => i.id));
    expect(back.dataset.incidents).toEqual(visible);
    const claims = back.dataset.incidents.reduce((n, i) => n + i.claims.length, 0);
    expect(claims).toBe(visible.reduce((n, i) => n + i.claims.length, 0));
    expect(back.dataset.incidents.flatMap((i) => i.sources.map((s) => s.url))).toEqual(visible.flatMap((i) => i.sources.map((s) => s.url)));
  });

  it('re-opens through the app loader with nothing lost', async () => {
    expect(await load(incidentsGeoJson(visible))).toEqual(visible);
  });

  it('keeps a best estimate, a statement total and the parties of an imported event through export and re-open', async () => {
    const base = visible[0]!;
    const parties = [{ role: 'side A', wording: 'Government of Pakistan', actors: ['PAK_FORCES' as const] }, { role: 'side B', wording: 'TTP', actors: ['TTP' as const] }];
    const claim = { ...base.claims[0]!, side: 'INDEPENDENT' as const, sourceRef: base.sources[0]!.ref, parties };
    const ucdp: Incident = {
      ...base,
      id: 'ucdp-ged-57989',
      claims: [
        { ...claim, group: 'civilians', categories: ['CIVILIANS'], notBrokenDown: false, killed: { n: 51, max: null, qualifier: null } },
        { ...claim, group: 'total (low, best, high)', total: true, killed: { n: 43, max: 62, qualifier: null, best: 59 } },
      ],
    };
    const back = await load(incidentsGeoJson([ucdp]));
    expect(back).toEqual([ucdp]);
    expect(back[0]!.claims[1]!.killed).toEqual({ n: 43, max: 62, qualifier: null, best: 59 });
  });

  it('passes the validator with no error', () => {
    const errors = validateText(incidentsGeoJson(visible)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
