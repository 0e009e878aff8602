/**
 * The real data's mix, read from geo/incidents.geojson (helper A's file), so
 * synthetic data has the same shares of types, attributions, precisions and
 * claimants. Where that file is absent a flat fallback is used and said so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { INCIDENT_TYPES, type ActorId, type IncidentType, type LocationPrecision, type Side } from '../../src/domain/vocab.ts';

/** Who claimed and whom each side blamed, as actor lists. */
export interface AttributionTemplate {
  claimedBy: ActorId[] | null;
  blamedByPAK: ActorId[] | null;
  blamedByAFG: ActorId[] | null;
}

/** A claimant as the real data names it. */
export interface ClaimantTemplate {
  claimant: string;
  claimantType: string;
  group: string;
}

/** Everything the record builder samples from. */
export interface Mix {
  source: string;
  types: IncidentType[];
  typeWeights: number[];
  attributions: AttributionTemplate[];
  claimants: Record<Side, ClaimantTemplate[]>;
  /** Killed figures stated in real claims (non-aggregate), to sample magnitudes from. */
  killed: number[];
  monthShare: number;
  approximateShare: number;
  multiDayShare: number;
  locations: { precision: LocationPrecision; uncertaintyKm: number }[];
  /** Share of incidents where PAK / AFG denied the event. */
  deniedShare: Record<'PAK' | 'AFG', number>;
}

interface RealClaim { side: Side; claimant: string; claimantType: string; group: string; killed: { n: number | null } | null; aggregate: boolean }
interface RealProps {
  type: IncidentType;
  parentId: string | null;
  datePrecision: string;
  start: string;
  end: string | null;
  locationPrecision: LocationPrecision;
  uncertaintyKm: number;
  claimedBy: { actors: ActorId[] } | null;
  blamedByPAK: { actors: ActorId[] } | null;
  blamedByAFG: { actors: ActorId[] } | null;
  claims: RealClaim[];
  stances: Partial<Record<Side, string>>;
}

const FALLBACK_CLAIMANT: Record<Side, ClaimantTemplate> = {
  PAK: { claimant: 'Pakistani government', claimantType: 'government', group: 'people' },
  AFG: { claimant: 'Afghan government', claimantType: 'government', group: 'people' },
  MILITANT: { claimant: 'militant group', claimantType: 'militant group', group: 'people' },
  INDEPENDENT: { claimant: 'independent monitor', claimantType: 'independent', group: 'people' },
};

/** Reads the mix from `root/geo/incidents.geojson`, or the flat fallback. */
export function loadMix(root: string): Mix {
  const path = `${root}/geo/incidents.geojson`;
  if (!existsSync(path)) return fallbackMix();
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: RealProps }[] };
  const counted = doc.features.map((f) => f.properties).filter((p) => p.parentId === null && p.type !== 'talks-ceasefire');
  if (counted.length === 0) return fallbackMix();
  const types = INCIDENT_TYPES.filter((t) => t !== 'talks-ceasefire');
  const claimants: Record<Side, ClaimantTemplate[]> = { PAK: [], AFG: [], MILITANT: [], INDEPENDENT: [] };
  const killed: number[] = [];
  for (const p of counted)
    for (const c of p.claims) {
      if (c.aggregate) continue;
      claimants[c.side].push({ claimant: c.claimant, claimantType: c.claimantType, group: c.group });
      if (c.killed?.n !== null && c.killed?.n !== undefined) killed.push(c.killed.n);
    }
  for (const side of Object.keys(claimants) as Side[]) if (claimants[side].length === 0) claimants[side].push(FALLBACK_CLAIMANT[side]);
  const share = (f: (p: RealProps) => boolean) => counted.filter(f).length / counted.length;
  return {
    source: 'geo/incidents.geojson',
    types,
    typeWeights: types.map((t) => counted.filter((p) => p.type === t).length),
    attributions: counted.map((p) => ({
      claimedBy: p.claimedBy?.actors ?? null,
      blamedByPAK: p.blamedByPAK?.actors ?? null,
      blamedByAFG: p.blamedByAFG?.actors ?? null,
    })),
    claimants,
    killed: killed.length > 0 ? killed : [1, 3, 5, 10, 20],
    monthShare: share((p) => p.datePrecision === 'month'),
    approximateShare: share((p) => p.datePrecision === 'approximate'),
    multiDayShare: share((p) => p.end !== null && p.end !== p.start),
    locations: counted.map((p) => ({ precision: p.locationPrecision, uncertaintyKm: p.uncertaintyKm })),
    deniedShare: { PAK: share((p) => p.stances.PAK === 'denied'), AFG: share((p) => p.stances.AFG === 'denied') },
  };
}

function fallbackMix(): Mix {
  const types = INCIDENT_TYPES.filter((t) => t !== 'talks-ceasefire');
  return {
    source: 'fallback (geo/incidents.geojson absent)',
    types,
    typeWeights: types.map(() => 1),
    attributions: [
      { claimedBy: ['TTP'], blamedByPAK: ['TTP'], blamedByAFG: null },
      { claimedBy: null, blamedByPAK: ['AFG_FORCES'], blamedByAFG: ['PAK_FORCES'] },
      { claimedBy: ['BLA'], blamedByPAK: ['BLA'], blamedByAFG: null },
      { claimedBy: null, blamedByPAK: null, blamedByAFG: null },
    ],
    claimants: { PAK: [FALLBACK_CLAIMANT.PAK], AFG: [FALLBACK_CLAIMANT.AFG], MILITANT: [FALLBACK_CLAIMANT.MILITANT], INDEPENDENT: [FALLBACK_CLAIMANT.INDEPENDENT] },
    killed: [1, 2, 3, 5, 8, 13, 20, 40],
    monthShare: 0.1,
    approximateShare: 0.05,
    multiDayShare: 0.1,
    locations: [{ precision: 'town', uncertaintyKm: 5 }, { precision: 'district', uncertaintyKm: 25 }, { precision: 'exact', uncertaintyKm: 0 }],
    deniedShare: { PAK: 0.05, AFG: 0.1 },
  };
}
