/**
 * Reviewed reading of every casualty-group wording of the fact sheet: whose
 * dead the row counts, as a set of categories (src/domain/vocab.ts). A row that
 * gives one figure for several categories carries them all and is marked not
 * broken down, so it never lends one category a precise figure. Rows are never
 * split using their note or breakdown text.
 *
 * Convention for a generic wording ("all victims …") that does not say whose:
 * the set covers everyone it may include, because a not-broken-down figure
 * only ever reads as "0 to N" under one category, and leaving a category out
 * would hide that the figure may count it. Overrides per row say why.
 */
import type { GroupDecision } from './types.ts';

const NBD = true;
const g = (categories: GroupDecision['categories'], notBrokenDown: boolean, why: string, noneReported = false): GroupDecision => ({
  categories,
  notBrokenDown,
  noneReported,
  why,
});

/** Group wording (verbatim) → categories. */
export const GROUP_MAPPING: Readonly<Record<string, GroupDecision>> = {
  'Pakistani security forces': g(['PAK_SECURITY'], false, 'army, FC, police, levies'),
  'attackers/militants': g(['MILITANTS'], false, 'the attackers or militants'),
  'Afghan civilians': g(['CIVILIANS'], false, 'civilians, nationality Afghan (kept in the wording)'),
  'Pakistani civilians': g(['CIVILIANS'], false, 'civilians, nationality Pakistani (kept in the wording)'),
  'Pakistani security forces and civilians (not broken down)': g(['PAK_SECURITY', 'CIVILIANS'], NBD, 'the wording says not broken down'),
  'Pakistani security forces and civilians (not broken down) - mostly police': g(['PAK_SECURITY', 'CIVILIANS'], NBD, 'the wording says not broken down'),
  'Afghan security forces (Taliban)': g(['AFG_FORCES'], false, 'Taliban security forces'),
  'none reported': g([], false, 'no casualties reported: never a count', true),
  'none (claimed destruction of aircraft)': g([], false, 'the claim is about aircraft, not casualties'),
  'all victims of tribal clashes (all sides)': g(['CIVILIANS', 'MILITANTS'], NBD, 'tribal clash "all sides": tribesmen (civilians) and armed fighters'),
  'all victims (not broken down)': g(['PAK_SECURITY', 'CIVILIANS'], NBD, 'victims of an attack in Pakistan: security forces and civilians, not broken down'),
  'all victims (not broken down) (soldiers, railway staff, civilians)': g(['PAK_SECURITY', 'CIVILIANS'], NBD, 'soldiers (security forces), railway staff and civilians (civilians)'),
  'all victims (not broken down) - includes a perpetrator': g(['PAK_SECURITY', 'CIVILIANS', 'MILITANTS'], NBD, 'victims plus a perpetrator'),
  'all victims (not broken down) - includes the perpetrator': g(['PAK_SECURITY', 'CIVILIANS', 'MILITANTS'], NBD, 'victims plus the perpetrator'),
  'all victims (not broken down) - mostly civilians': g(['CIVILIANS', 'AFG_FORCES'], NBD, 'Kandahar hospital count of the Spin Boldak fighting: mostly civilians, the rest may be Afghan forces'),
  'Afghan forces and/or militants (as claimed by Pakistan)': g(['AFG_FORCES', 'MILITANTS'], NBD, '"and/or": not broken down'),
  'hostages and security personnel': g(['CIVILIANS', 'PAK_SECURITY'], NBD, 'hostages (passengers, civilians) and security personnel, one figure'),
  'hostages (security personnel, per BLA)': g(['PAK_SECURITY'], false, 'the BLA says the hostages it killed were security personnel'),
  'TTP militants (no figure given)': g(['MILITANTS'], false, 'militants'),
  'Hafiz Gul Bahadur/TTP militants (no figure given)': g(['MILITANTS'], false, 'militants'),
  'TTP militants (as claimed by Pakistan)': g(['MILITANTS'], false, 'militants'),
  'foreign nationals (5 Chinese) and Pakistani driver': g(['CIVILIANS'], false, 'civilians, Chinese and Pakistani nationals (kept in the wording)'),
  'Afghan civilians - children only': g(['CIVILIANS'], false, 'civilians (children)'),
  'Pakistani civilians - includes perpetrator': g(['CIVILIANS', 'MILITANTS'], NBD, 'civilians plus the perpetrator, one figure'),
  'Afghan civilians (10-17 Oct aggregate)': g(['CIVILIANS'], false, 'civilians (an aggregate row)'),
  'Afghan civilians (15 Oct nationwide)': g(['CIVILIANS'], false, 'civilians'),
  'Afghan civilians (Nov-Dec aggregate)': g(['CIVILIANS'], false, 'civilians (an aggregate row)'),
  'Afghan civilians (Pakistan denies any strike occurred)': g(['CIVILIANS'], false, 'civilians (the row is a denial)'),
  'cadets and staff': g(['CIVILIANS'], false, 'cadet college students and staff are civilians'),
};

/** `incidentId#rowIndex` → a reading that differs from its wording's default, with the group repeated. */
export const GROUP_OVERRIDES: Readonly<Record<string, GroupDecision & { group: string }>> = {
  'kabul-drone-strikes-2025-10-15#0': {
    group: 'all victims (not broken down)',
    ...g(['CIVILIANS', 'AFG_FORCES', 'MILITANTS'], NBD, 'strikes in Kabul: the surgical centre received victims without saying who they were'),
  },
};
