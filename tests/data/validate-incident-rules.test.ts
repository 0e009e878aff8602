/**
 * One test per incident rule (schema and domain rules of incident files):
 * each builds a broken incident from a valid one and asserts the exact line.
 */
import { describe, expect, it } from 'vitest';
import { checkIncidentFeature } from '../../src/data/validate/incidentRules.ts';
import { collection, incident, incidentProps, lines } from './validate-factories.ts';

describe('incident rules', () => {
  it('maps a schema enum violation to one line', () => {
    expect(lines(collection(incident({ country: 'XX' })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties.country: expected one of "PAK", "AFG", "QAT", "TUR", found "XX"',
    ]);
  });

  it('rejects a member the schema does not name', () => {
    expect(lines(collection(incident({ casualties: 3 })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties: expected only the members the schema names, found unknown member "casualties"',
    ]);
  });

  it('rejects a negative figure', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], killed: { n: -1, max: null, qualifier: null } }];
    expect(lines(collection(incident({ claims })))).toEqual(['f.geojson: feature mir-ali-2025-06-28: properties.claims[0].killed.n: expected a number ≥ 0, found -1']);
  });

  it('rejects a fractional figure', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], injured: { n: 2.5, max: null, qualifier: null } }];
    expect(lines(collection(incident({ claims })))).toEqual(['f.geojson: feature mir-ali-2025-06-28: properties.claims[0].injured.n: expected an integer, found 2.5']);
  });

  it('rejects a duplicate id', () => {
    expect(lines(collection(incident(), incident()))).toEqual(['f.geojson: feature #1: properties.id: expected an id no other feature has, found "mir-ali-2025-06-28", also used by feature #0']);
  });

  it('rejects a date that is not on the calendar', () => {
    expect(lines(collection(incident({ start: '2025-02-30' })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"',
    ]);
  });

  it('rejects an end before the start', () => {
    expect(lines(collection(incident({ start: '2025-06-28', end: '2025-06' })))).toEqual([]);
    expect(lines(collection(incident({ start: '2025-06-28', end: '2025-05-31' })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties.end: expected an end on or after the start 2025-06-28, found "2025-05-31"',
    ]);
  });

  it('rejects a Pakistani event outside the region, not talks abroad', () => {
    expect(lines(collection(incident({ country: 'QAT', province: 'not stated' }, [51.53, 25.29])))).toEqual([]);
    expect(lines(collection(incident({}, [51.53, 25.29])))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: geometry.coordinates: expected a point in Pakistan or Afghanistan or within 50 km of them, for an event in PAK, found [51.53, 25.29]',
    ]);
  });

  it('rejects a claim whose source is not among the sources', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], sourceRef: 's9' }];
    expect(lines(collection(incident({ claims })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties.claims[0].sourceRef: expected the ref of one of this incident\'s sources (s1), found "s9"',
    ]);
  });

  it('rejects a range whose maximum is below its minimum', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], killed: { n: 18, max: 16, qualifier: null } }];
    expect(lines(collection(incident({ claims })))).toEqual(['f.geojson: feature mir-ali-2025-06-28: properties.claims[0].killed.max: expected a maximum ≥ n (18), found 16']);
  });

  it('refuses a best estimate outside its range in bundled data (plausibility is an error there)', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], killed: { n: 3, max: 5, qualifier: null, best: 7 } }];
    expect(lines(collection(incident({ claims })))).toEqual(['f.geojson: feature mir-ali-2025-06-28: properties.claims[0].killed.best: expected a best estimate within n–max (3–5), found 7']);
  });

  it('warns for a best estimate outside its range where plausibility is a warning (imports), and keeps the incident', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], killed: { n: 4, max: null, qualifier: null, best: 3 } }];
    const v = checkIncidentFeature(incident({ claims }), 'record 9', { plausibility: 'warning' });
    expect(v.feature?.properties.claims[0]?.killed).toEqual({ n: 4, max: null, qualifier: null, best: 3 });
    expect(v.problems.map((p) => [p.severity, p.where, p.field, p.expected, p.found])).toEqual([
      ['warning', 'record 9', 'properties.claims[0].killed.best', 'a best estimate at least n (4)', '3'],
    ]);
  });

  it('parses a claim object shared by several incidents once, with the same verdicts as a whole parse', () => {
    const checked = new WeakSet<object>();
    const good = (incidentProps().claims as object[])[0]!;
    const bad = { ...good, killed: { n: -1, max: null, qualifier: null } };
    const whole = (raw: object) => checkIncidentFeature(raw, 'record 2').problems;
    const apart = (raw: object) => checkIncidentFeature(raw, 'record 2', { checkedClaims: checked }).problems;
    const a = incident({ claims: [good, bad] });
    expect(apart(a)).toEqual(whole(a));
    expect(apart(a).map((p) => p.field)).toEqual(['properties.claims[1].killed.n']);
    expect([checked.has(good), checked.has(bad)]).toEqual([true, false]);
    const b = incident({ claims: [good], country: 'XX' });
    expect(apart(b)).toEqual(whole(b));
    expect(checkIncidentFeature(incident({ claims: [good] }), 'record 3', { checkedClaims: checked }).feature?.properties.claims[0]).toBe(good);
  });

  it('keeps a best estimate within its range without a word', () => {
    const claims = [{ ...(incidentProps().claims as object[])[0], killed: { n: 43, max: 62, qualifier: null, best: 59 } }];
    expect(lines(collection(incident({ claims })))).toEqual([]);
  });

  it('rejects a parent id that no incident has', () => {
    expect(lines(collection(incident({ parentId: 'nowhere' })))).toEqual([
      'f.geojson: feature mir-ali-2025-06-28: properties.parentId: expected the id of an incident in this file, found "nowhere"',
    ]);
  });

  it('warns where the containing province differs from the stated one', () => {
    const province = (): { matches: boolean; containing: string } => ({ matches: false, containing: 'Paktika' });
    expect(lines(collection(incident()), { province })).toEqual([
      'f.geojson: warning: feature mir-ali-2025-06-28: properties.province: expected the province containing the point (Paktika), found "Khyber Pakhtunkhwa"',
    ]);
  });
});

describe('incident files with a structural error', () => {
  it('still checks the other incidents, and reports the broken one once', () => {
    const broken = { ...incident({ id: 'broken-one' }), geometry: { type: 'Point', coordinates: [70] } };
    expect(lines(collection(broken, incident({ start: '2025-02-30' })))).toEqual([
      'f.geojson: feature broken-one: geometry.coordinates: expected a position of at least 2 numbers, found [70]',
      'f.geojson: feature mir-ali-2025-06-28: properties.start: expected a calendar date (YYYY-MM-DD or YYYY-MM), found "2025-02-30"',
    ]);
  });
});
