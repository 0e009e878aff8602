/**
 * Distance to the Durand Line, computed for the one incident on screen when
 * its panel opens (never for the whole dataset at startup): the line is
 * fetched once from the bundled geo/ layer, then helper B's geo.ts measures.
 */
import { useEffect, useState } from 'react';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { distanceToLineKm } from '../../domain/geo.ts';
import { geoUrl } from '../../map/assets.ts';

let line: Promise<Feature<LineString> | null> | null = null;

function loadLine(): Promise<Feature<LineString> | null> {
  if (line === null) {
    const url = geoUrl('durand-line');
    line =
      url === undefined
        ? Promise.resolve(null)
        : fetch(url)
            .then((r) => r.json() as Promise<FeatureCollection<LineString>>)
            .then((fc) => fc.features[0] ?? null)
            .catch(() => null);
  }
  return line;
}

/** km from (lon, lat) to the Durand Line; null while loading or when unavailable. */
export function useDurandDistance(lon: number, lat: number): number | null {
  const [km, setKm] = useState<{ key: string; value: number | null } | null>(null);
  const key = `${lon},${lat}`;
  useEffect(() => {
    let live = true;
    void loadLine().then((l) => {
      if (live) setKm({ key, value: l === null ? null : distanceToLineKm(lon, lat, l) });
    });
    return () => {
      live = false;
    };
  }, [key, lon, lat]);
  return km !== null && km.key === key ? km.value : null;
}
