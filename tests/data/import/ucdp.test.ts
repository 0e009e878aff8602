/**
 * The real UCDP GED exports of ../shared/corpora/ucdp: both dialects import
 * every event, with the report naming each record it did not take as given.
 */
import { describe, expect, it } from 'vitest';
import { crossFileMerges, unionLayers } from '../../../src/data/import/union.ts';
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

  it('keeps each group as a row by UCDP GED and the total low / best / high in words', () => {
    const i = hdx!.incidents.find((x) => x.id === 'ucdp-ged-55992')!;
    expect(i.claims.map((c) => [c.side, c.claimant, c.group, c.killed?.n])).toEqual([
      ['INDEPENDENT', 'UCDP GED', 'Government of Pakistan (side A)', 0],
      ['INDEPENDENT', 'UCDP GED', 'TTP (side B)', 5],
      ['INDEPENDENT', 'UCDP GED', 'civilians', 0],
      ['INDEPENDENT', 'UCDP GED', 'unknown', 0],
    ]);
    expect(i.notes).toContain('UCDP GED total killed: low 5, best 5, high left out (below low)');
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

  it('keeps a best estimate outside low–high, with a warning', () => {
    const w = tool!.report.warnings.find((x) => x.id === 'ucdp-ged-51811');
    expect(w).toMatchObject({ record: 31, line: 35, field: 'best', found: '2', expected: 'a number within low–high (1–1); kept as given' });
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
