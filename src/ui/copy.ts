/**
 * Every user-facing word of the app, in one place. Wording is neutral: sides
 * are named by code or country, never "official" or "alleged"; "no claim" is
 * not zero and a denial is not silence.
 */
import type { SideStance } from '../domain/stance.ts';
import type { AttributingSide, Category, Count, RecordKind } from '../domain/vocab.ts';
import type { ClaimView } from '../map/model.ts';

export const APP_TITLE = 'Durand Atlas';
export const APP_TAGLINE = 'Incidents along the Afghanistan–Pakistan Durand Line, each casualty figure tied to who claimed it';

/** Labels of the claim view radios (names are part of the test contract). */
export const CLAIMS = {
  group: 'Claims',
  views: { PAK: 'Pakistan', AFG: 'Afghanistan', INDEPENDENT: 'Independent', COMPARE: 'Compare' } satisfies Record<ClaimView, string>,
  hint: {
    PAK: 'Figures as stated by Pakistani state bodies (latest statement).',
    AFG: 'Figures as stated by Afghan authorities (latest statement).',
    INDEPENDENT: 'Figures from UN bodies, NGOs and media tallies (latest statement).',
    COMPARE: 'Pakistan, Afghanistan and independent figures side by side.',
  } satisfies Record<ClaimView, string>,
} as const;

/** Short side codes shown in Compare columns. */
export const SIDE_SHORT = { PAK: 'PAK', AFG: 'AFG', MILITANT: 'MILITANT', INDEPENDENT: 'INDEPENDENT' } as const;

export const MAP_WORDS = {
  durand: {
    PAK: 'International border (Durand Line)',
    AFG: 'Durand Line — not recognised by Afghanistan',
    INDEPENDENT: 'Durand Line (de facto boundary)',
    COMPARE: 'Durand Line (de facto boundary)',
  } satisfies Record<ClaimView, string>,
  fata: 'FATA (until 2018)',
};

export const MAP = {
  region: 'Map of incidents',
  loading: 'Loading the map…',
  noWebGL: 'The map needs WebGL2, which this browser does not offer. The list, timeline and details still work.',
};

/** The list a click on several incidents opens (names are part of the test contract). */
export const HERE = {
  title: 'Incidents here',
  zoom: 'Zoom to these',
  close: 'Close',
  count: (n: number) => `${n} incidents`,
  sectors: 'Sectors',
  /** A list row's button for the incidents at its spot. */
  spot: (others: number) => (others === 1 ? '1 more at this spot' : `${others} more at this spot`),
};

export const TIMELINE = {
  region: 'Timeline',
  start: 'Start date',
  end: 'End date',
  window: 'Time window',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  speeds: [
    { value: 7, label: '1 week per second' },
    { value: 30, label: '1 month per second' },
    { value: 90, label: '3 months per second' },
  ],
  metric: 'Bars show',
  metrics: { incidents: 'incidents per week', killed: 'killed per week (current view, √ scale)' },
  annotations: 'Talks and ceasefires',
  keys: 'Arrows: ±1 day · Page Up/Down: ±1 month · Home/End: ends',
  /** How the "Time window" slider moves, for its description. */
  windowKeys: 'Moves the whole window, keeping its length. Arrows: ±1 day · Page Up/Down: ±1 month · Home/End: to the start or end of the span',
  /** The "Time window" slider's value text: both dates. */
  windowText: (start: string, end: string) => `${start} to ${end}`,
  /** The single label of a window too narrow for one label at each end. */
  range: (start: string, end: string) => `${start} – ${end}`,
  whole: 'Whole span',
};

export const SKIP = {
  region: 'Skip links',
  links: { map: 'Skip to the map', timeline: 'Skip to the timeline', list: 'Skip to the list', filters: 'Skip to the filters' },
};

export const FILTERS = {
  region: 'Filters',
  attribution: 'Attribution',
  type: 'Incident type',
  country: 'Country',
  reset: 'Reset filters',
  meaning: {
    PAK: 'Shows incidents by whom Pakistan holds responsible (not whom a strike targeted), plus anyone who claimed responsibility.',
    AFG: 'Shows incidents by whom Afghanistan holds responsible (not whom a strike targeted), plus anyone who claimed responsibility.',
    INDEPENDENT: 'Shows incidents by anyone who claimed responsibility or whom any side holds responsible.',
    COMPARE: 'Shows incidents by anyone who claimed responsibility or whom any side holds responsible.',
  } satisfies Record<ClaimView, string>,
  /** Description of an unchecked option: what checking it would add under the other filters. */
  adds: (n: number) => (n === 1 ? 'would add 1 incident' : `would add ${n} incidents`),
  /** Description of a checked option: what unchecking it would hide. */
  hides: (n: number) => (n === 1 ? '1 incident shown only by this' : `${n} incidents shown only by this`),
  more: 'Type and country',
  countries: { PAK: 'Pakistan', AFG: 'Afghanistan', QAT: 'Qatar (talks)', TUR: 'Türkiye (talks)' },
};

export const LIST = {
  name: 'Incidents',
  sort: 'Sort by',
  sortKeys: { date: 'Date', casualties: 'Casualties' },
  dir: { asc: 'ascending', desc: 'descending' },
  empty: 'No incident in this window with these filters.',
};

/** The Count control: whose dead the figures count (names are part of the test contract). */
export const COUNT = {
  name: 'Count',
  options: {
    ALL: 'All killed',
    PAK_SECURITY: 'Pakistani security forces',
    AFG_FORCES: 'Afghan forces',
    CIVILIANS: 'Civilians',
    MILITANTS: 'Militants and attackers',
  } satisfies Record<Count, string>,
  hint: 'Sizes, sort, histogram and totals follow the Count. A figure that is not broken down counts only as "0 to N" under one category.',
};

/** Categories as they read inside a sentence ("11 Pakistani security forces, 19 militants and attackers"). */
export const CATEGORY_IN_TEXT: Record<Category, string> = {
  PAK_SECURITY: 'Pakistani security forces',
  AFG_FORCES: 'Afghan forces',
  CIVILIANS: 'civilians',
  MILITANTS: 'militants and attackers',
};

/** Categories as they read inside a set of several ("Afghan forces and militants/attackers"), so "and" joins only the set. */
export const CATEGORY_IN_SET: Record<Category, string> = { ...CATEGORY_IN_TEXT, MILITANTS: 'militants/attackers' };

/** A side's stance on an incident (never "acknowledged" for anything anonymous). */
export const STANCE: Record<SideStance, string> = {
  'figures-on-record': 'figures on the record',
  'figures-anonymous': 'figures from anonymous officials only',
  acknowledged: 'acknowledged on the record without figures',
  anonymous: 'only anonymous officials, no figures',
  'no-statement': 'no statement',
  denied: 'denied',
};

/** On what record a figure was given. */
export const RECORD_KIND: Record<RecordKind, string> = {
  'on-record': 'on the record',
  anonymous: 'anonymous',
  publisher: "publisher's own count",
};

export const HEADLINE = {
  noClaim: 'no claim',
  denied: 'denied',
  deniedCategory: (category: string) => `denies harm to ${category}`,
  noneReported: 'no casualties reported',
  noFigureForCategory: 'no figure for this category',
  sector: 'casualties reported only for the whole offensive',
  notBrokenDown: 'not broken down',
  fromZero: (upper: string) => `0 to ${upper}`,
  claimedKill: 'claimed kill',
  anonymous: 'anonymous',
  partial: (covers: string) => `partial: ${covers}`,
  and: ' and ',
};

/** The status line: must begin with "N incidents". */
export const STATUS = {
  incidents: (n: number) => (n === 1 ? '1 incident' : `${n} incidents`),
  killed: 'killed',
  injured: 'injured',
  noFigures: (n: number) => (n === 1 ? '1 without a figure' : `${n} without a figure`),
  noKilledFigure: 'no killed figure',
  allTotals: 'All totals',
  fewerTotals: 'Fewer',
  noInjuredFigure: 'no injured figure',
  inIncidents: (n: number) => (n === 1 ? 'in 1 incident' : `in ${n} incidents`),
  dozens: (n: number) => (n === 1 ? '1 stated as "dozens"' : `${n} stated as "dozens"`),
  denied: (n: number) => (n === 1 ? '1 denied' : `${n} denied`),
  noneReported: (n: number) => (n === 1 ? '1 with no casualties reported' : `${n} with no casualties reported`),
};

export const PANEL = {
  close: 'Close',
  dates: 'Dates',
  place: 'Place',
  province: 'Province',
  district: 'District',
  distance: 'Distance to the Durand Line',
  distanceText: {
    about: (km: number) => (km < 1 ? 'under 1 km' : `${km} km`),
    range: (min: number, max: number) => `${min}–${max} km (the point is approximate)`,
    eitherSide: (within: number) => `on the line or either side (within ${within} km; the point is approximate)`,
  },
  precision: 'precision',
  uncertainty: (km: number) => `within about ${km} km`,
  type: 'Type',
  claimedBy: 'Claimed responsibility',
  responsible: { PAK: 'Pakistan holds responsible', AFG: 'Afghanistan holds responsible' } satisfies Record<AttributingSide, string>,
  targets: { PAK: 'Target, per Pakistan', AFG: 'Target, per Afghanistan' } satisfies Record<AttributingSide, string>,
  nobody: 'no one named',
  notStatedBySide: 'not stated by this side',
  stance: 'Stance',
  claims: 'Every claim',
  claimCols: ['Side · claimant', 'Whose dead', 'Killed', 'Injured', 'Date', 'Source'],
  notStated: 'not stated',
  aggregate: 'covers several incidents',
  statementTotal: 'the total of the rows above it, as the publisher gives it: not added to them',
  bestEstimate: (best: number) => `best estimate ${best}`,
  parties: (parties: string) => `parties named, no direction stated: ${parties}`,
  party: (role: string, wording: string, actors: string) => `${role}: ${wording}${actors === '' ? '' : ` (${actors})`}`,
  superseded: 'superseded: an early count later revised',
  partial: (covers: string) => `partial: ${covers}`,
  deniesCategory: (what: string) => `denies harm to ${what}`,
  compare: 'Same category, different accounts',
  gap: (n: number) => `gap ${n}`,
  linkCheck: 'This link does not lead to the cited text',
  sectorNote: 'Casualties were reported only for the whole offensive, not for this sector:',
  verification: 'Verification',
  notes: 'Notes',
  sources: 'Sources',
  coordsUnverified: 'Coordinates not verified.',
  headline: 'Headline under this view',
  secondary: 'Also',
  parts: 'Sectors',
  partOf: 'Part of',
};

export const DATE_PRECISION = { day: 'to the day', month: 'to the month', approximate: 'approximate' } as const;

export const VERIFICATION = { verified: 'Verified', 'partially-verified': 'Partially verified', unverified: 'Unverified' } as const;

export const ABOUT = {
  open: 'About the data',
  title: 'About Durand Atlas',
  close: 'Close',
  is: 'What this is',
  isText:
    'A map of incidents along the Afghanistan–Pakistan Durand Line from November 2021 to December 2025: airstrikes, cross-border clashes, border closures, attacks and talks. Every casualty figure is kept with who stated it — Pakistani state bodies (PAK), Afghan authorities (AFG), militant groups (MILITANT) or independent bodies and media (INDEPENDENT) — and where it was read.',
  isNot: 'What this is not',
  isNotText:
    'It is not a complete record of violence in the region, not a count of all deaths, and not a judgement of whose figures are right. Figures from different bodies count differently and are not added together. "No claim" means a side gave no figure; it is not zero. Several map points are approximate or symbolic (talks venues); their uncertainty is drawn.',
  aggregates: 'Aggregate figures for context',
  aggregatesNote: 'Numbers from different bodies are not comparable: each counts differently.',
  unverified: 'Unverified',
  verified: 'Verified',
  partial: 'Partially verified',
  credits: 'Credits',
  creditLines: [
    'Country borders, the Durand Line, provinces and rivers: Natural Earth (public domain).',
    'Place names and populations: GeoNames (CC BY 4.0).',
    'Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License 1.1).',
    'Incident figures: the news and institutional sources linked on each incident.',
    'UCDP data is not used in the bundled dataset.',
    'GeoJSON validation: geojson-validation (LGPL-3.0).',
  ],
};

export const LEGEND = {
  title: 'Legend',
  colours: 'Colour: attribution under the current view',
  sizes: 'Size: killed under the current view and Count',
  sizesCompare: 'Size: killed, the largest of the three sides\' figures',
  sizeNone: 'no figure',
  uncertainty: 'Dashed ring: approximate location',
  cluster: 'Numbered disc: overlapping incidents counted together (click it to list them or zoom to them)',
  durand: 'Durand Line',
  fata: 'FATA outline (pre-2018)',
  province: 'Province boundary',
  show: 'Show legend',
  hide: 'Hide legend',
};

export const LOAD = {
  loading: 'Loading incidents…',
  loadingPct: (pct: number) => `Loading incidents… ${pct}%`,
  notLoaded: 'No incidents loaded.',
  failed: 'The incident data could not be loaded.',
  /** Exact counts: records left out (each once) and problems (a record may have several). */
  rejected: (leftOut: number, problems: number, kept: number) => {
    const left = `${num(leftOut)} ${leftOut === 1 ? 'record' : 'records'} left out of the data file (${num(problems)} ${problems === 1 ? 'problem' : 'problems'})`;
    return kept === 0 ? `No valid incidents in the data file: ${left}.` : `${left}; the ${num(kept)} valid ${kept === 1 ? 'incident is' : 'incidents are'} shown.`;
  },
  /** The one ?data= notice: the parameter, the path, the cause, and what is shown instead. */
  fallback: (value: string, cause: string) => `?data=${JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value)} could not be used: ${cause}. The bundled data is shown instead.`,
  withoutParam: 'Open the page without ?data=',
  details: 'What was wrong with the file',
  cause: {
    refused: 'it is not a path on this site (only same-origin paths can be loaded)',
    'not-found': 'not found',
    status: (status: number) => `the server answered ${status}`,
    network: 'the request failed',
    timeout: (seconds: number) => `no answer for ${seconds} s`,
    empty: 'the file is empty',
    html: 'the server sent a web page, not data',
    'not-json': 'it is not JSON',
    'not-incidents': (detail: string) => `it is not an incident file (${detail})`,
    'too-large': (mb: number) => `it is over ${mb} MB as one JSON document`,
    'no-incidents': 'no incidents in the file',
  },
};

/** A part of the app that failed to draw (error boundaries): the rest keeps working. */
export const PART_FAILED = {
  names: { map: 'The map', timeline: 'The timeline', list: 'The incident list', filters: 'The filters', panel: 'The incident details' },
  message: (part: string) => `${part} could not be shown because of an error. The rest of the app still works.`,
  detail: 'Error:',
  retry: 'Try again',
  close: 'Close',
};

/** Why the view differs from the link that opened it (src/state/viewCheck.ts). */
export const URL_NOTICE = {
  paramIgnored: (name: string, reason: 'too-long' | 'invalid', length: number, max: number) =>
    reason === 'too-long'
      ? `The link's "${name}" parameter is ${length.toLocaleString('en')} characters long (at most ${max} are read); it was left out.`
      : `The link's "${name}" parameter could not be read; it was left out.`,
  unknownId: (id: string) => `The link names an incident that is not in the data ("${id}"); no incident is selected.`,
  windowOutside: (asked: string, span: string) => `The link's time window ${asked} lies outside the data (${span}); the whole span is shown.`,
  windowClamped: (asked: string, span: string, shown: string) => `The link's time window ${asked} reaches beyond the data (${span}); ${shown} is shown.`,
  range: (w: { start: string; end: string }) => `${w.start} – ${w.end}`,
};

/** Search, export and sharing (issue 12). Accessible names here are part of the test contract. */
export const SEARCH = {
  label: 'Search incidents',
  placeholder: 'Search places, groups, sources… ( / )',
  /** Shown while a search is active: matches among the incidents in view. */
  matches: (n: number, m: number) => `${n} of ${m} match`,
  hint: 'Searches titles, places, provinces, claimants, group names and source publishers.',
};

export const EXPORT = {
  toolbar: 'Export and share',
  button: 'Export',
  menu: 'Export what you see',
  geojson: 'GeoJSON (incidents, claims, sources)',
  csv: 'CSV (one row per claim)',
  png1: 'PNG image (1×)',
  png2: 'PNG image (2×)',
  busy: 'Preparing the file…',
  done: (name: string) => `Saved ${name}`,
  failed: (why: string) => `Export failed: ${why}`,
  noMap: 'the map is not drawn yet',
};

export const SHARE = {
  copyLink: 'Copy link',
  copyIncidentLink: 'Copy link',
  copyEmbed: 'Copy embed code',
  copied: 'Link copied',
  embedCopied: 'Embed code copied',
  /** When the clipboard refuses: the text is shown selected so the user can copy it. */
  manual: 'Copy this:',
  embedTitle: 'Durand Atlas map',
  openFull: 'Open in Durand Atlas',
  /** Beside Copy link / Copy embed code while files are open or the bundled layer is hidden: what the link shows. */
  linkShows: (dataset: string | null) => (dataset === null ? 'The link shows the bundled incidents' : `The link shows the data file ${dataset}`),
  filesNotInLink: 'opened files are not in the link (they stay in this browser)',
  bundledHiddenInLink: 'shown, though hidden here',
  /** Beside an incident's Copy link when the incident comes from an opened file. */
  incidentNotInLink: 'This event is from an opened file, which is not in the link: the link finds it only in this browser.',
};

/** Words drawn into the exported image and the embed page's credits line. */
export const CREDITS = {
  basemap: 'Borders, provinces, rivers: Natural Earth',
  places: 'Places: GeoNames (CC BY 4.0)',
  sources: (n: number) => (n === 1 ? 'Incidents: 1 source' : `Incidents: ${n} sources`),
  window: 'Time window',
  view: 'Claims',
  /** The PNG's line when a search is active (the map highlights its matches). */
  search: (q: string) => `Highlighted: matches for “${q}”`,
};

/** Opening files as layers, the mapping step, the report and the layers panel (issue 11). */
export const IMPORT = {
  open: 'Open data file',
  accept: '.csv,.tsv,.txt,.geojson,.json,.ndjson',
  dropHint: 'Drop a data file to open it as a layer',
  reading: (name: string) => `Reading ${name}…`,
  progress: 'Import progress',
  failed: (message: string) => `The file could not be opened: ${message}`,
  local: 'Nothing leaves your browser: the file is read here and kept only in this browser’s storage until you remove it.',
  mappingTitle: 'Map the columns',
  mappingIntro: (name: string, format: string) => `${name} is not a format the atlas recognises (UCDP GED, ACLED, or its own). Say which ${format === 'CSV' ? 'column' : 'property'} holds each field; each row becomes an event stated by the file (Independent), with the file named as its source.`,
  fields: { date: 'Date', latitude: 'Latitude', longitude: 'Longitude', title: 'Title', killed: 'Killed', country: 'Country' },
  required: 'required',
  optionalField: 'optional',
  none: '— not in the file —',
  fromGeometry: 'from the point itself',
  sample: 'First rows of the file',
  importButton: 'Import',
  cancel: 'Cancel',
  missing: (fields: string) => `Choose a column for: ${fields}.`,
  reportTitle: (name: string) => `Import report: ${name}`,
  close: 'Close report',
  format: 'Format',
  counts: { read: 'Records read', imported: 'Imported', merged: 'Merged as duplicates', refused: 'Refused' },
  refusals: 'Refused records',
  warnings: 'Warnings (imported as given)',
  merges: 'Merged duplicates',
  skipped: 'Not data',
  columns: { record: 'Record', line: 'Line', id: 'Id', field: 'Field', expected: 'Expected', found: 'Found', kept: 'Kept from', differ: 'Fields that differ' },
  recordNote: 'Record numbers count the header as record 1; the line is where the record starts in the file.',
  identical: 'identical',
  more: (n: number) => `… and ${n} more (all are in the CSV download)`,
  download: 'Download report as CSV',
  failure: 'The file was refused',
};

export const LAYERS = {
  title: 'Layers',
  bundled: 'Bundled incidents',
  bundledStyle: 'coloured by attribution',
  fileStyle: 'layer colour',
  show: (name: string) => `Show ${name}`,
  remove: (name: string) => `Remove ${name}`,
  report: (name: string) => `Report of ${name}`,
  restoreBundled: 'Show the bundled incidents again',
  count: (n: number) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`,
  shadowed: (n: number) => `${n.toLocaleString('en')} also in an earlier layer (its values shown)`,
  inWindow: (n: number) => `${n.toLocaleString('en')} in the window`,
  noFigure: 'no figure',
  overlap: (a: string, b: string) => `${a} and ${b} overlap in time and place: the same events may appear in both, and their totals are not to be added.`,
  notInLink: 'Opened files are kept in this browser only; they are not in the link. A shared link shows the bundled incidents.',
  restoring: 'Restoring opened files…',
};

function num(n: number): string {
  return n.toLocaleString('en-US');
}
