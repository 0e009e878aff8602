/**
 * ACLED-shaped and generic CSV files (synthetic test rows, not events), and
 * refusals named by record number, line and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDialect, genericDialect } from '../../../src/data/import/csvImport.ts';
import { guessMapping } from '../../../src/data/import/generic.ts';
import { reportCsv } from '../../../src/data/import/report.ts';
import { importCsv, readUcdp, skipNote, ucdpPresent, UCDP_HDX } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('ACLED-shaped CSV', async () => {
  const { incidents, report } = await importCsv(fixture('acled-shaped.csv'), 'acled-shaped.csv');

  it('is recognised as ACLED and imports three rows, refusing the fourth', () => {
    expect(report.format).toBe('ACLED');
    expect([report.read, report.imported, report.refused]).toEqual([4, 3, 1]);
    expect(incidents.map((i) => i.id)).toEqual(['acled-test1', 'acled-test2', 'acled-test3']);
  });

  it('turns time_precision and geo_precision into date and location precisions', () => {
    const [a, b, c] = incidents;
    expect([a!.start, a!.datePrecision, a!.locationPrecision, a!.uncertaintyKm]).toEqual(['2024-03-16', 'day', 'town', 3]);
    expect([b!.start, b!.datePrecision, b!.locationPrecision, b!.uncertaintyKm]).toEqual(['2024-04-16', 'approximate', 'approximate', 25]);
    expect([c!.start, c!.datePrecision, c!.locationPrecision, c!.uncertaintyKm]).toEqual(['2024-05', 'month', 'representative', 50]);
  });

  it('types by the reviewed mapping, "other" where nothing fits (a protest)', () => {
    expect(incidents.map((i) => i.type)).toEqual(['armed-clash', 'airstrike', 'other']);
  });

  it('keeps fatalities as one INDEPENDENT figure by ACLED, zero stated as zero', () => {
    expect(incidents[0]!.claims.map((c) => [c.side, c.claimant, c.killed?.n])).toEqual([['INDEPENDENT', 'ACLED', 7]]);
    expect(incidents[1]!.claims.map((c) => c.killed?.n)).toEqual([0]);
  });

  it("keeps actor1 / actor2 as wording with actor ids, and sets no side's responsible or targets (ACLED implies no direction)", () => {
    expect(incidents.map((i) => i.claims[0]!.parties)).toEqual([
      [
        { role: 'actor 1', wording: 'TTP: Tehreek-i-Taliban Pakistan', actors: ['TTP'] },
        { role: 'actor 2', wording: 'Military Forces of Pakistan (2018-)', actors: ['PAK_FORCES'] },
      ],
      [{ role: 'actor 1', wording: 'Military Forces of Pakistan (2018-)', actors: ['PAK_FORCES'] }],
      [{ role: 'actor 1', wording: 'Protesters (Pakistan)', actors: [] }],
    ]);
    expect(incidents.map((i) => [i.attribution.PAK, i.attribution.AFG, i.claimedBy])).toEqual(
      incidents.map(() => [{ responsible: null, targets: null }, { responsible: null, targets: null }, null]),
    );
    // Its one figure is the statement itself, not a total beside groups.
    expect(incidents[0]!.claims[0]!.total).toBeUndefined();
  });

  it('names every bad field of the refused record, with record number and line', () => {
    expect(report.refusals.map((p) => [p.record, p.line, p.id, p.field])).toEqual([
      [5, 5, 'TEST4', 'event_date'],
      [5, 5, 'TEST4', 'geo_precision'],
      [5, 5, 'TEST4', 'longitude'],
      [5, 5, 'TEST4', 'fatalities'],
    ]);
    expect(report.refusals[0]).toMatchObject({ expected: 'a date YYYY-MM-DD or "15 January 2023"', found: '"2024-02-30"' });
  });
});

describe('generic CSV with mapped columns', async () => {
  const header = ['When', 'Lat', 'Lon', 'What', 'Dead', 'Notes'];
  it('is not a known dialect, and a first mapping guess is offered', () => {
    expect(detectDialect(header)).toBeNull();
    expect(guessMapping(['Date', 'lat', 'Longitude', 'Name', 'Deaths'])).toEqual({ date: 'Date', latitude: 'lat', longitude: 'Longitude', title: 'Name', killed: 'Deaths', country: null });
  });

  const mapping = { date: 'When', latitude: 'Lat', longitude: 'Lon', title: 'What', killed: 'Dead', country: null };
  const countryOf = (lon: number) => (lon > 70 ? ('PAK' as const) : ('AFG' as const));
  const { incidents, report } = await importCsv(fixture('generic.csv'), 'my events.csv', { dialect: genericDialect(mapping), countryOf });

  it('imports mapped rows with day and month precision, the file named as the source', () => {
    expect([report.read, report.imported, report.refused]).toEqual([3, 2, 1]);
    expect(incidents.map((i) => [i.id, i.start, i.datePrecision, i.locationPrecision, i.country])).toEqual([
      ['file-my-events-2', '2024-03-16', 'day', 'approximate', 'PAK'],
      ['file-my-events-3', '2024-03', 'month', 'approximate', 'AFG'],
    ]);
    expect(incidents[0]!.sources.map((s) => [s.publisher, s.url])).toEqual([['my events.csv', null]]);
    expect(incidents[0]!.claims.map((c) => [c.side, c.killed?.n])).toEqual([['INDEPENDENT', 3]]);
  });

  it('gives no figure where the killed cell is empty (never 0)', () => {
    expect(incidents[1]!.claims).toEqual([]);
  });

  it('refuses a date that is no calendar date, naming the column', () => {
    expect(report.refusals).toEqual([{ record: 4, line: 4, id: null, field: 'When', expected: 'a date YYYY-MM-DD or YYYY-MM', found: '"2024-13-01"' }]);
  });
});

describe.skipIf(!ucdpPresent)(`UCDP records that break the rules${skipNote}`, async () => {
  // The HDX header, its HXL row and three real records, with cells broken on purpose.
  const lines = readUcdp(UCDP_HDX).split('\r\n');
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const breakCell = (line: string, name: string, value: string) => {
    const cells = line.split(',');
    cells[col(name)] = value;
    return cells.join(',');
  };
  const records = [lines[2]!, lines[4]!]; // ids 59553 and 51736: rows without quoted commas
  const broken = [
    breakCell(records[0]!, 'date_start', '1990-02-30 00:00:00.000'),
    breakCell(breakCell(records[1]!, 'latitude', '95'), 'deaths_b', '-1'),
    records[0]!,
    breakCell(records[0]!, 'adm_2', 'Another district'),
  ];
  const text = [lines[0], lines[1], ...broken, ''].join('\r\n');
  const { report } = await importCsv(text, 'broken.csv');

  it('refuses each bad record by record number (header = 1), line and field; merges the repeated id', () => {
    expect(report.refusals.map((p) => [p.record, p.line, p.field, p.found])).toEqual([
      [3, 3, 'date_start', '"1990-02-30 00:00:00.000"'],
      [4, 4, 'latitude', '"95"'],
      [4, 4, 'deaths_b', '"-1"'],
    ]);
    expect([report.read, report.imported, report.refused, report.merged]).toEqual([4, 1, 2, 1]);
    expect(report.merges).toEqual([{ record: 6, line: 6, id: 'ucdp-ged-59553', keptFrom: 'record 5', fields: ['district'] }]);
  });

  it('downloads as CSV with one line per refused field', () => {
    const csv = reportCsv([report]).trim().split('\n');
    expect(csv[0]).toBe('file,kind,record,line,id,field,expected,found');
    expect(csv.filter((l) => l.startsWith('"broken.csv","refused"'))).toHaveLength(3);
    expect(csv.filter((l) => l.startsWith('"broken.csv","merged"'))).toEqual(['"broken.csv","merged",6,6,"ucdp-ged-59553","district","kept from record 5","1 field differs"']);
    expect(csv[2]).toBe('"broken.csv","refused",3,3,"59553","date_start","a date YYYY-MM-DD (a time after it is ignored)","""1990-02-30 00:00:00.000"""');
  });
});
