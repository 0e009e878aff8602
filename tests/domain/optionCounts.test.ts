import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { firstDay } from '../../src/domain/civilDate.ts';
import type { DayWindow, FilterQuery } from '../../src/domain/filters.ts';
import { buildOptionCounts, optionCounts, optionCountsBrute } from '../../src/domain/optionCounts.ts';
import { dataSpan, datasetColumns } from '../../src/domain/visible.ts';
import { datasetTables, viewTables } from '../../src/domain/tables.ts';
import type { Dataset } from '../../src/domain/dataset.ts';

const build = (ds: Dataset, q: FilterQuery) => buildOptionCounts(datasetTables(ds, datasetColumns(ds)), viewTables(ds, q.claimView), q);
import { blame, held, generated, incident, rng } from './logicFactories.ts';

const all = { start: firstDay('2020-01-01'), end: firstDay('2030-01-01') };

describe('option counts', () => {
  it('a checked actor counts the incidents shown only because of it; an unchecked one what checking it adds', () => {
    const ds = makeDataset([
      incident({ id: 'ttp', attribution: held({ PAK: blame('TTP') }) }),
      incident({ id: 'ttp+jua', attribution: held({ PAK: blame('TTP', 'JUA') }) }),
      incident({ id: 'bla', attribution: held({ PAK: blame('BLA') }), type: 'airstrike' }),
      incident({ id: 'talks', type: 'talks-ceasefire', attribution: held({ PAK: blame('TTP') }) }),
    ]);
    const q: FilterQuery = { claimView: 'PAK', hiddenActors: ['JUA', 'BLA'], hiddenTypes: [], hiddenCountries: [] };
    const got = optionCounts(build(ds, q), all);
    expect(got.actors.TTP).toBe(2); // both TTP incidents hide when TTP is unchecked (JUA is already hidden)
    expect(got.actors.JUA).toBe(0); // ttp+jua is visible through TTP anyway
    expect(got.actors.BLA).toBe(1); // checking BLA adds the BLA incident
    expect(got.types.airstrike).toBe(0); // the airstrike is hidden by the actor filter
    expect(got.types['suicide-bombing']).toBe(2);
    expect(got.types['talks-ceasefire']).toBe(0); // talks are never counted
    expect(got.countries.PAK).toBe(2);
  });

  it('follows the window', () => {
    const ds = makeDataset([incident({ id: 'a', start: '2024-01' }), incident({ id: 'b', start: '2025-01-05' })]);
    const q: FilterQuery = { claimView: 'PAK', hiddenActors: [], hiddenTypes: [], hiddenCountries: [] };
    const ix = build(ds, q);
    expect(optionCounts(ix, { start: firstDay('2024-01-31'), end: firstDay('2024-12-31') }).actors.NOT_STATED).toBe(1);
    expect(optionCounts(ix, all).actors.NOT_STATED).toBe(2);
  });

  it('equals toggling each option and diffing the brute-force visible counts, for random filters and windows', () => {
    const ds = makeDataset(generated(1500, 5));
    const cols = datasetColumns(ds);
    const span = dataSpan(cols) as DayWindow;
    const r = rng(11);
    for (let t = 0; t < 20; t++) {
      const q: FilterQuery = {
        claimView: (['PAK', 'AFG', 'INDEPENDENT', 'COMPARE'] as const)[t % 4] ?? 'PAK',
        hiddenActors: (['TTP', 'AFG_FORCES', 'UNKNOWN', 'PAK_FORCES', 'ISKP'] as const).filter(() => r() < 0.5),
        hiddenTypes: (['airstrike', 'armed-clash'] as const).filter(() => r() < 0.4),
        hiddenCountries: (['AFG', 'QAT'] as const).filter(() => r() < 0.3),
      };
      const a = span.start + Math.floor(r() * (span.end - span.start));
      const w = { start: a, end: a + Math.floor(r() * 500) };
      expect(optionCounts(build(ds, q), w)).toEqual(optionCountsBrute(ds.incidents, cols, q, w));
    }
  });
});
