import { describe, expect, it } from 'vitest';
import { splitByBox } from '../../scripts/basemap/lineClip.ts';
import { placeRank } from '../../scripts/basemap/places.ts';
import { labelMinZoom } from '../../scripts/basemap/world.ts';
import { loadBasemapLayers } from '../../scripts/basemap/loadLayers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEO_DIR } from '../../scripts/basemap/loadLayers.ts';
import { REGION_BBOX, WORLD_BBOX } from '../../src/domain/mapExtent.ts';

describe('splitByBox', () => {
  it('cuts a line crossing a box into the part inside and the parts outside', () => {
    const { inside, outside } = splitByBox(
      [
        [0, 0],
        [4, 0],
      ],
      [1, -1, 3, 1],
    );
    expect(inside).toEqual([
      [
        [1, 0],
        [3, 0],
      ],
    ]);
    expect(outside).toEqual([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [3, 0],
        [4, 0],
      ],
    ]);
  });

  it('keeps a line wholly inside in one part', () => {
    const path = [
      [1.5, 0],
      [2, 0.5],
      [2.5, 0],
    ];
    expect(splitByBox(path, [1, -1, 3, 1])).toEqual({ inside: [path], outside: [] });
  });
});

describe('place ranks', () => {
  it('ranks national capitals, then provincial capitals, then cities by size', () => {
    expect([placeRank('PPLC', 601_600), placeRank('PPLA', 10_000), placeRank('PPLA2', 1_743_101), placeRank('PPL', 60_000), placeRank(null, null)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('ranks Islamabad and Kabul 0 and Quetta, Peshawar, Kandahar and Jalalabad 1 in the committed places', () => {
    const ranks = new Map(loadBasemapLayers().places.features.map((f) => [f.properties.name, f.properties.rank]));
    expect(['Islamabad', 'Kabul', 'Quetta', 'Peshawar', 'Kandahar', 'Jalalabad'].map((n) => ranks.get(n))).toEqual([0, 0, 1, 1, 1, 1]);
  });

  it('has Doha and Istanbul as the talks venues abroad', () => {
    const abroad = loadBasemapLayers().places.features.filter((f) => f.properties.kind === 'abroad').map((f) => f.properties.name);
    expect(abroad).toEqual(expect.arrayContaining(['Doha', 'Istanbul']));
  });
});

describe('the world layers', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(GEO_DIR, f), 'utf8')) as GeoJSON.FeatureCollection;

  it('draws names from the minimum zoom for the largest countries only', () => {
    expect([labelMinZoom(3_000_000), labelMinZoom(800_000), labelMinZoom(100_000), labelMinZoom(11_000), labelMinZoom(700)]).toEqual([2, 3, 4, 5, 6]);
  });

  it('labels Iran, India, Türkiye (Turkey in Natural Earth), Qatar and the Central Asian states', () => {
    const names = read('country-labels.geojson').features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Afghanistan', 'Pakistan', 'Iran', 'India', 'Turkey', 'Qatar', 'Turkmenistan', 'Uzbekistan', 'Tajikistan']));
  });

  it('keeps every world fill inside the world box and every border part on one side of the region edge', () => {
    const inBox = (p: GeoJSON.Position, b: number[]) => (p[0] as number) >= (b[0] as number) && (p[0] as number) <= (b[2] as number) && (p[1] as number) >= (b[1] as number) && (p[1] as number) <= (b[3] as number);
    for (const f of read('world.geojson').features) {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const r of rings) for (const p of r) expect(inBox(p, WORLD_BBOX)).toBe(true);
    }
    for (const f of read('borders.geojson').features) {
      const line = (f.geometry as GeoJSON.LineString).coordinates;
      const mid = line[Math.floor(line.length / 2)] as GeoJSON.Position;
      // 10m parts lie in the region, 50m parts outside it (their middle point tells the side).
      const strictlyIn = (mid[0] as number) > REGION_BBOX[0] && (mid[0] as number) < REGION_BBOX[2] && (mid[1] as number) > REGION_BBOX[1] && (mid[1] as number) < REGION_BBOX[3];
      if (line.length > 2) expect(strictlyIn, JSON.stringify(mid)).toBe(f.properties?.scale === '10m');
    }
  });
});
