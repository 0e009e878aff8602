/**
 * The outline the door tests PAK/AFG incidents against: the committed module
 * is what `npm run build:region` writes, and it holds the two countries
 * (including what the old lon 60–75.5 / lat 23.5–38 box cut off) plus 50 km.
 */
import { booleanPointInPolygon, flatten, pointToLineDistance, polygonToLine, simplify } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection as TopoCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildRegionRing, regionShapeModule } from '../../scripts/region/buildRegionShape.ts';
import { inPakAfgRegion } from '../../src/data/validate/region.ts';

const require = createRequire(import.meta.url);

describe('the PAK/AFG outline', () => {
  it('is the committed src/data/validate/regionShape.ts, byte for byte', () => {
    const committed = readFileSync(new URL('../../src/data/validate/regionShape.ts', import.meta.url), 'utf8');
    expect(regionShapeModule(buildRegionRing())).toBe(committed);
  }, 60_000);

  it('holds Gilgit-Baltistan, northern Badakhshan, Karachi and Kabul', () => {
    expect([inPakAfgRegion(75.63, 35.3), inPakAfgRegion(70.8, 38.2), inPakAfgRegion(67.0, 24.86), inPakAfgRegion(69.17, 34.53)]).toEqual([true, true, true, true]);
  });

  it('holds a point in Iran 37 km from the border, not one 63 km from it', () => {
    expect([inPakAfgRegion(60.5, 31.3), inPakAfgRegion(60.2, 31.3)]).toEqual([true, false]);
  });

  it('agrees with turf on 300 random points: inside either country or within 48 km is in, past 57 km is out', () => {
    const topo = require('world-atlas/countries-10m.json') as Topology<{ countries: TopoCollection<{ name: string }> }>;
    const two = topoFeature(topo, topo.objects.countries).features.filter((f) => f.id === '004' || f.id === '586') as Feature<Polygon | MultiPolygon>[];
    // Edges simplified within 0.01° (~1 km, allowed for in the thresholds) so the test takes seconds.
    const edges = two.flatMap((f) => flatten(polygonToLine(simplify(f, { tolerance: 0.01 })) as Feature<LineString | MultiLineString>).features);
    const km = (p: [number, number]): number => Math.min(...edges.map((l) => pointToLineDistance(p, l, { units: 'kilometers' })));
    let seed = 3;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      const p: [number, number] = [58 + rnd() * 22, 22 + rnd() * 18];
      const ours = inPakAfgRegion(p[0], p[1]);
      if (two.some((f) => booleanPointInPolygon(p, f))) {
        if (!ours) wrong.push(`${p} inside a country`);
        continue;
      }
      const d = km(p);
      if ((d < 48 && !ours) || (d > 57 && ours)) wrong.push(`${p} at ${d.toFixed(1)} km`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('leaves out Delhi, Tehran, Dushanbe and Doha', () => {
    expect([inPakAfgRegion(77.21, 28.61), inPakAfgRegion(51.39, 35.69), inPakAfgRegion(68.78, 38.56), inPakAfgRegion(51.53, 25.29)]).toEqual([false, false, false, false]);
  });
});
