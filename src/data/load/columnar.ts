/**
 * A dataset of compact rows held as typed columns, not objects: days,
 * positions, type/country codes, indices into the header's shared tables
 * (regions, locations, attributions, claimants) and each row's claims as
 * triples in one Int32Array. An Incident is built from its row only when
 * asked (incidentAt), through the same decoder the validator's output is
 * tested against, and kept in a small cache; a million rows cost about 70
 * bytes each instead of an object graph of ~1 KB.
 */
import { incidentDays } from '../../domain/filters.ts';
import type { Dataset, DatasetCodes } from '../../domain/dataset.ts';
import type { DatasetColumns } from '../../domain/timeIndex.ts';
import type { Incident } from '../../domain/types.ts';
import { COUNTRIES, INCIDENT_TYPES } from '../../domain/vocab.ts';
import { compactId, rowDecoder, type CompactClaim, type CompactHeaderT, type CompactRow } from './compact.ts';

/** Incidents kept decoded (direct-mapped by index: the list's rows, the panel, the tooltip). */
const CACHE = 1024;
const TALKS = INCIDENT_TYPES.indexOf('talks-ceasefire');

/** Fills the columns row by row (batch by batch, as the worker sends them), then hands over the dataset. */
export class ColumnarBuilder {
  private n = 0;
  private cap: number;
  private nClaims = 0;
  /** Distinct (start, end) pairs: a million rows share a few thousand. */
  private readonly spanIx = new Map<string, number>();
  private readonly spans: { start: string; end: string | null; days: [number, number] }[] = [];
  private readonly countryOfRegion: number[];
  private c;

  constructor(private readonly header: CompactHeaderT, reserve = 1024) {
    this.cap = Math.max(16, reserve);
    this.c = this.alloc(this.cap);
    this.countryOfRegion = header.regions.map((r) => COUNTRIES.indexOf(r.country));
  }

  private alloc(cap: number) {
    return {
      row: new Int32Array(cap),
      span: new Uint32Array(cap),
      start: new Int32Array(cap),
      end: new Int32Array(cap),
      counted: new Uint8Array(cap),
      lon: new Float64Array(cap),
      lat: new Float64Array(cap),
      datePrecision: new Uint8Array(cap),
      region: new Uint16Array(cap),
      location: new Uint16Array(cap),
      type: new Uint8Array(cap),
      country: new Uint8Array(cap),
      attribution: new Uint16Array(cap),
      denied: new Uint8Array(cap),
      uncertaintyKm: new Float32Array(cap),
      claimStart: new Uint32Array(cap + 1),
      claims: new Int32Array(cap * 6),
    };
  }

  private grow(): void {
    const old = this.c;
    this.cap = Math.max(16, this.cap * 2);
    const next = this.alloc(this.cap);
    for (const k of Object.keys(old) as (keyof typeof old)[]) if (k !== 'claims') next[k].set(old[k] as never);
    next.claims = old.claims;
    this.c = next;
  }

  /** Adds one checked row (see compact.ts checkRow and rowRules.ts). */
  add(r: CompactRow): void {
    if (this.n === this.cap) this.grow();
    const [n, lon, lat, start, end, dp, region, loc, type, att, claims, denied] = r;
    const c = this.c;
    const k = this.n;
    const key = end === null ? start : `${start}/${end}`;
    let s = this.spanIx.get(key);
    if (s === undefined) {
      s = this.spans.length;
      this.spans.push({ start, end, days: incidentDays({ start, end }) });
      this.spanIx.set(key, s);
    }
    const span = this.spans[s]!;
    c.row[k] = n;
    c.span[k] = s;
    c.start[k] = span.days[0];
    c.end[k] = span.days[1];
    // Compact rows never have a parent: only talks and ceasefires are left uncounted.
    c.counted[k] = type === TALKS ? 0 : 1;
    c.lon[k] = lon;
    c.lat[k] = lat;
    c.datePrecision[k] = dp;
    c.region[k] = region;
    c.location[k] = loc;
    c.type[k] = type;
    c.country[k] = this.countryOfRegion[region] ?? 0;
    c.attribution[k] = att;
    c.denied[k] = denied;
    const l = this.header.locations[loc]!;
    c.uncertaintyKm[k] = l.precision !== 'exact' ? l.uncertaintyKm : 0;
    if (this.nClaims + claims.length * 3 > c.claims.length) {
      const more = new Int32Array(Math.max(c.claims.length * 2, this.nClaims + claims.length * 3));
      more.set(c.claims.subarray(0, this.nClaims));
      c.claims = more;
    }
    for (const [who, killed, injured] of claims) {
      c.claims[this.nClaims++] = who;
      c.claims[this.nClaims++] = killed;
      c.claims[this.nClaims++] = injured;
    }
    c.claimStart[k + 1] = this.nClaims;
    this.n++;
  }

  /** Reserves room for n rows (the header's count). */
  reserve(n: number): void {
    while (this.cap < n) this.grow();
  }

  /** The dataset and the columns the time index takes, trimmed to the rows added. */
  done(): { dataset: Dataset; columns: DatasetColumns } {
    const n = this.n;
    const c = this.c;
    const cut = <T extends { slice(a: number, b: number): T }>(a: T): T => a.slice(0, n);
    const columns: DatasetColumns = { start: cut(c.start), end: cut(c.end), counted: cut(c.counted), lon: cut(c.lon), lat: cut(c.lat) };
    const codes: DatasetCodes = {
      type: cut(c.type),
      country: cut(c.country),
      attribution: cut(c.attribution),
      attributionSamples: this.header.attributions,
      uncertaintyKm: cut(c.uncertaintyKm),
      sectors: [],
    };
    const rows: Rows = {
      row: cut(c.row),
      span: cut(c.span),
      datePrecision: cut(c.datePrecision),
      region: cut(c.region),
      location: cut(c.location),
      denied: cut(c.denied),
      claimStart: c.claimStart.slice(0, n + 1),
      claims: c.claims.slice(0, this.nClaims),
    };
    // The growable arrays are copies now: let them go even if a caller keeps the builder.
    this.c = this.alloc(0);
    this.cap = 0;
    this.n = 0;
    this.nClaims = 0;
    return { dataset: columnarDataset(this.header, columns, codes, rows, this.spans), columns };
  }
}

/** What a row keeps beyond the dataset's columns and codes. */
interface Rows {
  row: Int32Array;
  span: Uint32Array;
  datePrecision: Uint8Array;
  region: Uint16Array;
  location: Uint16Array;
  denied: Uint8Array;
  claimStart: Uint32Array;
  claims: Int32Array;
}

function columnarDataset(h: CompactHeaderT, cols: DatasetColumns, codes: DatasetCodes, r: Rows, spans: readonly { start: string; end: string | null }[]): Dataset {
  const size = r.row.length;
  const decode = rowDecoder(h);
  const cachedAt = new Int32Array(CACHE).fill(-1);
  const cached: (Incident | undefined)[] = new Array<Incident | undefined>(CACHE);
  // Row numbers usually come in order (the generator writes them so): then an id is found by binary search.
  let sorted = true;
  for (let k = 1; k < size && sorted; k++) sorted = (r.row[k] as number) > (r.row[k - 1] as number);
  let byRow: Map<number, number> | null = null;
  const prefix = `${h.idPrefix}-`;

  const rowAt = (k: number): CompactRow => {
    const claims: CompactClaim[] = [];
    for (let j = r.claimStart[k] as number; j < (r.claimStart[k + 1] as number); j += 3) claims.push([r.claims[j] as number, r.claims[j + 1] as number, r.claims[j + 2] as number]);
    const span = spans[r.span[k] as number]!;
    return [r.row[k] as number, cols.lon[k] as number, cols.lat[k] as number, span.start, span.end, r.datePrecision[k] as number, r.region[k] as number, r.location[k] as number, codes.type[k] as number, codes.attribution[k] as number, claims, r.denied[k] as number];
  };

  const indexOfRow = (n: number): number => {
    if (sorted) {
      let lo = 0;
      let hi = size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = r.row[mid] as number;
        if (v === n) return mid;
        if (v < n) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    if (byRow === null) {
      byRow = new Map();
      for (let k = 0; k < size; k++) byRow.set(r.row[k] as number, k);
    }
    return byRow.get(n) ?? -1;
  };

  return {
    size,
    codes,
    incidentAt(k) {
      const slot = k & (CACHE - 1);
      if (cachedAt[slot] === k) return cached[slot] as Incident;
      const f = decode(rowAt(k));
      const inc = f.properties as Incident;
      inc.lon = f.geometry.coordinates[0];
      inc.lat = f.geometry.coordinates[1];
      cachedAt[slot] = k;
      cached[slot] = inc;
      return inc;
    },
    idAt: (k) => compactId(h.idPrefix, r.row[k] as number),
    indexOfId(id) {
      if (!id.startsWith(prefix)) return -1;
      const digits = id.slice(prefix.length);
      if (!/^\d+$/.test(digits)) return -1;
      const n = Number(digits);
      // Only the exact spelling compactId writes (zero-padded) is that row's id.
      if (!Number.isSafeInteger(n) || compactId(h.idPrefix, n) !== id) return -1;
      return indexOfRow(n);
    },
  };
}
