import { describe, expect, it } from 'vitest';
import { csvHeader, incidentsCsv } from '../../../src/domain/export/csv.ts';
import { csvCell } from '../../../src/domain/export/csvText.ts';
import { exportFileName } from '../../../src/domain/export/fileName.ts';
import { claim, incident } from '../logicFactories.ts';

/** Splits our CSV (no line breaks inside the cells used here) into header and rows of cells. */
function table(text: string): { header: string[]; rows: string[][] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  const split = (l: string) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.slice(0, -1).map((c) => c.replace(/,$/, '')) ?? [];
  const [h, ...rows] = lines;
  return { header: split(h ?? ''), rows: rows.map(split) };
}

const headline = (_i: unknown, side: string) => (side === 'PAK' ? '13 killed' : 'no claim');

describe('CSV export', () => {
  const a = incident({ id: 'a', claims: [claim({ claimant: 'ISPR' }), claim({ side: 'AFG', claimant: 'Mujahid', killed: null })] });
  const b = incident({ id: 'b', claims: [] });
  const c = incident({ id: 'c', claims: [claim({ claimant: 'AFP' })] });

  it('has one row per claim plus one per incident without a claim', () => {
    const { header, rows } = table(incidentsCsv([a, b, c], headline));
    expect(header).toEqual(csvHeader());
    expect(rows).toHaveLength(4);
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col('incident_id')])).toEqual(['a', 'a', 'b', 'c']);
    expect(rows.map((r) => r[col('claimant')])).toEqual(['ISPR', 'Mujahid', '', 'AFP']);
    expect(rows.map((r) => r[col('headline_PAK_all_killed')])).toEqual(['13 killed', '13 killed', '13 killed', '13 killed']);
    // No figure is an empty cell, never 0.
    expect(rows[1]?.[col('killed')]).toBe('');
    expect(rows[0]?.[col('killed')]).toBe('1');
    expect(rows[0]?.[col('source_url')]).toBe('https://example.org/');
  });

  it('keeps whose dead, the record kind, the marks and claimed kills per claim, and stances and attribution per incident', () => {
    const i = incident({
      id: 'k',
      claimedBy: { wording: 'TTP claimed it', actors: ['TTP'] },
      attribution: {
        PAK: { responsible: { wording: 'Pakistan blames the TTP', actors: ['TTP'] }, targets: null },
        AFG: { responsible: null, targets: { wording: 'TTP hideouts', targets: ['TTP'] } },
      },
      claims: [
        claim({ claimant: 'ISPR', categories: ['PAK_SECURITY'] }),
        claim({ claimant: 'ISPR', categories: ['AFG_FORCES', 'MILITANTS'], notBrokenDown: true, killed: { n: 200, max: null, qualifier: 'over' } }),
        claim({ side: 'AFG', claimant: 'Security sources', recordKind: 'anonymous', categories: ['PAK_SECURITY'], superseded: true, partial: 'Khost only' }),
      ],
    });
    const { header, rows } = table(incidentsCsv([i], headline, 'Pakistani security forces'));
    const cell = (r: number, name: string) => {
      expect(header).toContain(name);
      return rows[r]?.[header.indexOf(name)];
    };
    expect(header).toContain('headline_AFG_pakistani_security_forces');
    expect(rows.map((_, r) => cell(r, 'categories'))).toEqual(['Pakistani security forces', 'Afghan forces; Militants and attackers', 'Pakistani security forces']);
    expect(rows.map((_, r) => cell(r, 'claimed_kill'))).toEqual(['false', 'true', 'true']);
    expect(rows.map((_, r) => cell(r, 'record_kind'))).toEqual(['on-record', 'on-record', 'anonymous']);
    expect(rows.map((_, r) => cell(r, 'superseded'))).toEqual(['false', 'false', 'true']);
    expect(rows.map((_, r) => cell(r, 'partial'))).toEqual(['', '', 'Khost only']);
    expect(cell(1, 'not_broken_down')).toBe('true');
    expect(cell(1, 'killed_qualifier')).toBe('over');
    expect(cell(0, 'stance_PAK')).toBe('figures-on-record');
    expect(cell(0, 'stance_AFG')).toBe('figures-anonymous');
    expect(cell(0, 'stance_INDEPENDENT')).toBe('no-statement');
    expect(cell(0, 'claimed_by')).toBe('TTP');
    expect(cell(0, 'responsible_PAK')).toBe('TTP');
    expect(cell(0, 'responsible_AFG')).toBe('');
    expect(cell(0, 'targets_AFG')).toBe('TTP');
    expect(cell(0, 'targets_AFG_wording')).toBe('TTP hideouts');
  });

  it.each(['=', '+', '-', '@'])('neutralises a cell beginning with %s', (ch) => {
    const i = incident({ id: 'x', title: `${ch}HYPERLINK("http://evil")`, claims: [claim({ claimant: `${ch}1+1` })] });
    const { header, rows } = table(incidentsCsv([i], headline));
    expect(rows[0]?.[header.indexOf('title')]).toBe(`"'${ch}HYPERLINK(""http://evil"")"`);
    expect(rows[0]?.[header.indexOf('claimant')]).toBe(`'${ch}1+1`);
  });

  it('gives a best estimate its own column, marks a statement total and lists the parties a publisher names', () => {
    const parties = [
      { role: 'side A', wording: 'Government of Pakistan', actors: ['PAK_FORCES' as const] },
      { role: 'side B', wording: 'TTP', actors: ['TTP' as const] },
    ];
    const u = incident({
      id: 'ucdp-ged-57989',
      claims: [
        claim({ side: 'INDEPENDENT', claimant: 'UCDP GED', killed: { n: 51, max: null, qualifier: null }, parties }),
        claim({ side: 'INDEPENDENT', claimant: 'UCDP GED', killed: { n: 43, max: 62, qualifier: null, best: 59 }, total: true, parties }),
      ],
    });
    const { header, rows } = table(incidentsCsv([u, a], headline));
    const cells = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(cells('killed')).toEqual(['51', '43', '1', '']);
    expect(cells('killed_max')).toEqual(['', '62', '', '']);
    expect(cells('killed_best')).toEqual(['', '59', '', '']);
    expect(cells('statement_total')).toEqual(['false', 'true', 'false', 'false']);
    expect(cells('parties_wording')).toEqual(['side A: Government of Pakistan; side B: TTP', 'side A: Government of Pakistan; side B: TTP', '', '']);
    expect(cells('parties_actors')).toEqual(['Pakistani armed forces; TTP', 'Pakistani armed forces; TTP', '', '']);
  });

  it('quotes commas, quotes and line breaks; leaves plain text alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Mīrān Shāh')).toBe('Mīrān Shāh');
    expect(csvCell(null)).toBe('');
  });

  it('names the file by window, view and Count', () => {
    expect(exportFileName({ window: { start: '2025-10-01', end: '2025-10-31' }, view: 'COMPARE', count: 'All killed' }, 'csv')).toBe(
      'durand-atlas_2025-10-01_2025-10-31_compare_all-killed.csv',
    );
    expect(exportFileName({ window: { start: '2021-11-09', end: '2025-12-31' }, view: 'PAK' }, 'png', '2x')).toBe('durand-atlas_2021-11-09_2025-12-31_pak_2x.png');
  });
});
