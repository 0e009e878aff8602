/**
 * Reviewed readings of the claim rows whose figures need interpretation,
 * keyed `incidentId#rowIndex`. Each entry repeats the row's claimant, numbers
 * and qualifier so a changed row fails the converter instead of being
 * mis-read. Rows not listed have no qualifier: their numbers are exact
 * figures (null = not stated). The converter refuses a row with a qualifier,
 * or with 0 killed and 0 injured (which may hide a denial), that is not here.
 *
 * Rules: a plain qualifier ("at least", "over") applies to every figure of the
 * row; "X / Y" qualifies killed with X and injured with Y; "injured A-B" or
 * "A-B" is a range; a row a note states more precisely (a range or "over")
 * takes the note's wording; an aggregate covers several incidents; a denial
 * is kept as a statement without figures and the side's stance is 'denied'.
 */
import type { ClaimDecision } from './types.ts';

/** `incidentId#rowIndex` → reviewed reading of that row. */
export const CLAIM_MAPPING: Readonly<Record<string, ClaimDecision>> = {
  'bannu-ctd-siege-2022-12-18#0': {
    claimant: "DG ISPR Maj Gen Ahmed Sharif Chaudhry", killed: 5, injured: 10, qualifier: "injured: at least",
    figures: { killed: { n: 5, max: null, qualifier: null }, injured: { n: 10, max: null, qualifier: 'at least' } },
    aggregate: false, denial: false, why: "\"injured: at least\" qualifies the injured figure only",
  },
  'bannu-ctd-siege-2022-12-18#2': {
    claimant: "Defence Minister Khawaja Asif (National Assembly)", killed: 2, injured: 15, qualifier: "injured 10-15",
    figures: { killed: { n: 2, max: null, qualifier: null }, injured: { n: 10, max: 15, qualifier: null } },
    aggregate: false, denial: false, why: "\"injured 10-15\": the injured figure is the range 10-15",
  },
  'torkham-closure-clash-2023-02#0': {
    claimant: "DNA News (Pakistani wire)", killed: 0, injured: 0, qualifier: null,
    figures: { killed: { n: 0, max: null, qualifier: null }, injured: { n: 0, max: null, qualifier: null } },
    aggregate: false, denial: false, why: "\"no casualties reported\" by the wire itself: a report of none, not a denial of the event",
  },
  'kurram-boshehra-clashes-2023-07#0': {
    claimant: "MS Parachinar hospital Dr Qaiser Abbas", killed: 13, injured: 90, qualifier: "at least / nearly",
    figures: { killed: { n: 13, max: null, qualifier: 'at least' }, injured: { n: 90, max: null, qualifier: 'nearly' } },
    aggregate: false, denial: false, why: "\"at least / nearly\": at least 13 killed, nearly (~) 90 injured",
  },
  'kurram-boshehra-clashes-2024-07#0': {
    claimant: "Dawn (DHQ hospital MS Mir Hassan Jan, DC Javedullah Mehsud)", killed: 13, injured: 70, qualifier: "at least",
    figures: { killed: { n: 13, max: null, qualifier: 'at least' }, injured: { n: 70, max: null, qualifier: 'at least' } },
    aggregate: false, denial: false, why: "one plain qualifier applies to every figure of the row",
  },
  'kurram-tribal-clashes-2024-09#0': {
    claimant: "Kurram Deputy Commissioner Javedullah Mehsud", killed: 50, injured: 120, qualifier: "at least",
    figures: { killed: { n: 50, max: null, qualifier: 'at least' }, injured: { n: 120, max: null, qualifier: 'at least' } },
    aggregate: false, denial: false, why: "one plain qualifier applies to every figure of the row",
  },
  'quetta-railway-station-bombing-2024-11-09#0': {
    claimant: "Officials (AP)", killed: 24, injured: 50, qualifier: "at least / about",
    figures: { killed: { n: 24, max: null, qualifier: 'at least' }, injured: { n: 50, max: null, qualifier: 'about' } },
    aggregate: false, denial: false, why: "\"at least / about\": at least 24 killed, about 50 injured",
  },
  'kurram-convoy-ambush-2024-11-21#0': {
    claimant: "Kurram District Police Officer", killed: 38, injured: null, qualifier: "at least",
    figures: { killed: { n: 38, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'kurram-convoy-ambush-2024-11-21#1': {
    claimant: "BBC Urdu reporting (via Daily Qudrat)", killed: 42, injured: 19, qualifier: null,
    figures: { killed: { n: 42, max: null, qualifier: null }, injured: { n: 19, max: null, qualifier: 'over' } },
    aggregate: false, denial: false, why: "no qualifier column, but the note quotes \"Over 19 injured\"",
  },
  'kurram-convoy-ambush-2024-11-21#2': {
    claimant: "Agencies (Devdiscourse)", killed: 50, injured: null, qualifier: "at least",
    figures: { killed: { n: 50, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'barmal-airstrikes-2024-12-24#1': {
    claimant: "Khaama Press (local sources, early)", killed: 15, injured: null, qualifier: "at least",
    figures: { killed: { n: 15, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'barmal-airstrikes-2024-12-24#2': {
    claimant: "Senior Pakistani security official (AFP)", killed: 20, injured: null, qualifier: "at least",
    figures: { killed: { n: 20, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'barmal-airstrikes-2024-12-24#3': {
    claimant: "UNAMA", killed: null, injured: null, qualifier: "dozens",
    figures: { killed: { n: null, max: null, qualifier: 'dozens' }, injured: null },
    aggregate: false, denial: false, why: "\"dozens of civilians\" killed: no number, qualifier dozens",
  },
  'barmal-airstrikes-2024-12-24#4': {
    claimant: "UNICEF (Sanjay Wijesekera)", killed: 20, injured: null, qualifier: "at least (children only)",
    figures: { killed: { n: 20, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least (children only)\": at least 20; children-only is in the group",
  },
  'afghan-retaliation-kurram-2024-12-28#2': {
    claimant: "Security sources (Dawn)", killed: 8, injured: null, qualifier: "7-8",
    figures: { killed: { n: 7, max: 8, qualifier: null }, injured: null },
    aggregate: false, denial: false, why: "\"7-8\": the killed figure is the range 7-8",
  },
  'afghan-retaliation-kurram-2024-12-28#3': {
    claimant: "Security sources (Dawn)", killed: 15, injured: null, qualifier: "over",
    figures: { killed: { n: 15, max: null, qualifier: 'over' }, injured: null },
    aggregate: false, denial: false, why: "\"over\" on the only figure",
  },
  'afghan-retaliation-kurram-2024-12-28#5': {
    claimant: "Security sources (UrduPoint)", killed: 15, injured: null, qualifier: "over",
    figures: { killed: { n: 15, max: null, qualifier: 'over' }, injured: null },
    aggregate: false, denial: false, why: "\"over\" on the only figure",
  },
  'mir-ali-convoy-bombing-2025-06-28#5': {
    claimant: "AFP (later count, via NewsBytes)", killed: 16, injured: null, qualifier: "at least",
    figures: { killed: { n: 16, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'tirah-matre-dara-strike-2025-09-22#0': {
    claimant: "Local media/residents (NDTV, LatestLY)", killed: 30, injured: null, qualifier: "at least",
    figures: { killed: { n: 30, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure",
  },
  'tirah-matre-dara-strike-2025-09-22#1': {
    claimant: "Pakistan Army spokespersons", killed: null, injured: null, qualifier: null,
    figures: { killed: null, injured: null },
    aggregate: false, denial: true, why: "a denial without figures: stays a statement; PAK stance denied",
  },
  'border-clashes-2025-10-11#1': {
    claimant: "ISPR", killed: 200, injured: null, qualifier: "over",
    figures: { killed: { n: 200, max: null, qualifier: 'over' }, injured: null },
    aggregate: false, denial: false, why: "\"over\" on the only figure (\"more than 200\")",
  },
  'border-clashes-2025-10-11#3': {
    claimant: "Taliban spokesman Zabihullah Mujahid", killed: 9, injured: 16, qualifier: "injured 16-18",
    figures: { killed: { n: 9, max: null, qualifier: null }, injured: { n: 16, max: 18, qualifier: null } },
    aggregate: false, denial: false, why: "\"injured 16-18\": the injured figure is the range 16-18",
  },
  'border-clashes-2025-10-11#4': {
    claimant: "UNAMA (Q4 2025 report)", killed: 47, injured: 456, qualifier: null,
    figures: { killed: { n: 47, max: null, qualifier: null }, injured: { n: 456, max: null, qualifier: null } },
    aggregate: true, denial: false, why: "UNAMA 10-17 Oct total: covers several incidents",
  },
  'kabul-drone-strikes-2025-10-15#0': {
    claimant: "EMERGENCY NGO surgical centre (Dejan Panic)", killed: 5, injured: 40, qualifier: null,
    figures: { killed: { n: 5, max: null, qualifier: null }, injured: { n: 35, max: 40, qualifier: null } },
    aggregate: false, denial: false, why: "no qualifier column, but the note says \"35-40 wounded received\"",
  },
  'kabul-drone-strikes-2025-10-15#1': {
    claimant: "UNAMA (Q4 2025 report)", killed: 9, injured: null, qualifier: "at least",
    figures: { killed: { n: 9, max: null, qualifier: 'at least' }, injured: null },
    aggregate: false, denial: false, why: "\"at least\" on the only figure; Kabul 15 Oct only, not an aggregate",
  },
  'spin-boldak-chaman-clashes-2025-10-15#0': {
    claimant: "Taliban spokesman Zabihullah Mujahid", killed: 12, injured: 100, qualifier: "over",
    figures: { killed: { n: 12, max: null, qualifier: 'over' }, injured: { n: 100, max: null, qualifier: 'over' } },
    aggregate: false, denial: false, why: "\"over\" on both: the note quotes \"more than 12\" and \"more than 100\"",
  },
  'spin-boldak-chaman-clashes-2025-10-15#1': {
    claimant: "Spin Boldak district spokesman Ali Mohammad Haqmal / Afghan officials", killed: 15, injured: 100, qualifier: "at least / over",
    figures: { killed: { n: 15, max: null, qualifier: 'at least' }, injured: { n: 100, max: null, qualifier: 'over' } },
    aggregate: false, denial: false, why: "\"at least / over\": at least 15 killed, over 100 injured",
  },
  'spin-boldak-chaman-clashes-2025-10-15#3': {
    claimant: "Pakistani military (AFP)", killed: 20, injured: null, qualifier: "about",
    figures: { killed: { n: 15, max: 20, qualifier: 'about' }, injured: null },
    aggregate: false, denial: false, why: "\"about\" with 20, but the note states \"About 15-20\": range 15-20, about",
  },
  'spin-boldak-chaman-clashes-2025-10-15#5': {
    claimant: "UNAMA (preliminary)", killed: 17, injured: 346, qualifier: "at least",
    figures: { killed: { n: 17, max: null, qualifier: 'at least' }, injured: { n: 346, max: null, qualifier: 'at least' } },
    aggregate: false, denial: false, why: "one plain qualifier applies to every figure of the row",
  },
  'spin-boldak-chaman-clashes-2025-10-15#6': {
    claimant: "UNAMA (Q4 2025 report)", killed: 35, injured: 422, qualifier: null,
    figures: { killed: { n: 35, max: null, qualifier: null }, injured: { n: 422, max: null, qualifier: null } },
    aggregate: true, denial: false, why: "UNAMA: all Afghan civilian casualties of 15 Oct nationwide (Spin Boldak and Kabul): covers several incidents",
  },
  'mohmand-infiltration-2025-10-16#0': {
    claimant: "Security sources / PTV", killed: 50, injured: null, qualifier: "45-50",
    figures: { killed: { n: 45, max: 50, qualifier: null }, injured: null },
    aggregate: false, denial: false, why: "\"45-50\": the killed figure is the range 45-50",
  },
  'paktika-urgun-strikes-2025-10-17#2': {
    claimant: "Security sources (TOLOnews, via Xinhua)", killed: 17, injured: 16, qualifier: "at least",
    figures: { killed: { n: 17, max: null, qualifier: 'at least' }, injured: { n: 16, max: null, qualifier: 'at least' } },
    aggregate: false, denial: false, why: "one plain qualifier applies to every figure of the row",
  },
  'khost-kunar-paktika-strikes-2025-11-24#1': {
    claimant: "DG ISPR Lt Gen Ahmed Sharif Chaudhry", killed: 0, injured: 0, qualifier: null,
    figures: { killed: null, injured: null },
    aggregate: false, denial: true, why: "a denial written as 0 killed / 0 injured: not a figure; PAK stance denied",
  },
  'khost-kunar-paktika-strikes-2025-11-24#2': {
    claimant: "UNAMA (Q4 2025 report)", killed: 23, injured: null, qualifier: "at least (aggregate)",
    figures: { killed: { n: 23, max: null, qualifier: 'at least' }, injured: null },
    aggregate: true, denial: false, why: "\"at least (aggregate)\": Nov-Dec total covering several incidents",
  },
};
