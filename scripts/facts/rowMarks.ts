/**
 * Rows marked superseded or partial, only where the fact sheet's own words say
 * so: superseded where a count was early or initial and later revised;
 * partial where it covers part of the incident. Never because another
 * claimant disagrees. `evidence` is quoted verbatim from the row (claimant or
 * note) or from a later row of the same incident, and the converter checks it.
 *
 * Also here: denials a row makes for one category only (a reviewed reading of
 * the row's note), apart from a denial of the whole event.
 */
import type { Category } from '../../src/domain/vocab.ts';
import type { RowMark } from './types.ts';

/** `incidentId#rowIndex` → mark. */
export const ROW_MARKS: Readonly<Record<string, RowMark>> = {
  'karachi-police-office-2023-02-17#3': { claimant: 'Geo News (early report)', mark: 'superseded', evidence: 'Early count' },
  'karachi-police-office-2023-02-17#4': { claimant: 'Geo News (early report)', mark: 'superseded', evidence: 'early report; later official count 3' },
  'zhob-garrison-2023-07-12#0': { claimant: 'ISPR (initial)', mark: 'superseded', evidence: 'ISPR/officials (updated, via TRT/AP)' },
  'zhob-garrison-2023-07-12#1': { claimant: 'ISPR (initial)', mark: 'superseded', evidence: 'ISPR/officials (updated, via TRT/AP)' },
  'daraban-attack-2023-12-12#2': { claimant: 'District Emergency Officer / Rescue 1122 (early)', mark: 'superseded', evidence: 'Early count.' },
  'barmal-airstrikes-2024-12-24#1': { claimant: 'Khaama Press (local sources, early)', mark: 'superseded', evidence: 'Early toll' },
  'peshawar-police-lines-mosque-2023-01-30#2': { claimant: 'KP Health Department / LRH', mark: 'superseded', evidence: 'Later revised down by police.' },
  'mir-ali-convoy-bombing-2025-06-28#4': { claimant: 'AFP (government official)', mark: 'superseded', evidence: 'AFP (later count, via NewsBytes)' },
  'zhob-garrison-2023-07-12#5': { claimant: 'Deputy Commissioner Zhob', mark: 'partial', covers: 'civilians only', evidence: 'Civilians only' },
  'khost-kunar-airstrikes-2022-04-16#1': { claimant: 'Khost provincial health department source (Sputnik)', mark: 'partial', covers: 'Khost only', evidence: 'Khost only' },
  'barmal-airstrikes-2024-12-24#4': { claimant: 'UNICEF (Sanjay Wijesekera)', mark: 'partial', covers: 'children only', evidence: 'children only' },
};

/** `incidentId#rowIndex` → categories whose harm the row denies, with the row's own words. */
export const CATEGORY_DENIALS: Readonly<Record<string, { claimant: string; categories: Category[]; evidence: string }>> = {
  'barmal-airstrikes-2024-12-24#2': { claimant: 'Senior Pakistani security official (AFP)', categories: ['CIVILIANS'], evidence: "civilian-harm claims 'baseless'" },
};
