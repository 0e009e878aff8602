import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { civilFromDay, firstDay } from '../../src/domain/civilDate.ts';
import { primaryActorColumn } from '../../src/domain/filters.ts';
import { buildHistogram, mondayOnOrBefore } from '../../src/domain/histogram.ts';
import { sideColumns } from '../../src/domain/totals.ts';
import { dataSpan, datasetColumns, filterMask } from '../../src/domain/visible.ts';
import { ATTRIBUTION_OPTIONS as ACTORS } from '../../src/domain/vocab.ts';
import { blame, held, claim, incident } from './logicFactories.ts';

const ds = makeDataset([
  incident({ id: 'a', start: '2025-06-02', attribution: held({ PAK: blame('TTP') }), claims: [claim({ killed: { n: 13, max: null, qualifier: null } })] }), // a Monday
  incident({ id: 'b', start: '2025-06-08', attribution: held({ PAK: blame('BLA') }), claims: [claim({ killed: { n: 4, max: null, qualifier: null } })] }), // the Sunday of that week
  incident({ id: 'c', start: '2025-06-09', attribution: held({ PAK: blame('TTP') }) }), // next Monday, no claim
  incident({ id: 't', start: '2025-06-03', type: 'talks-ceasefire' }),
]);
const cols = datasetColumns(ds);
const include = filterMask(ds, cols, { claimView: 'PAK', hiddenActors: [], hiddenTypes: [], hiddenCountries: [] });
const primary = primaryActorColumn(ds.incidents, 'PAK');
const at = (h: { values: Float64Array }, week: number, actor: (typeof ACTORS)[number]) => h.values[week * ACTORS.length + ACTORS.indexOf(actor)];

describe('weekly histogram', () => {
  it('weeks start on Monday', () => {
    expect(civilFromDay(mondayOnOrBefore(firstDay('2025-06-08')))).toBe('2025-06-02');
    expect(civilFromDay(mondayOnOrBefore(firstDay('2025-06-02')))).toBe('2025-06-02');
    expect(civilFromDay(mondayOnOrBefore(firstDay('1969-12-31')))).toBe('1969-12-29');
  });

  it('counts incidents per week stacked by primary actor, leaving talks out', () => {
    const h = buildHistogram(cols, include, primary, dataSpan(cols), 'incidents', null);
    expect(civilFromDay(h.firstDay)).toBe('2025-06-02');
    expect(h.weeks).toBe(2);
    expect([at(h, 0, 'TTP'), at(h, 0, 'BLA'), at(h, 1, 'TTP')]).toEqual([1, 1, 1]);
    expect(Array.from(h.weekTotals)).toEqual([2, 1]);
    expect(h.max).toBe(2);
  });

  it('sums the side’s killed figures, a no-claim incident adding nothing', () => {
    const h = buildHistogram(cols, include, primary, dataSpan(cols), 'killed', sideColumns(ds, 'PAK', 'ALL'));
    expect(Array.from(h.weekTotals)).toEqual([17, 0]);
    expect(h.side).toBe('PAK');
  });
});
