import { describe, expect, it } from 'vitest';
import { actions } from '../../src/state/actions.ts';
import { selectMapModel } from '../../src/ui/mapModel.ts';
import { incident, storeWith } from './factories.ts';

describe('map model: selecting an incident', () => {
  it('changes only the selection: points, appearance arrays, window and clusters stay the same objects', () => {
    const store = storeWith([incident({ id: 'a' }), incident({ id: 'b', lon: 70.5 }), incident({ id: 'c', lat: 33.1 })]);
    const before = selectMapModel(store.getState());
    store.dispatch(actions.incidentSelected('b'));
    const after = selectMapModel(store.getState());
    expect(before.selected).toBe(-1);
    expect(after.selected).toBe(1);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    // `occluded`: the detail panel now covers part of the map (flights keep the target clear of it).
    expect(changed.sort()).toEqual(['occluded', 'selected']);
    expect(after.appearance).toBe(before.appearance);
  });

  it('keeps the appearance arrays when the selection moves from one incident to another', () => {
    const store = storeWith([incident({ id: 'a' }), incident({ id: 'b', lon: 70.5 })], { selectedId: 'a' });
    const before = selectMapModel(store.getState());
    store.dispatch(actions.incidentSelected('b'));
    const after = selectMapModel(store.getState());
    expect([before.selected, after.selected]).toEqual([0, 1]);
    expect(after.appearance).toBe(before.appearance);
    expect(after.points).toBe(before.points);
  });
});

describe('map model: a claim-view switch', () => {
  it('rebuilds the arrays that depend on the view and keeps the uncertainty radii (the layer re-uploads only new arrays)', () => {
    const store = storeWith([incident({ id: 'a' }), incident({ id: 'b', lon: 70.5 })], { claimView: 'PAK' });
    const before = selectMapModel(store.getState()).appearance!;
    store.dispatch(actions.claimViewChosen('AFG'));
    const after = selectMapModel(store.getState()).appearance!;
    expect(after).not.toBe(before);
    expect(after.uncertaintyKm).toBe(before.uncertaintyKm);
    expect(selectMapModel(store.getState()).points).toBeTruthy();
  });
});
