import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { ColumnarBuilder } from '../../src/data/load/columnar.ts';
import { CompactHeader, decodeRow, type CompactRow } from '../../src/data/load/compact.ts';
import { makeDataset } from '../../src/domain/dataset.ts';
import type { Incident } from '../../src/domain/types.ts';
import { datasetColumns } from '../../src/domain/visible.ts';
import { generated, rng } from '../domain/logicFactories.ts';
import { unionLayers } from '../../src/data/import/union.ts';
import { datasetTables } from '../../src/domain/tables.ts';
import { unionDatasets } from '../../src/state/unionDataset.ts';
import { equivalence } from '../state/equivalence.ts';

/** `npm run generate` rows (seeded), read back as the loader reads them. */
async function generatedRows(count: number, seed: string): Promise<{ header: ReturnType<typeof CompactHeader.parse>; rows: CompactRow[] }> {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-columnar-')), 'g.rows.ndjson');
  await generate({ count, seed, out });
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  return { header: CompactHeader.parse(JSON.parse(lines[0]!)), rows: lines.slice(1).map((l) => JSON.parse(l) as CompactRow) };
}

const asObject = (header: ReturnType<typeof CompactHeader.parse>, r: CompactRow): Incident => {
  const f = decodeRow(header, r);
  return { ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] };
};

function columnar(header: ReturnType<typeof CompactHeader.parse>, rows: readonly CompactRow[]) {
  // A small reservation, so the columns grow several times on the way.
  const b = new ColumnarBuilder(header, 16);
  for (const r of rows) b.add(r);
  return b.done();
}

const { header, rows } = await generatedRows(2000, 'columns');
const objects = rows.map((r) => asObject(header, r));
const built = columnar(header, rows);

equivalence('compact rows as columns (the loader)', objects, built.dataset, 11);

describe('columnar dataset', () => {
  it('builds every incident exactly as the row decoder does, and the columns the time index takes', () => {
    expect(built.dataset.size).toBe(2000);
    for (let k = 0; k < 2000; k++) expect(built.dataset.incidentAt(k)).toEqual(objects[k]);
    expect(built.columns).toEqual(datasetColumns(makeDataset(objects)));
  });

  it('finds each row by id and refuses any other spelling', () => {
    const d = built.dataset;
    for (const k of [0, 1, 999, 1999]) expect(d.indexOfId(objects[k]!.id)).toBe(k);
    expect(d.idAt(17)).toBe(objects[17]!.id);
    const n = Number(objects[5]!.id.split('-').at(-1));
    expect([d.indexOfId(`${header.idPrefix}-${n}`), d.indexOfId('constructor'), d.indexOfId(`other-${objects[5]!.id}`), d.indexOfId(`${header.idPrefix}-9999999`)]).toEqual([-1, -1, -1, -1]);
  });

  it('finds ids when the rows come out of order', () => {
    const r = rng(5);
    const shuffled = rows.map((row) => ({ row, key: r() })).sort((a, b) => a.key - b.key).map((x) => x.row);
    const d = columnar(header, shuffled).dataset;
    for (const k of [0, 10, 1999]) expect(d.idAt(d.indexOfId(objects[k]!.id))).toBe(objects[k]!.id);
    expect(d.indexOfId(objects[42]!.id)).toBe(shuffled.indexOf(rows[42]!));
  });

  it('gives the same object while it is cached, and an equal one after', () => {
    const d = columnar(header, rows).dataset;
    const a = d.incidentAt(7);
    expect(d.incidentAt(7)).toBe(a);
    for (let k = 0; k < 2000; k++) d.incidentAt(k);
    expect(d.incidentAt(7)).toEqual(a);
  });

  it('holds codes the tables read without decoding: type, country, attribution, uncertainty, no sector markers', () => {
    const c = built.dataset.codes!;
    expect(c.sectors).toEqual([]);
    for (const k of [0, 999, 1999]) {
      const i = objects[k]!;
      expect(c.attributionSamples[c.attribution[k]!]).toEqual({ claimedBy: i.claimedBy, attribution: i.attribution });
      expect(c.uncertaintyKm[k]).toBeCloseTo(i.locationPrecision === 'exact' ? 0 : i.uncertaintyKm, 5);
    }
  });
});

// A file opened beside the columnar bundled data: half its ids repeat bundled ones (the bundled incident is kept).
const fileIncidents = generated(400, 77).map((i, k) => ({ ...i, parentId: null, id: k % 2 === 0 ? objects[k]!.id : `file-${k}` }));
const layered = unionDatasets([built.dataset, makeDataset(fileIncidents)]);
const reference = unionLayers([
  { name: 'bundled', incidents: objects },
  { name: 'file', incidents: fileIncidents },
]);
equivalence('columnar bundled data and a file layer, put together', reference.incidents, layered.dataset, 13);

describe('layers put together over columns', () => {
  it('keeps the bundled rows where they are and adds the file’s new ids after them, as unionLayers does', () => {
    expect(Array.from({ length: layered.dataset.size }, (_, k) => layered.dataset.idAt(k))).toEqual(reference.incidents.map((i) => i.id));
    expect(Array.from(layered.layerOf)).toEqual(Array.from(reference.layerOf));
    expect(layered.counts).toEqual([
      { shown: 2000, shadowed: 0 },
      { shown: 200, shadowed: 200 },
    ]);
    expect(layered.dataset.incidentAt(2000)).toBe(fileIncidents[1]);
    expect(layered.dataset.indexOfId('file-399')).toBe(2199);
  });

  it('gives the union codes equal to those computed from its incidents', () => {
    const c = layered.dataset.codes!;
    const plain = makeDataset(reference.incidents);
    const tables = datasetTables(plain, datasetColumns(plain));
    expect([Array.from(c.type), Array.from(c.country)]).toEqual([Array.from(tables.type), Array.from(tables.country)]);
    expect(Array.from(c.attribution, (a) => c.attributionSamples[a]!.attribution)).toEqual(reference.incidents.map((i) => i.attribution));
  });
});
