/**
 * What an export holds, read from the state: the incidents in view (the
 * list's set: window, filters and any search), in date order; the file-name
 * scope; the CSV's headline words; and the PNG sheet's words.
 */
import { incidentsCsv } from '../domain/export/csv.ts';
import { exportFileName, type ExportScope } from '../domain/export/fileName.ts';
import { incidentsGeoJson } from '../domain/export/geojson.ts';
import { headline } from '../domain/headline.ts';
import type { Incident } from '../domain/types.ts';
import { civilWindow } from '../domain/visible.ts';
import { ATTRIBUTION_OPTION_NAMES, ATTRIBUTION_OPTIONS } from '../domain/vocab.ts';
import { DURAND_DASH } from '../map/style/durandLine.ts';
import { ACTOR_COLORS } from '../map/style/colors.ts';
import type { AppState } from '../state/reducer.ts';
import { selectQueries, selectViewQuery, selectWindowDays } from '../state/selectors.ts';
import { APP_TITLE, CLAIMS, COUNT, CREDITS, LEGEND, MAP_WORDS, STATUS } from './copy.ts';
import type { SheetContent } from './exportPng.ts';
import { headlineText } from './format.ts';
import { radiusFor } from './mapModel.ts';

/** The incidents an export holds, in date order. */
export function exportedIncidents(s: AppState): Incident[] {
  return selectQueries(s)?.exportRows(selectViewQuery(s)) ?? [];
}

/** Window and view of the export, for its file name. */
export function exportScope(s: AppState): ExportScope {
  return { window: civilWindow(selectWindowDays(s)), view: s.view.claimView, count: COUNT.options[s.view.count] };
}

/** Distinct sources (by URL) behind the incidents. */
export function sourceCount(incidents: readonly Incident[]): number {
  return new Set(incidents.flatMap((i) => i.sources.map((src) => src.url))).size;
}

/** A file to save. */
export interface ExportFile {
  name: string;
  blob: Blob;
}

/** The GeoJSON file of the view. */
export function geoJsonFile(s: AppState): ExportFile {
  const text = incidentsGeoJson(exportedIncidents(s));
  return { name: exportFileName(exportScope(s), 'geojson'), blob: new Blob([text], { type: 'application/geo+json' }) };
}

/** The CSV file of the view; headlines as the app words them under the view. */
export function csvFile(s: AppState): ExportFile {
  const text = incidentsCsv(exportedIncidents(s), (i, side) => headlineText(headline(i, side, s.view.count)), COUNT.options[s.view.count]);
  return { name: exportFileName(exportScope(s), 'csv'), blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) };
}

/** The PNG's file name at a pixel ratio. */
export function pngName(s: AppState, pixelRatio: number): string {
  return exportFileName(exportScope(s), 'png', pixelRatio === 1 ? '' : `${pixelRatio}x`);
}

/** The words and legend drawn around the map in the PNG. */
export function sheetContent(s: AppState): SheetContent {
  const view = s.view.claimView;
  const incidents = exportedIncidents(s);
  const w = exportScope(s).window;
  const lines = [`${CREDITS.window}: ${w.start} – ${w.end}`, `${CREDITS.view}: ${CLAIMS.views[view]} · ${COUNT.name}: ${COUNT.options[s.view.count]}`, STATUS.incidents(incidents.length)];
  if (s.view.search.trim() !== '') lines.push(CREDITS.search(s.view.search.trim()));
  return {
    title: APP_TITLE,
    lines,
    legend: {
      coloursTitle: LEGEND.colours,
      colours: ATTRIBUTION_OPTIONS.map((a) => ({ label: ATTRIBUTION_OPTION_NAMES[a], color: ACTOR_COLORS[a] })),
      sizesTitle: view === 'COMPARE' ? LEGEND.sizesCompare : LEGEND.sizes,
      sizes: [Number.NaN, 1, 10, 100].map((k) => ({ label: Number.isNaN(k) ? LEGEND.sizeNone : String(k), radius: radiusFor(k) })),
      line: { label: MAP_WORDS.durand[view], dash: DURAND_DASH[view] },
    },
    credits: [CREDITS.basemap, CREDITS.places, CREDITS.sources(sourceCount(incidents))],
  };
}
