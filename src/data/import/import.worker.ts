/**
 * The import worker: reads an opened `File` off the main thread. CSV goes
 * through PapaParse (called here, in the app's own module worker, chunk by
 * chunk) and the dialect mappings; JSON through the loader's door for the
 * app's own formats, or the GeoJSON-points import for any other points.
 */
// First: zod must be configured before any schema is built (see zodSetup.ts).
import '../zodSetup.ts';
import Papa from 'papaparse';
import { sideOfLine } from '../../domain/geo.ts';
import type { CountriesLayer } from '../../domain/geoLayers.ts';
import type { Incident } from '../../domain/types.ts';
import { parseIncidentCollection } from '../parseIncidents.ts';
import { parseStream } from '../load/parseStream.ts';
import type { WorkerMessage } from '../load/protocol.ts';
import { CsvImport, detectDialect, genericDialect } from './csvImport.ts';
import type { CountryOf } from './generic.ts';
import { importPoints, propertyNames } from './geojsonPoints.ts';
import { reportFromLoader } from './ownFormats.ts';
import { feedCsv } from './papa.ts';
import type { ImportMessage, ImportRequest } from './protocol.ts';

const post = (m: ImportMessage): void => (self as unknown as Worker).postMessage(m);
/** Incidents per message: small enough that receiving one (a structured clone) is a short task on the page. */
const BATCH = 500;
const MAX_DOCUMENT_BYTES = 400 * 1024 * 1024;

async function countryFinder(url: string | null): Promise<CountryOf | null> {
  if (url === null) return null;
  try {
    const layer = (await (await fetch(url)).json()) as CountriesLayer;
    return (lon, lat) => sideOfLine(lon, lat, layer);
  } catch {
    return null;
  }
}

function sendIncidents(incidents: readonly Incident[]): void {
  for (let k = 0; k < incidents.length; k += BATCH) post({ kind: 'incidents', incidents: incidents.slice(k, k + BATCH) });
}

async function csv(req: ImportRequest): Promise<void> {
  const { file } = req;
  const preview = await new Promise<string[][]>((resolve) => Papa.parse<string[]>(file, { preview: 6, complete: (r) => resolve(r.data) }));
  const header = preview[0] ?? [];
  if (req.mapping === null && detectDialect(header) === null) {
    post({ kind: 'needs-mapping', format: 'CSV', columns: header.map((h) => h.replace(/^\uFEFF/, '').trim()), sample: preview.slice(1) });
    return;
  }
  const importer = new CsvImport(file.name, { dialect: req.mapping ? genericDialect(req.mapping) : null, countryOf: req.mapping ? await countryFinder(req.countriesUrl) : null });
  await feedCsv(file, importer, (cursor) => {
    sendIncidents(importer.take());
    post({ kind: 'progress', bytes: cursor, total: file.size });
  });
  sendIncidents(importer.take());
  post({ kind: 'done', report: importer.finish() });
}

/** Newline-delimited features or compact rows: the loader's own stream door. */
async function lines(file: File): Promise<void> {
  let imported = 0;
  await parseStream(file.stream(), file.size, file.name, (m: WorkerMessage) => {
    if (m.kind === 'incidents') imported += m.incidents.length;
    if (m.kind === 'rows') imported += m.count;
    if (m.kind === 'done') return post({ kind: 'done', report: reportFromLoader(file.name, 'Durand Atlas lines', imported, m.errors, m.errorCount) });
    post(m as ImportMessage);
  });
}

async function json(req: ImportRequest): Promise<void> {
  const { file } = req;
  if (file.size > MAX_DOCUMENT_BYTES) throw new Error(`${file.name}: a single JSON document over ${MAX_DOCUMENT_BYTES >> 20} MB cannot be read`);
  let doc: unknown;
  try {
    doc = JSON.parse(await file.text());
  } catch (e) {
    throw new Error(`${file.name}: expected JSON, found a syntax error (${e instanceof Error ? e.message : String(e)})`);
  }
  const fc = doc as { type?: unknown; features?: unknown; crs?: unknown };
  if (fc === null || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new Error(`${file.name}: expected a GeoJSON FeatureCollection, found ${Array.isArray(doc) ? 'an array' : typeof doc}`);
  const features = fc.features as unknown[];
  const ours = features.some((f) => typeof (f as { properties?: { claims?: unknown } })?.properties?.claims === 'object');
  if (ours) {
    const parsed = parseIncidentCollection(doc, file.name);
    sendIncidents(parsed.dataset.incidents);
    post({ kind: 'done', report: reportFromLoader(file.name, 'Durand Atlas GeoJSON', parsed.dataset.incidents.length, parsed.errors, parsed.errors.length) });
    return;
  }
  if (req.mapping === null) {
    const columns = propertyNames(features);
    const sample = features.slice(0, 5).map((f) => columns.map((c) => String((f as { properties?: Record<string, unknown> }).properties?.[c] ?? '')));
    post({ kind: 'needs-mapping', format: 'GeoJSON points', columns, sample });
    return;
  }
  const r = importPoints({ features, crs: fc.crs }, file.name, req.mapping, await countryFinder(req.countriesUrl));
  sendIncidents(r.incidents);
  post({ kind: 'done', report: r.report });
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const req = e.data;
  try {
    const head = (await req.file.slice(0, 65536).text()).replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{') || head.startsWith('[')) {
      const first = head.split('\n', 1)[0]!.trim();
      const oneLine = first.endsWith('}') && (first.includes('"format":"durand-atlas-compact"') || /"type"\s*:\s*"Feature"/.test(first)) && !/"FeatureCollection"/.test(first);
      await (oneLine ? lines(req.file) : json(req));
    } else await csv(req);
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
