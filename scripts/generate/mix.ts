/**
 * The real data's mix, read from geo/incidents.geojson (helper A's file), so
 * synthetic data has the same shares of types, attributions, precisions and
 * claimants. Where that file is absent a flat fallback is used and said so.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AttributionT, SideAttributionT } from '../../src/data/schema.ts';
import { INCIDENT_TYPES, type AttributingSide, type Category, type IncidentType, type LocationPrecision, type RecordKind, type Side } from '../../src/domain/vocab.ts';

/** Who claimed it and each side's responsible actors and targets, as the real data has them. */
export interface AttributionTemplate {
  claimedBy: AttributionT | null;
  attribution: Record<AttributingSide, SideAttributionT>;
}

/** A claimant as the real data names it. */
export interface ClaimantTemplate {
  claimant: string;
  claimantType: string;
  group: string;
  categories: Category[];
  notBrokenDown: boolean;
  recordKind: RecordKind;
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

interface RealClaim extends ClaimantTemplate { side: Side; killed: { n: number | null } | null; aggregate: boolean; noneReported: boolean }
interface RealProps {
  type: IncidentType;
  parentId: string | null;
  datePrecision: string;
  start: string;
  end: string | null;
  locationPrecision: LocationPrecision;
  uncertaintyKm: number;
  claimedBy: AttributionT | null;
  attribution: Record<AttributingSide, SideAttributionT>;
  claims: RealClaim[];
  stances: Partial<Record<Side, string>>;
}

const FALLBACK_CLAIMANT: Record<Side, ClaimantTemplate> = {
  PAK: { claimant: 'Pakistani government', claimantType: 'government', group: 'civilians', categories: ['CIVILIANS'], notBrokenDown: false, recordKind: 'on-record' },
  AFG: { claimant: 'Afghan government', claimantType: 'government', group: 'civilians', categories: ['CIVILIANS'], notBrokenDown: false, recordKind: 'on-record' },
  MILITANT: { claimant: 'militant group', claimantType: 'militant group', group: 'security forces', categories: ['PAK_SECURITY'], notBrokenDown: false, recordKind: 'on-record' },
  INDEPENDENT: { claimant: 'independent monitor', claimantType: 'independent', group: 'civilians', categories: ['CIVILIANS'], notBrokenDown: false, recordKind: 'publisher' },
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
      if (c.aggregate || c.categories.length === 0) continue;
      claimants[c.side].push({ claimant: c.claimant, claimantType: c.claimantType, group: c.group, categories: c.categories, notBrokenDown: c.notBrokenDown, recordKind: c.recordKind });
      if (c.killed?.n !== null && c.killed?.n !== undefined) killed.push(c.killed.n);
    }
  for (const side of Object.keys(claimants) as Side[]) if (claimants[side].length === 0) claimants[side].push(FALLBACK_CLAIMANT[side]);
  const share = (f: (p: RealProps) => boolean) => counted.filter(f).length / counted.length;
  return {
    source: 'geo/incidents.geojson',
    types,
    typeWeights: types.map((t) => counted.filter((p) => p.type === t).length),
    attributions: counted.map((p) => ({ claimedBy: p.claimedBy, attribution: p.attribution })),
    claimants,
    killed: killed.length > 0 ? killed : [1, 3, 5, 10, 20],
    monthShare: share((p) => p.datePrecision === 'month'),
    approximateShare: share((p) => p.datePrecision === 'approximate'),
    multiDayShare: share((p) => p.end !== null && p.end !== p.start),
    locations: counted.map((p) => ({ precision: p.locationPrecision, uncertaintyKm: p.uncertaintyKm })),
    deniedShare: { PAK: share((p) => p.stances.PAK === 'denied'), AFG: share((p) => p.stances.AFG === 'denied') },
  };
}

const NOBODY: SideAttributionT = { responsible: null, targets: null };
const actors = (a: AttributionT['actors'][number]): AttributionT => ({ wording: a, actors: [a] });

function fallbackMix(): Mix {
  const types = INCIDENT_TYPES.filter((t) => t !== 'talks-ceasefire');
  return {
    source: 'fallback (geo/incidents.geojson absent)',
    types,
    typeWeights: types.map(() => 1),
    attributions: [
      { claimedBy: actors('TTP'), attribution: { PAK: { responsible: actors('TTP'), targets: null }, AFG: NOBODY } },
      { claimedBy: null, attribution: { PAK: { responsible: actors('AFG_FORCES'), targets: null }, AFG: { responsible: actors('PAK_FORCES'), targets: null } } },
      { claimedBy: actors('BLA'), attribution: { PAK: { responsible: actors('BLA'), targets: null }, AFG: NOBODY } },
      { claimedBy: null, attribution: { PAK: NOBODY, AFG: NOBODY } },
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
