/** Small factories for the UI tests: a valid incident, a claim, a store holding a dataset. */
import { makeDataset } from '../../src/domain/dataset.ts';
import type { Claim, Incident } from '../../src/domain/types.ts';
import { actions } from '../../src/state/actions.ts';
import { initialState } from '../../src/state/reducer.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState.ts';

/** A valid counted incident; override what the test is about. */
export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'i-1',
    title: 'Test incident',
    start: '2025-06-28',
    end: null,
    datePrecision: 'day',
    dateWording: null,
    place: 'Mir Ali',
    province: 'Khyber Pakhtunkhwa',
    district: 'North Waziristan',
    country: 'PAK',
    locationPrecision: 'town',
    uncertaintyKm: 2,
    locationWording: 'Mir Ali',
    coordinateBasis: 'test',
    coordinateNote: null,
    coordinatesVerified: true,
    secondaryLocations: [],
    type: 'suicide-bombing',
    typeWording: 'suicide bombing',
    targets: [],
    parentId: null,
    claimedBy: null,
    blamedByPAK: null,
    blamedByAFG: null,
    claims: [],
    stances: {},
    verification: 'verified',
    verificationWording: 'test',
    notes: null,
    sources: [{ ref: 's', publisher: 'P', title: 'T', date: null, url: 'https://example.org/' }],
    lon: 70,
    lat: 33,
    ...over,
  };
}

/** A claim row with a killed figure. */
export function claim(over: Partial<Claim> = {}): Claim {
  return {
    side: 'PAK',
    claimant: 'ISPR',
    claimantType: 'military',
    group: 'Pakistani security forces',
    killed: { n: 1, max: null, qualifier: null },
    injured: null,
    qualifierWording: null,
    breakdown: null,
    date: '2025-06-29',
    sourceRef: 's',
    aggregate: false,
    note: null,
    ...over,
  };
}

/** A store with the incidents loaded and the given view. */
export function storeWith(incidents: Incident[], view: Partial<ViewState> = {}): Store {
  const store = createStore(initialState({ ...DEFAULT_VIEW, ...view }));
  store.dispatch(actions.datasetLoaded(makeDataset(incidents), []));
  return store;
}
