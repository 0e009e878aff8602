/**
 * The stated bounds of the data door (README, Validator). A value past one is
 * not a plausible record of a border incident but a broken or hostile file:
 * the feature is refused with a message, never rendered (a 50 MB title froze
 * the tab for 11 s; killed = 2^53−1 printed as "18014398509482084 killed").
 */
export { YEAR_MAX, YEAR_MIN } from '../../domain/civilDate.ts';

/** Largest casualty figure (`n` or `max`) a claim may state. */
export const MAX_FIGURE = 1_000_000;

/** Largest location uncertainty radius, in km. */
export const MAX_UNCERTAINTY_KM = 500;

/** Longest text, in characters, per member name; any other text member: DEFAULT_TEXT_LIMIT. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = { title: 500, notes: 20_000, note: 5_000, url: 2_000 };
export const DEFAULT_TEXT_LIMIT = 2_000;

/** Deepest nesting of arrays and objects a file may have (GeoJSON incident files need under 10). */
export const MAX_DEPTH = 100;

/** Thousands separators for numbers in messages (1,000,000). */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
