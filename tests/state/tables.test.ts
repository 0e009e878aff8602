import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../src/domain/dataset.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState, reduce } from '../../src/state/reducer.ts';
import * as sel from '../../src/state/selectors.ts';
import { PREPARE_SLICE, prepareDataset, sideColumnsOf, viewTablesOf } from '../../src/state/tables.ts';
import { sideColumns } from '../../src/domain/totals.ts';
import { viewTables } from '../../src/domain/tables.ts';
import { datasetColumns } from '../../src/domain/visible.ts';
import { generated } from '../domain/logicFactories.ts';

describe('prepareDataset', () => {
  it('fills the tables in slices, pausing between them, with the same values as a one-shot build', async () => {
    const d = makeDataset(generated(PREPARE_SLICE + 10, 8));
    let pauses = 0;
    await prepareDataset(d, datasetColumns(d), {
      pause: async () => {
        pauses++;
      },
      clusterZooms: [5],
      sliceMs: 0,
    });
    // 4 views and 3 sides in 2 slices each, plus the steps between tables.
    expect(pauses).toBeGreaterThanOrEqual(14);
    expect(viewTablesOf(d, 'AFG')).toEqual(viewTables(d, 'AFG'));
    expect(sideColumnsOf(d, 'INDEPENDENT', 'ALL')).toEqual(sideColumns(d, 'INDEPENDENT', 'ALL'));
  }, 60_000);

  it('does not pause at all while each stretch of work is shorter than sliceMs', async () => {
    const d = makeDataset(generated(200, 9));
    let pauses = 0;
    await prepareDataset(d, datasetColumns(d), { pause: async () => void pauses++, sliceMs: 60_000 });
    expect(pauses).toBe(0);
    expect(viewTablesOf(d, 'PAK')).toEqual(viewTables(d, 'PAK'));
  });

  it('selectors give the same results on a prepared dataset as on one built on demand', async () => {
    const incidents = generated(3000, 12);
    const prepared = makeDataset(incidents);
    await prepareDataset(prepared, undefined, { pause: async () => {}, clusterZooms: [5, 99] });
    const onDemand = makeDataset(incidents);
    const w = actions.windowDragged({ start: '2022-01-01', end: '2023-06-30' });
    const a = reduce(reduce(initialState(), actions.datasetLoaded(prepared)), w);
    const b = reduce(reduce(initialState(), actions.datasetLoaded(onDemand)), w);
    expect(sel.selectTotals(a)).toEqual(sel.selectTotals(b));
    expect(sel.selectListIndices(a)).toEqual(sel.selectListIndices(b));
    expect(sel.selectClusters(a, 5)).toEqual(sel.selectClusters(b, 5));
    expect(sel.selectOptionCounts(a)).toEqual(sel.selectOptionCounts(b));
    expect(sel.selectTotals(a).incidents).toBeGreaterThan(100);
  });

  it('adopts the loader’s columns instead of computing them again', async () => {
    const d = makeDataset(generated(50, 9));
    const cols = datasetColumns(d);
    await prepareDataset(d, cols, { pause: async () => {} });
    expect(sel.selectColumns(reduce(initialState(), actions.datasetLoaded(d)))).toBe(cols);
  });
});

describe('datasetLoaded with the loader’s columns', () => {
  it('selectors use the columns that came with the data', () => {
    const d = makeDataset(generated(20, 10));
    const cols = datasetColumns(d);
    expect(sel.selectColumns(reduce(initialState(), actions.datasetLoaded(d, [], cols)))).toBe(cols);
  });
});
