import { length, pointToLineDistance, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadBasemapLayers } from '../../scripts/basemap/loadLayers.ts';
import { containingProvince, deriveFacts, distanceToLineKm, provinceMatches, sideOfLine } from '../../src/domain/geo.ts';

// The committed Natural Earth 10m layers under geo/.
const layers = loadBasemapLayers();

const MIR_ALI = { lon: 70.27, lat: 32.97 };
const KABUL = { lon: 69.1723, lat: 34.5281 };
const URGUN = { lon: 69.1569, lat: 32.9006 };
const TORKHAM = { lon: 71.0847, lat: 34.1147 };
const PESHAWAR = { lon: 71.5785, lat: 34.008 };

describe('the Durand Line layer', () => {
  it('is one LineString of 580 vertices, 2,200–2,300 km long', () => {
    const g = layers.line.geometry;
    expect(g.type).toBe('LineString');
    expect(g.coordinates).toHaveLength(580);
    const km = length(layers.line, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2200);
    expect(km).toBeLessThan(2300);
  });

  it('runs from the Iran tripoint to the China tripoint', () => {
    const c = layers.line.geometry.coordinates;
    expect(c[0]?.[0]).toBeCloseTo(60.846, 2);
    expect(c[0]?.[1]).toBeCloseTo(29.858, 2);
    expect(c[c.length - 1]?.[0]).toBeCloseTo(74.544, 2);
    expect(c[c.length - 1]?.[1]).toBeCloseTo(37.021, 2);
  });
});

describe('deriveFacts with the Natural Earth 10m line', () => {
  it('puts Mir Ali on the Pakistani side, 20–40 km from the line, in Khyber Pakhtunkhwa (former FATA, merged)', () => {
    const f = deriveFacts(MIR_ALI, layers);
    expect(f.side).toBe('PAK');
    expect(f.distanceKm).toBeGreaterThan(20);
    expect(f.distanceKm).toBeLessThan(40);
    expect(f.province).toBe('Khyber Pakhtunkhwa');
  });

  it('puts Kabul on the Afghan side, 70–100 km from the line', () => {
    const f = deriveFacts(KABUL, layers);
    expect(f.side).toBe('AFG');
    expect(f.distanceKm).toBeGreaterThan(70);
    expect(f.distanceKm).toBeLessThan(100);
    expect(f.province).toBe('Kabul');
  });

  it('puts Urgun on the Afghan side, 15–35 km from the line, in Paktika', () => {
    const f = deriveFacts(URGUN, layers);
    expect(f.side).toBe('AFG');
    expect(f.distanceKm).toBeGreaterThan(15);
    expect(f.distanceKm).toBeLessThan(35);
    expect(f.province).toBe('Paktika');
  });

  it('puts Torkham within 3 km of the line', () => {
    expect(distanceToLineKm(TORKHAM.lon, TORKHAM.lat, layers.line)).toBeLessThan(3);
  });

  it('puts Peshawar in Khyber Pakhtunkhwa', () => {
    expect(containingProvince(PESHAWAR.lon, PESHAWAR.lat, layers.provinces)).toBe('Khyber Pakhtunkhwa');
  });

  it('gives no side or province for a point outside both countries (Doha)', () => {
    const f = deriveFacts({ lon: 51.531, lat: 25.2854 }, layers);
    expect(f.side).toBeNull();
    expect(f.province).toBeNull();
    expect(f.distanceKm).toBeGreaterThan(1000);
  });
});

describe('distanceToLineKm', () => {
  it('equals turf measuring the whole line, near and far from it', () => {
    const pts: [number, number][] = [[70.27, 32.97], [69.1723, 34.5281], [71.0847, 34.1147], [67.0104, 24.8608], [51.531, 25.2854], [73.5, 37.5]];
    for (const [lon, lat] of pts) {
      const whole = pointToLineDistance(point([lon, lat]), layers.line, { units: 'kilometers' });
      expect(distanceToLineKm(lon, lat, layers.line)).toBeCloseTo(whole, 9);
    }
  });
});

describe('sideOfLine', () => {
  it('agrees with the country each side of the line (Quetta PAK, Kandahar AFG)', () => {
    expect(sideOfLine(67.0014, 30.1841, layers.countries)).toBe('PAK');
    expect(sideOfLine(65.7101, 31.6133, layers.countries)).toBe('AFG');
  });

  it('gives null inside a third country (Iran, Zahedan)', () => {
    expect(sideOfLine(60.8629, 29.4963, layers.countries)).toBeNull();
  });
});

describe('provinceMatches', () => {
  it('matches any province of a multi-province wording', () => {
    expect(provinceMatches('Khyber Pakhtunkhwa / Kunar', 'Kunar')).toBe(true);
    expect(provinceMatches('Khost / Kunar / Paktika', 'Khost')).toBe(true);
    expect(provinceMatches('Khyber Pakhtunkhwa / Paktia-Khost', 'Khost')).toBe(true);
  });

  it('matches former names: FATA and NWFP are Khyber Pakhtunkhwa, Baluchistan is Balochistan', () => {
    expect(provinceMatches('FATA', 'Khyber Pakhtunkhwa')).toBe(true);
    expect(provinceMatches('Federally Administered Tribal Areas', 'Khyber Pakhtunkhwa')).toBe(true);
    expect(provinceMatches('N.W.F.P.', 'Khyber Pakhtunkhwa')).toBe(true);
    expect(provinceMatches('Baluchistan', 'Balochistan')).toBe(true);
    expect(provinceMatches('Paktya', 'Paktia')).toBe(true);
  });

  it('keeps hyphenated single names whole (Gilgit-Baltistan)', () => {
    expect(provinceMatches('Gilgit-Baltistan', 'Gilgit-Baltistan')).toBe(true);
  });

  it('rejects a different province', () => {
    expect(provinceMatches('Kandahar / Balochistan', 'Khyber Pakhtunkhwa')).toBe(false);
    expect(provinceMatches('Paktika', 'Khost')).toBe(false);
    expect(provinceMatches('Khyber Pakhtunkhwa', 'Punjab')).toBe(false);
  });

  it('rejects a stated province where no polygon contains the point', () => {
    expect(provinceMatches('Kabul', null)).toBe(false);
  });

  it('never disagrees with a statement of nothing', () => {
    expect(provinceMatches('not stated', null)).toBe(true);
    expect(provinceMatches('not stated', 'Kabul')).toBe(true);
  });
});
