/**
 * The real UCDP GED exports of ../shared/corpora/ucdp: both dialects import
 * every event, with the report naming each record it did not take as given.
 */
import { describe, expect, it } from 'vitest';
import { crossFileMerges, unionLayers } from '../../../src/data/import/union.ts';
import { headline } from '../../../src/domain/headline.ts';
import { importCsv, readUcdp, skipNote, ucdpPresent, UCDP_HDX, UCDP_TOOL } from './helpers.ts';

describe.skipIf(!ucdpPresent)(`UCDP GED corpora${skipNote}`, async () => {
  const hdx = ucdpPresent ? await importCsv(readUcdp(UCDP_HDX), UCDP_HDX) : null;
  const tool = ucdpPresent ? await importCsv(readUcdp(UCDP_TOOL), UCDP_TOOL) : null;

  it('imports the 6,416 events of the HDX export (best/low/high, HXL row) and refuses none', () => {
    const r = hdx!.report;
    expect(r.format).toBe('UCDP GED (best/low/high)');
    expect([r.read, r.imported, r.merged, r.refused]).toEqual([6416, 6416, 0, 0]);
    expect(hdx!.incidents).toHaveLength(6416);
    expect(r.skipped).toEqual([{ record: 2, line: 2, id: null, reason: 'an HXL hashtag row (column tags, not data)' }]);
  });

  it('imports the 5,834 events of the download tool export (best_est, US dates, trailing comma)', () => {
    const r = tool!.report;
    expect(r.format).toBe('UCDP GED (download tool: best_est, US dates)');
    expect([r.read, r.imported, r.merged, r.refused]).toEqual([5834, 5834, 0, 0]);
  });

  it('keeps each group as a row by UCDP GED and the total as low / best / high beside them', () => {
    const i = hdx!.incidents.find((x) => x.id === 'ucdp-ged-57989')!;
    expect(i.claims.map((c) => [c.side, c.claimant, c.group, c.killed, c.total ?? false])).toEqual([
      ['INDEPENDENT', 'UCDP GED', 'Government of Pakistan (side A)', { n: 8, max: null, qualifier: null }, false],
      ['INDEPENDENT', 'UCDP GED', 'TTP (side B)', { n: 0, max: null, qualifier: null }, false],
      ['INDEPENDENT', 'UCDP GED', 'civilians', { n: 51, max: null, qualifier: null }, false],
      ['INDEPENDENT', 'UCDP GED', 'unknown', { n: 0, max: null, qualifier: null }, false],
      ['INDEPENDENT', 'UCDP GED', 'total (low, best, high)', { n: 43, max: 62, qualifier: null, best: 59 }, true],
    ]);
    // The total is never added to its groups: the headline is the groups' sum (UCDP's best), split by whose dead.
    const h = headline(i, 'INDEPENDENT', 'ALL');
    expect(h.kind === 'figures' && [h.killed, h.split.map((p) => p.group)]).toEqual([
      { n: 59, max: null, qualifier: null },
      ['Government of Pakistan (side A)', 'TTP (side B)', 'civilians', 'unknown'],
    ]);
  });

  it('gives low / best / high exactly for named events of both files', () => {
    const total = (list: typeof hdx, id: string) => list!.incidents.find((x) => x.id === id)!.claims.find((c) => c.total === true)!.killed;
    expect(total(hdx, 'ucdp-ged-53358')).toEqual({ n: 2, max: 5, qualifier: null, best: 3 });
    expect(total(hdx, 'ucdp-ged-57990')).toEqual({ n: 8, max: 18, qualifier: null, best: 11 });
    expect(total(tool, 'ucdp-ged-57990')).toEqual({ n: 8, max: 18, qualifier: null, best: 11 });
    // High below low (5, 5, 4): low and best kept, the upper end left out.
    expect(total(hdx, 'ucdp-ged-55992')).toEqual({ n: 5, max: null, qualifier: null, best: 5 });
  });

  it('reads US dates and ISO dates to the same day', () => {
    const a = hdx!.incidents.find((i) => i.id === 'ucdp-ged-51736')!;
    const b = tool!.incidents.find((i) => i.id === 'ucdp-ged-51736')!;
    expect([a.start, b.start]).toEqual(['1991-01-15', '1991-01-15']);
  });

  it('names records whose high lies below low by record number and the line they start on', () => {
    // id 55992 starts on line 1445 of the HDX file (quoted cells above it span several lines): low 5, best 5, high 4.
    const w = hdx!.report.warnings.find((x) => x.id === 'ucdp-ged-55992');
    expect(w).toEqual({ record: 973, line: 1445, id: 'ucdp-ged-55992', field: 'high', expected: 'a number ≥ low (5); the upper end is left out', found: '4' });
    expect(hdx!.report.warnings.filter((x) => x.field === 'high')).toHaveLength(137);
    expect(tool!.report.warnings.find((x) => x.id === 'ucdp-ged-51858')).toMatchObject({ record: 62, line: 104, field: 'high', found: '10' });
  });

  it("leaves out the download tool's 1753-01-01 placeholder source dates, with a warning", () => {
    const w = tool!.report.warnings.filter((x) => x.field === 'source_date');
    expect(w.map((x) => [x.record, x.id, x.found])).toEqual([
      [3850, 'ucdp-ged-67775', '"1753-01-01"'],
      [4049, 'ucdp-ged-150117', '"1753-01-01"'],
    ]);
    expect(tool!.incidents.find((i) => i.id === 'ucdp-ged-67775')!.sources[0]!.date).toBeNull();
  });

  it('cuts a long citation to a short source title and keeps it whole in the notes', () => {
    const i = hdx!.incidents.find((x) => x.id === 'ucdp-ged-58841')!;
    expect(i.sources[0]!.title.length).toBeLessThanOrEqual(201);
    expect(i.sources[0]!.title.endsWith('…')).toBe(true);
    expect(i.notes).toContain(`source: ${i.sources[0]!.title.slice(0, -1)}`);
  });

  it("keeps a best estimate outside low–high, with the data door's warning naming the record and the field", () => {
    const w = tool!.report.warnings.find((x) => x.id === 'ucdp-ged-51811');
    expect(w).toEqual({ record: 31, line: 35, id: 'ucdp-ged-51811', field: 'properties.claims[4].killed.best', expected: 'a best estimate within n–max (1–1)', found: '2' });
    expect(tool!.incidents.find((x) => x.id === 'ucdp-ged-51811')!.claims[4]!.killed).toEqual({ n: 1, max: 1, qualifier: null, best: 2 });
    // 56559: low 3, best 4, high 3; 192761: low 4, best 3, high 3 (the upper end left out, best below low).
    const best = hdx!.report.warnings.filter((x) => x.field === 'properties.claims[4].killed.best');
    expect(best).toHaveLength(104);
    expect(best.filter((x) => x.id === 'ucdp-ged-56559' || x.id === 'ucdp-ged-192761').map((x) => [x.id, x.expected, x.found])).toEqual([
      ['ucdp-ged-56559', 'a best estimate within n–max (3–3)', '4'],
      ['ucdp-ged-192761', 'a best estimate at least n (4)', '3'],
    ]);
    expect(tool!.report.warnings.filter((x) => x.field === 'properties.claims[4].killed.best')).toHaveLength(106);
  });

  it('keeps side_a / side_b as the statement\'s parties, with actor ids where they match the closed list', () => {
    const parties = (id: string) => hdx!.incidents.find((x) => x.id === id)!.claims.map((c) => c.parties);
    const p57989 = parties('ucdp-ged-57989');
    expect(p57989[0]).toEqual([
      { role: 'side A', wording: 'Government of Pakistan', actors: ['PAK_FORCES'] },
      { role: 'side B', wording: 'TTP', actors: ['TTP'] },
    ]);
    // Every row of the statement names the same parties.
    expect(p57989.every((p) => p === p57989[0])).toBe(true);
    expect(parties('ucdp-ged-187697')[0]).toEqual([
      { role: 'side A', wording: 'Government of United States of America', actors: [] },
      { role: 'side B', wording: 'al-Qaida', actors: [] },
    ]);
    expect(parties('ucdp-ged-133512')[0]).toEqual([
      { role: 'side A', wording: 'Government of Afghanistan', actors: [] },
      { role: 'side B', wording: 'Taleban', actors: ['AFG_FORCES'] },
    ]);
    // UCDP names parties without saying who did what: no side's attribution is set.
    const i = hdx!.incidents.find((x) => x.id === 'ucdp-ged-57989')!;
    expect([i.attribution, i.claimedBy]).toEqual([{ PAK: { responsible: null, targets: null }, AFG: { responsible: null, targets: null } }, null]);
  });

  it('gives 6,420 distinct events for both files, the 5,830 shared ids merged with their differing fields listed', () => {
    const layers = [
      { name: UCDP_HDX, incidents: hdx!.incidents },
      { name: UCDP_TOOL, incidents: tool!.incidents },
    ];
    const u = unionLayers(layers);
    expect(u.incidents).toHaveLength(6420);
    expect(u.counts).toEqual([
      { shown: 6416, shadowed: 0 },
      { shown: 4, shadowed: 5830 },
    ]);
    expect(u.incidents.filter((_, k) => u.layerOf[k] === 1).map((i) => i.id).sort()).toEqual(['ucdp-ged-258780', 'ucdp-ged-53301', 'ucdp-ged-59413', 'ucdp-ged-61689']);
    const merges = crossFileMerges(layers.slice(0, 1), tool!.incidents);
    expect(merges).toHaveLength(5830);
    expect(merges.every((m) => m.keptFrom === UCDP_HDX)).toBe(true);
    // 51736: the HDX file writes "Neelam district", the download tool "Neelam District".
    expect(merges.find((m) => m.id === 'ucdp-ged-51736')?.fields).toContain('district');
    // Removing the first layer hands every event to the second.
    expect(unionLayers(layers.slice(1)).incidents.find((i) => i.id === 'ucdp-ged-51736')?.district).toBe('Neelam District');
  });
});
