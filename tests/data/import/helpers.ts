/** Runs a CSV through the import as the worker does (PapaParse, record by record). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CsvImport, type CsvImportOptions } from '../../../src/data/import/csvImport.ts';
import { feedCsv } from '../../../src/data/import/papa.ts';
import type { ImportReport } from '../../../src/data/import/report.ts';
import type { Incident } from '../../../src/domain/types.ts';

export const UCDP_DIR = fileURLToPath(new URL('../../../../shared/corpora/ucdp/', import.meta.url));
export const UCDP_HDX = 'ucdp_ged_conflict_data_pak.csv';
export const UCDP_TOOL = 'ucdp_gedevents_pakistan.csv';
export const ucdpPresent = existsSync(UCDP_DIR + UCDP_HDX) && existsSync(UCDP_DIR + UCDP_TOOL);
export const skipNote = ucdpPresent ? '' : ' (skipped: ../shared/corpora/ucdp not found next to the repo)';

export const readUcdp = (file: string): string => readFileSync(UCDP_DIR + file, 'utf8');

/** Imports CSV text; returns every incident and the report. */
export async function importCsv(text: string, file: string, options: CsvImportOptions = {}): Promise<{ incidents: Incident[]; report: ImportReport; importer: CsvImport }> {
  const importer = new CsvImport(file, options);
  const incidents: Incident[] = [];
  await feedCsv(text, importer, () => incidents.push(...importer.take()));
  incidents.push(...importer.take());
  return { incidents, report: importer.finish(), importer };
}
