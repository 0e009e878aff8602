import { describe, expect, it } from 'vitest';
import { actions } from '../../src/state/actions.ts';
import type { AppState } from '../../src/state/reducer.ts';
import * as sel from '../../src/state/selectors.ts';
import { selectMapModel } from '../../src/ui/mapModel.ts';
import { generated } from '../domain/logicFactories.ts';
import { storeWith } from './factories.ts';

/** Everything derived from the data that a selection must leave alone (each the same object before and after). */
const derived = (s: AppState) => ({
  dataset: sel.selectDataset(s),
  columns: sel.selectColumns(s),
  mask: sel.selectFilterMask(s),
  index: sel.selectTimeIndex(s),
  visible: sel.selectVisibleIndices(s),
  list: sel.selectListIndices(s),
  totals: sel.selectTotals(s),
  histograms: sel.selectHistograms(s),
  options: sel.selectOptionCounts(s),
  clusters: sel.selectClusters(s, 6),
  size: sel.selectSizeValues(s),
  primary: sel.selectPrimaryActors(s),
  events: sel.selectTimelineEvents(s),
});

describe('selecting an incident on 2,000 generated incidents', () => {
  it('changes only the selection in the state and the map model; every derived array keeps its identity', () => {
    const store = storeWith(generated(2000, 11), { claimView: 'COMPARE', sort: { key: 'casualties', dir: 'desc' } });
    const s0 = store.getState();
    const before = derived(s0);
    const model0 = selectMapModel(s0);
    const target = before.list[5] as number;
    const id = before.dataset?.idAt(target) as string;
    store.dispatch(actions.incidentSelected(id));
    const s1 = store.getState();
    // The state: only view.selectedId (and nothing else in the view or the data) is new.
    expect((Object.keys(s1.view) as (keyof AppState['view'])[]).filter((k) => s1.view[k] !== s0.view[k])).toEqual(['selectedId']);
    expect(s1.data).toBe(s0.data);
    expect(s1.layers).toBe(s0.layers);
    // Every selector answer is the very same object.
    const after = derived(s1);
    expect((Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k])).toEqual([]);
    // The map model: the selected index (and the panel's cover) change; points and appearance arrays do not.
    const model1 = selectMapModel(s1);
    expect([model0.selected, model1.selected]).toEqual([-1, target]);
    expect((Object.keys(model1) as (keyof typeof model1)[]).filter((k) => model1[k] !== model0[k]).sort()).toEqual(['occluded', 'selected']);
    expect(model1.appearance).toBe(model0.appearance);
    expect(sel.selectSelectedIncident(s1)?.id).toBe(id);
  });

  it('moving the selection to another incident changes only `selected`', () => {
    const store = storeWith(generated(2000, 12));
    const list = sel.selectListIndices(store.getState());
    const d = sel.selectDataset(store.getState())!;
    store.dispatch(actions.incidentSelected(d.idAt(list[0] as number)));
    const model0 = selectMapModel(store.getState());
    store.dispatch(actions.incidentSelected(d.idAt(list[9] as number)));
    const model1 = selectMapModel(store.getState());
    expect([model0.selected, model1.selected]).toEqual([list[0], list[9]]);
    expect((Object.keys(model1) as (keyof typeof model1)[]).filter((k) => model1[k] !== model0[k])).toEqual(['selected']);
  });
});
