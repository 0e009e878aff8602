/**
 * Reviewed attribution of every incident of the fact sheet (issue 7 point 5):
 * who claimed it, and for each of PAK and AFG whom that side holds responsible
 * for the act (the actor who DID it, never the one it was aimed at) and whom
 * it says the act targeted. Every wording is verbatim fact-sheet text, so a
 * changed sheet fails instead of silently keeping a stale decision.
 *
 * Conventions (shared with actorMapping.ts): "Fitna al-Khawarij" / "khawarij"
 * / "Khwarij" is Pakistan's name for the TTP; Pakistan as a state is
 * PAK_FORCES; the Afghan Taliban / Afghan MoD is AFG_FORCES; "terrorists" or
 * "militants" with no group named is UNKNOWN. A side that attributes the act
 * to nobody (silence, a denial, or a strike described only by its target) has
 * `responsible: null`; a strike Pakistan owns on the record (Foreign Office)
 * is claimed by PAK_FORCES and Pakistan's `responsible` repeats it. A side's
 * own claim (e.g. the Afghan MoD's "retaliation") is that side's
 * `responsible`; its justification ("Pakistani violations ...") names the
 * provocation, a separate incident, not the actor of this one.
 *
 * Targets: marked entries ("(per Pakistan)", "(per Afghan side)") go to that
 * side; an unmarked entry goes to the side(s) whose account it is (the side
 * whose blame wording or casualty rows describe it). Police, army, FC,
 * Rangers, air-base troops → PAK_SECURITY; Taliban forces and positions →
 * AFG_FORCES; border posts / border forces → BORDER_FORCES; fences,
 * crossings, offices → INFRASTRUCTURE. A TargetDecision holds one wording; where
 * a side's target covers several `targets` entries, `why` quotes the others.
 */
import type { ActorId, TargetId } from '../../src/domain/vocab.ts';
import type { ActorDecision, AttributionDecisions, SideAttributionDecision, TargetDecision } from './types.ts';

const actor = (actors: ActorId[], wording: string, why: string): ActorDecision => ({ actors, wording, why });
const target = (targets: TargetId[], wording: string, why: string): TargetDecision => ({ targets, wording, why });
const side = (responsible: ActorDecision | null, targets: TargetDecision | null): SideAttributionDecision => ({ responsible, targets });

/** A side with nothing on record about this incident. */
const SILENT: SideAttributionDecision = { responsible: null, targets: null };
/** Talks, ceasefires and closures: no act with a perpetrator or a target. */
const NONE: AttributionDecisions = { claimedBy: null, PAK: SILENT, AFG: SILENT };

// The 11-12 Oct 2025 sector markers repeat their parent's wording.
const OCT_2025_SECTOR: AttributionDecisions = {
  claimedBy: actor(['AFG_FORCES'], "Afghan Ministry of Defence (retaliation)", "the Afghan MoD claimed the retaliatory fire"),
  PAK: side(
    actor(['AFG_FORCES', 'TTP'], "Afghan Taliban and Fitna al-Khawarij", "Afghan Taliban forces, with \"Fitna al-Khawarij\" (Pakistan's name for the TTP)"),
    target(['BORDER_FORCES'], "border forces/posts", "ISPR listed this sector among those where Afghan forces opened fire on Pakistani posts"),
  ),
  AFG: side(
    actor(['AFG_FORCES'], "Afghan Ministry of Defence (retaliation)", "the Afghan side owns the fire as its retaliation; \"Pakistani violations of Afghan airspace\" names the provocation (the 9 Oct strikes), not who fired here"),
    target(['BORDER_FORCES'], "border forces/posts", "the retaliation was aimed at Pakistani border posts"),
  ),
};

/** Per incident id: who claimed it, and each side's responsible actors and targets. */
export const ATTRIBUTION_MAPPING: Readonly<Record<string, AttributionDecisions>> = {
  "ttp-pakistan-ceasefire-2021-11": NONE,
  "durand-fence-goshta-2021-12": {
    claimedBy: null,
    PAK: SILENT,
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani military ('illegal' fence on Afghan soil)", "the Afghan MoD holds the Pakistani military responsible for the fence standoff"),
      // "border infrastructure (fence)" is what the Taliban forces removed, not
      // something the Pakistani military attacked: pairing it with the Afghan
      // reading (responsible: Pakistani military) would misstate it.
      null,
    ),
  },
  "khost-kunar-airstrikes-2022-04-16": {
    claimedBy: null, // "Not officially acknowledged by Pakistan": nobody claimed it on the record
    PAK: side(
      null, // Pakistan only described the targets; it attributes the strikes to nobody on the record
      target(['TTP'], "TTP militants (per Pakistan)", "Pakistani security officials described the targets as TTP"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan (Pakistani ambassador Mansoor Ahmad Khan summoned)", "blames Pakistan (state)"),
      target(['CIVILIANS'], "civilians incl. women and children, Waziristani refugees (per Afghan officials)", "marked as the Afghan officials' account"),
    ),
  },
  "ttp-indefinite-ceasefire-2022-06": NONE,
  "ttp-ends-ceasefire-2022-11-28": {
    claimedBy: actor(['TTP'], "TTP statement", "the TTP itself announced the end of the ceasefire"),
    PAK: SILENT,
    AFG: SILENT,
  },
  "chaman-shelling-2022-12-11": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan Border Forces ('unprovoked and indiscriminate' artillery/mortar fire)", "Afghan Border Forces are Afghan Taliban forces"),
      target(['CIVILIANS'], "civilians", "Pakistan's account (ISPR, Chaman hospital: Pakistani civilians); no Afghan account found"),
    ),
    AFG: SILENT,
  },
  "bannu-ctd-siege-2022-12-18": {
    claimedBy: actor(['TTP'], "TTP detainees (TTP statement demanded safe passage to North/South Waziristan)", "a TTP statement backed the detainees"),
    PAK: side(
      actor(['TTP'], "TTP; government said militants demanded safe passage to Afghanistan", "names TTP"),
      target(['PAK_SECURITY'], "security forces", "Pakistan's account (ISPR rows: Pakistani security forces); the other entry, \"police\", is PAK_SECURITY too"),
    ),
    AFG: SILENT,
  },
  "peshawar-police-lines-mosque-2023-01-30": {
    claimedBy: actor(['JUA'], "Jamaat-ul-Ahrar faction (claim via a commander; revenge for Omar Khalid Khorasani)", "the claim came through a Jamaat-ul-Ahrar commander; TTP central denied, so TTP is not a claimant"),
    PAK: side(
      actor(['TTP', 'JUA'], "TTP / Jamaat-ul-Ahrar (KP IGP said JuA suspected)", "names TTP and Jamaat-ul-Ahrar"),
      target(['PAK_SECURITY'], "police", "the police lines mosque; Pakistan's account (police and KP government rows)"),
    ),
    AFG: SILENT,
  },
  "karachi-police-office-2023-02-17": {
    claimedBy: actor(['TTP'], "TTP", "names TTP"),
    PAK: side(
      actor(['TTP'], "TTP", "names TTP"),
      target(['PAK_SECURITY'], "police", "Pakistan's account (Sindh government rows); the other entry, \"paramilitary (Rangers)\", is PAK_SECURITY too"),
    ),
    AFG: SILENT,
  },
  "torkham-closure-clash-2023-02": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan Taliban closed the crossing over Pakistan's refusal to admit patients without documents (Pakistani officials)", "the Afghan Taliban authorities closed the crossing"),
      target(['BORDER_FORCES'], "border forces", "unmarked: the exchange of fire was between the two sides' border forces, so it is each side's account"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan did not honour commitments on transit, patients and passengers (Nangarhar information dept; Taliban commissioner Maulavi Mohammad Siddique)", "blames Pakistan (state)"),
      target(['BORDER_FORCES'], "border forces", "unmarked: the exchange of fire was between the two sides' border forces (Amu TV's Nangarhar sources: Taliban killed)"),
    ),
  },
  "kurram-boshehra-clashes-2023-07": {
    claimedBy: null,
    PAK: side(null, target(['CIVILIANS'], "civilians/tribesmen", "internal tribal clash; the only accounts are Pakistani (Parachinar hospital); nobody is blamed")),
    AFG: SILENT,
  },
  "zhob-garrison-2023-07-12": {
    claimedBy: actor(['TJP'], "Tehreek-e-Jihad Pakistan (TJP)", "names TJP"),
    PAK: side(
      actor(['UNKNOWN'], "Terrorists (ISPR)", "ISPR's statement named no group; \"Pakistan links TJP to TTP\" is a general position, not an attribution of this attack on the record"),
      target(['PAK_SECURITY'], "security forces", "the garrison; Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "bajaur-jui-f-rally-bombing-2023-07-30": {
    claimedBy: actor(['ISKP'], "Islamic State Khorasan Province (ISKP), via Amaq", "names ISKP"),
    PAK: side(
      actor(['ISKP'], "ISKP (CTD)", "names ISKP"),
      target(['CIVILIANS'], "civilians (political party workers)", "Pakistan's account (CTD, DC and hospital rows)"),
    ),
    AFG: SILENT,
  },
  "chitral-kalash-incursion-2023-09-06": {
    claimedBy: actor(['TTP'], "TTP (spokesman Muhammad Khurasani)", "names TTP"),
    PAK: side(
      actor(['TTP'], "TTP attackers massed in Gawardesh, Pitigal, Barg-e-Matal and Batash (Nuristan/Kunar)", "names TTP attackers"),
      target(['PAK_SECURITY', 'BORDER_FORCES'], "security forces (border posts)", "Pakistani security forces at border posts; Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "torkham-clash-closure-2023-09": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan forces building an 'unlawful structure'/bunker and 'indiscriminate firing'", "names Afghan forces"),
      target(['BORDER_FORCES', 'INFRASTRUCTURE'], "civilian offices (FIA, Customs) hit by mortars", "FIA and Customs are Pakistani offices at the crossing, so this is Pakistan's account; the \"border forces\" entry is too (Pakistani official: Pakistani security forces hurt)"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani forces fired while Afghans repaired an old security post (IEA foreign ministry)", "names Pakistani forces"),
      target(['BORDER_FORCES'], "border forces", "the IEA says Pakistani forces fired on Afghans repairing a security post"),
    ),
  },
  "mianwali-airbase-attack-2023-11-04": {
    claimedBy: actor(['TJP'], "Tehreek-e-Jihad Pakistan (TJP), spokesman Mullah Qasim", "names TJP"),
    PAK: side(
      actor(['UNKNOWN'], "Terrorists (ISPR)", "ISPR said only \"terrorists\": no group named"),
      target(['PAK_SECURITY'], "air force base", "a PAF training base; Pakistan's account (ISPR)"),
    ),
    AFG: SILENT,
  },
  "daraban-attack-2023-12-12": {
    claimedBy: actor(['TJP'], "Tehreek-e-Jihad Pakistan (TJP)", "names TJP"),
    PAK: side(
      actor(['TJP', 'TTP'], "TJP/TTP", "names TJP and TTP"),
      target(['PAK_SECURITY'], "security forces (Army troops staying in the compound)", "Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "mir-ali-post-attack-2024-03-16": {
    claimedBy: actor(['HGB'], "Jaish-e-Fursan-e-Muhammad (per AP)", "Jaish-e-Fursan is not in the actor list; the fact sheet describes Jaish al-Fursan as Hafiz Gul Bahadur-affiliated (Bannu, 4 Mar 2025)"),
    PAK: side(
      actor(['HGB'], "Hafiz Gul Bahadur group operating from Afghanistan (FO)", "names the Hafiz Gul Bahadur group"),
      target(['PAK_SECURITY'], "security forces", "the security post; Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "khost-paktika-airstrikes-2024-03-18": {
    claimedBy: actor(['PAK_FORCES'], "Pakistan (Foreign Office confirmed 'intelligence-based anti-terrorist operations')", "Pakistan's Foreign Office owned the operation"),
    PAK: side(
      actor(['PAK_FORCES'], "Pakistan (Foreign Office confirmed 'intelligence-based anti-terrorist operations')", "Pakistan owns the strikes; the HGB/TTP it names are the targets, not the perpetrators"),
      target(['HGB', 'TTP'], "Hafiz Gul Bahadur/TTP militants (per Pakistan)", "marked as Pakistan's account"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan - violation of sovereignty", "blames Pakistan (state)"),
      target(['CIVILIANS'], "civilian homes, women and children (per Afghan authorities)", "marked as the Afghan authorities' account"),
    ),
  },
  "besham-chinese-convoy-2024-03-26": {
    claimedBy: null, // "No claim"
    PAK: side(
      actor(['TTP'], "TTP operating from Afghanistan (the UN Monitoring Team's July 2024 report, citing member states, lists Besham as a TTP attack; Pakistani official attribution to Afghan-based planners is from memory - unverified)", "the sheet records TTP as Pakistan's attribution; the whole wording is kept so its UN source and unverified part stay visible"),
      target(['CIVILIANS'], "foreigners (Chinese engineers of CGGC, Dasu hydropower project)", "civilian engineers; Pakistan's account (Malakand police row)"),
    ),
    AFG: SILENT,
  },
  "kurram-boshehra-clashes-2024-07": {
    claimedBy: null,
    PAK: side(null, target(['CIVILIANS'], "civilians/tribesmen", "internal tribal clash; the only accounts are Pakistani (hospital, DC, police); nobody is blamed")),
    AFG: SILENT,
  },
  "torkham-clash-2024-08-12": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan forces tried to build a post on disputed land near a Pakistani post and ignored warnings", "names Afghan forces"),
      target(['BORDER_FORCES'], "border forces", "Pakistan's account (Pakistani rows: Pakistani security forces hurt)"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani forces opened fire on Afghan forces building a post on Afghan soil and shelled civilian homes", "names Pakistani forces"),
      target(['AFG_FORCES', 'BORDER_FORCES', 'CIVILIANS'], "Afghan forces building a post on Afghan soil and shelled civilian homes", "the Afghan account names its forces at a border post and civilian homes"),
    ),
  },
  "kurram-border-clash-2024-09-07": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan forces (heavy weapons on Pakistani checkpoint)", "names Afghan forces"),
      target(['PAK_SECURITY', 'BORDER_FORCES'], "Pakistani checkpoint", "a Pakistani border checkpoint; single Pakistani-sourced report"),
    ),
    AFG: SILENT,
  },
  "kurram-tribal-clashes-2024-09": {
    claimedBy: null,
    PAK: side(null, target(['CIVILIANS'], "civilians/tribesmen", "internal tribal clash; the only account is Pakistani (Kurram DC); nobody is blamed")),
    AFG: SILENT,
  },
  "quetta-railway-station-bombing-2024-11-09": {
    claimedBy: actor(['BLA'], "Baloch Liberation Army (Majeed Brigade)", "names the BLA"),
    PAK: side(
      actor(['BLA'], "BLA", "names the BLA"),
      target(['PAK_SECURITY', 'CIVILIANS'], "security forces (soldiers returning from a course)", "Pakistan's account (officials via AP); the other entries, \"civilians\" and \"railway staff\", are CIVILIANS"),
    ),
    AFG: SILENT,
  },
  "kurram-convoy-ambush-2024-11-21": {
    claimedBy: null, // "No claim"
    PAK: side(
      actor(['UNKNOWN'], "Militants/local Taliban (officials)", "\"militants/local Taliban\" names no organisation"),
      target(['CIVILIANS'], "civilians (mainly Shia passengers)", "Pakistan's account (Kurram DPO row)"),
    ),
    AFG: SILENT,
  },
  "makeen-post-attack-2024-12-21": {
    claimedBy: actor(['TTP'], "TTP", "names TTP"),
    PAK: side(
      actor(['TTP'], "Khwarij (TTP) (ISPR)", "\"Khwarij (TTP)\""),
      target(['PAK_SECURITY'], "security forces", "the army post; Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "barmal-airstrikes-2024-12-24": {
    claimedBy: actor(['PAK_FORCES'], "Pakistan (Foreign Office confirmed an 'intelligence-based operation' on 26 Dec)", "Pakistan's Foreign Office owned the operation"),
    PAK: side(
      actor(['PAK_FORCES'], "Pakistan (Foreign Office confirmed an 'intelligence-based operation' on 26 Dec)", "Pakistan owns the strikes; the TTP it names is the target, not the perpetrator"),
      target(['TTP'], "TTP (per Pakistan)", "marked as Pakistan's account (TTP 'terrorist hideouts'/training facility)"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan - 'barbaric' aggression against civilians, mostly Waziristani refugees", "blames Pakistan (state)"),
      target(['CIVILIANS'], "civilians/Waziristani refugees (per Afghan authorities)", "marked as the Afghan authorities' account"),
    ),
  },
  "afghan-retaliation-kurram-2024-12-28": {
    claimedBy: actor(['AFG_FORCES'], "Afghan Ministry of Defence (retaliation 'beyond the hypothetical line' for the Barmal strikes)", "the Afghan MoD claimed the retaliation"),
    PAK: side(
      actor(['AFG_FORCES', 'TTP'], "Afghan forces jointly with TTP infiltrators (20-25 'khawarij') via Afghan Taliban posts", "names Afghan forces with TTP (\"khawarij\") infiltrators"),
      target(['BORDER_FORCES'], "border forces", "Pakistani border posts; Pakistan's account (Dawn/UrduPoint security sources)"),
    ),
    AFG: side(
      actor(['AFG_FORCES'], "Afghan Ministry of Defence (retaliation 'beyond the hypothetical line' for the Barmal strikes)", "the Afghan side owns the act as its own retaliation"),
      target([], "Targeted 'centres and hideouts of evil elements and their supporters' organising attacks on Afghanistan", "\"evil elements\" names no group of the closed list; kept as wording with no target id"),
    ),
  },
  "torkham-closure-clash-2025": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan construction of a new border post", "Afghan forces building a border post"),
      target(['BORDER_FORCES'], "border forces", "each side reports its own border forces hurt; \"civilians (displaced)\" describes displacement reported by agencies, not whom the fire was aimed at"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan initiated the overnight violence (Afghan MoI spokesman Abdul Mateen Qani)", "blames Pakistan (state)"),
      target(['BORDER_FORCES'], "border forces", "the Afghan MoI reports its own border forces hurt"),
    ),
  },
  "darul-uloom-haqqania-bombing-2025-02-28": {
    claimedBy: null, // "No claim"; ISKP only suspected by Wikipedia, which is not a claim
    PAK: side(null, target(['CIVILIANS'], "civilians (cleric Maulana Hamid-ul-Haq Haqqani, JUI-S chief)", "Pakistan's account (DC Nowshera row); Pakistan blamed nobody on record")),
    AFG: SILENT,
  },
  "bannu-cantonment-attack-2025-03-04": {
    claimedBy: actor(['HGB'], "Jaish al-Fursan (Hafiz Gul Bahadur-affiliated TTP faction)", "the sheet describes Jaish al-Fursan as Hafiz Gul Bahadur-affiliated"),
    PAK: side(
      actor(['TTP'], "Khwarij ring leaders operating from Afghanistan", "\"Khwarij\" is Pakistan's name for the TTP"),
      target(['PAK_SECURITY', 'CIVILIANS'], "security forces", "Pakistan's account (ISPR rows for soldiers and civilians); the other entry, \"civilians (iftar time, mosque)\", is CIVILIANS"),
    ),
    AFG: SILENT,
  },
  "jaffar-express-hijacking-2025-03-11": {
    claimedBy: actor(['BLA'], "Baloch Liberation Army (Majeed Brigade, with Fateh Squad, STOS, Zirab)", "names the BLA"),
    PAK: side(
      actor(['BLA'], "BLA", "names the BLA (handlers in Afghanistan and Indian sponsorship are context, not another actor)"),
      target(['CIVILIANS', 'PAK_SECURITY'], "civilians (passengers)", "Pakistan's account (ISPR: hostages and security personnel); the other entry, \"off-duty security personnel\", is PAK_SECURITY"),
    ),
    AFG: SILENT,
  },
  "mir-ali-convoy-bombing-2025-06-28": {
    claimedBy: actor(['HGB'], "Hafiz Gul Bahadur group (suicide wing)", "names the Hafiz Gul Bahadur group"),
    PAK: side(
      actor(['TTP'], "'Indian-sponsored' Fitna al-Khawarij (ISPR)", "\"Fitna al-Khawarij\" is Pakistan's name for the TTP"),
      target(['PAK_SECURITY'], "security forces (MRAP of bomb-disposal unit)", "Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "tirah-matre-dara-strike-2025-09-22": {
    claimedBy: null, // "Pakistan Army denied an airstrike": a denial, not a claim
    PAK: side(
      actor(['UNKNOWN'], "Army said a terrorists' explosives cache detonated", "the Army blames the blast on unnamed \"terrorists\""),
      null, // Pakistan says no strike took place; the targets are residents' and reports' accounts, not a side's
    ),
    AFG: SILENT,
  },
  "orakzai-ambush-2025-10-08": {
    claimedBy: actor(['TTP'], "TTP", "names TTP"),
    PAK: side(
      actor(['TTP'], "'Indian-backed' Fitna al-Khawarij (TTP)", "\"Fitna al-Khawarij (TTP)\""),
      target(['PAK_SECURITY'], "security forces", "Pakistan's account (ISPR rows)"),
    ),
    AFG: SILENT,
  },
  "kabul-strike-2025-10-09": {
    claimedBy: null, // "Not officially confirmed by Pakistan"
    PAK: side(
      null, // Pakistani media named only the target; Pakistan attributes the strike to nobody on the record
      target(['TTP'], "Pakistani media/sources: targeted TTP chief Noor Wali Mehsud", "Pakistani media/sources say the TTP chief was the target"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Afghan MoD blamed Pakistan for violating Afghan airspace (Kabul + Paktika market)", "blames Pakistan (state)"),
      null, // the Afghan side states no target; "TTP leadership (reported)" is the Pakistani media's account
    ),
  },
  "paktika-marghi-market-strike-2025-10-09": {
    claimedBy: null, // "Not acknowledged by Pakistan"
    PAK: SILENT,
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan (Afghan MoD)", "blames Pakistan (state)"),
      target(['CIVILIANS'], "market (civilian property)", "a civilian market; the only account is Afghan (MoD, TOLOnews local sources: Afghan civilians)"),
    ),
  },
  "border-clash-2025-10-12-angoor-adda": OCT_2025_SECTOR,
  "border-clash-2025-10-12-bajaur": OCT_2025_SECTOR,
  "border-clash-2025-10-12-kurram": OCT_2025_SECTOR,
  "border-clashes-2025-10-11": {
    claimedBy: actor(['AFG_FORCES'], "Afghan Ministry of Defence ('retaliatory' operation for 9 Oct strikes)", "the Afghan MoD claimed the retaliatory operation"),
    PAK: side(
      actor(['AFG_FORCES', 'TTP'], "Afghan Taliban and 'India-sponsored' Fitna al-Khawarij (TTP)", "Afghan Taliban forces with \"Fitna al-Khawarij (TTP)\""),
      target(['BORDER_FORCES'], "border forces/posts", "Pakistan's account of the Afghan offensive on its posts; \"militant camps (per Pakistan)\", the aim of its counter-strikes, names no group of the closed list"),
    ),
    AFG: side(
      actor(['AFG_FORCES'], "Afghan Ministry of Defence ('retaliatory' operation for 9 Oct strikes)", "the Afghan side owns the offensive as retaliation; \"Pakistan's repeated violations\" names the provocation (the 9 Oct strikes, separate incidents)"),
      target(['BORDER_FORCES'], "border forces/posts", "the retaliation was aimed at Pakistani border posts (Mujahid: Pakistani soldiers killed)"),
    ),
  },
  "border-closure-2025-10-12": NONE,
  "kabul-drone-strikes-2025-10-15": {
    claimedBy: actor(['PAK_FORCES'], "Pakistani security source told AFP Islamabad conducted 'precision strikes' in Kabul", "a Pakistani security source (anonymous) said Islamabad conducted the strikes; the wording keeps that it is a source, not an official statement"),
    PAK: side(
      actor(['PAK_FORCES'], "Pakistani security source told AFP Islamabad conducted 'precision strikes' in Kabul", "Pakistan's own (anonymous) statement owns the strikes; the TTP is the target"),
      target(['TTP'], "TTP leadership (per Pakistani source)", "marked as the Pakistani source's account"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Kabul police spokesman: two Pakistani drone strikes; Mujahid initially attributed blasts to an oil-tanker/generator explosion", "the Kabul police name Pakistani drone strikes (Mujahid's first account stays in the wording)"),
      target(['CIVILIANS'], "civilian house and market (per Kabul police)", "marked as the Kabul police's account"),
    ),
  },
  "spin-boldak-chaman-clashes-2025-10-15": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES', 'PAK_FORCES'], "Afghan Taliban attacked two border posts via 'divided villages'; Pakistan said it struck Taliban battalion/brigade positions in Kandahar", "Pakistan blames the Afghan Taliban for the attack and owns its own strikes in Kandahar"),
      target(['BORDER_FORCES', 'AFG_FORCES', 'CIVILIANS'], "Afghan Taliban attacked two border posts via 'divided villages'; Pakistan said it struck Taliban battalion/brigade positions in Kandahar", "border posts attacked, Taliban positions struck; the \"civilians\" entry is Pakistan's account too (Pakistani officials: Pakistani civilians killed)"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani forces attacked Spin Boldak with light and heavy weapons; airstrike on district commissariat ~16:00", "names Pakistani forces"),
      target(['CIVILIANS', 'INFRASTRUCTURE'], "civilians", "the Afghan rows are Afghan civilians; the blame wording names an \"airstrike on district commissariat\" (an office)"),
    ),
  },
  "mohmand-infiltration-2025-10-16": {
    claimedBy: null,
    PAK: side(
      actor(['TTP'], "'Indian proxy' Fitna al-Khawarij using the ceasefire to cross from Afghanistan", "\"Fitna al-Khawarij\" is Pakistan's name for the TTP"),
      target(['PAK_SECURITY'], "security forces", "only Pakistani-sourced"),
    ),
    AFG: SILENT,
  },
  "mir-ali-camp-attack-2025-10-17": {
    claimedBy: actor(['TTP', 'HGB'], "TTP (Khalid bin Waleed suicide unit) with Hafiz Gul Bahadur group (per Firstpost); security sources said the Gul Bahadur group claimed", "a TTP unit with the Hafiz Gul Bahadur group (Firstpost); security sources say HGB claimed"),
    PAK: side(
      actor(['HGB'], "Gul Bahadur group, whose leader is 'hiding in Afghanistan under Taliban protection'", "names the Gul Bahadur group"),
      target(['PAK_SECURITY', 'CIVILIANS'], "security forces", "Pakistan's account (security sources: troops, civilians); the other entry, \"nearby homes\", is CIVILIANS"),
    ),
    AFG: SILENT,
  },
  "paktika-urgun-strikes-2025-10-17": {
    claimedBy: null, // "No official Pakistani statement"
    PAK: side(
      null, // security sources described only the targets; Pakistan owns nothing on the record
      target(['HGB'], "HGB militants (per Pakistani sources)", "marked as the Pakistani sources' account (Hafiz Gul Bahadur hideouts)"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistan broke the ceasefire (senior Taliban official); Afghanistan Cricket Board: 'cowardly attack carried out by the Pakistani regime'", "blames Pakistan (state)"),
      target(['CIVILIANS'], "civilians incl. local cricketers (per Afghan side)", "marked as the Afghan side's account"),
    ),
  },
  "doha-ceasefire-2025-10-19": NONE,
  "kurram-nwaziristan-infiltration-2025-10-24": {
    claimedBy: null,
    PAK: side(
      actor(['UNKNOWN'], "Militants infiltrating from Afghanistan", "\"militants\" names no group"),
      target(['PAK_SECURITY'], "security forces", "Pakistani military's account (single secondary source)"),
    ),
    AFG: SILENT,
  },
  "istanbul-talks-round-2025-10-25": NONE,
  "istanbul-talks-round-2025-11-06": NONE,
  "wana-cadet-college-attack-2025-11-10": {
    claimedBy: actor(['TTP'], "Reported claim by a 'TTP Khalifa Mansoor group' (Anadolu via Global Village Space) - unconfirmed", "the reported (unconfirmed) claimant is a TTP group; \"unconfirmed\" stays in the wording"),
    PAK: side(
      actor(['TTP'], "'Indian proxy' Fitna al-Khawarij guided by handlers in Afghanistan (ISPR)", "\"Fitna al-Khawarij\" is Pakistan's name for the TTP"),
      target(['CIVILIANS', 'PAK_SECURITY'], "school (cadets, staff)", "Pakistan's account (ISPR: cadets and staff; PTI: civilians); the other entry, \"security forces\", is PAK_SECURITY"),
    ),
    AFG: SILENT,
  },
  "islamabad-court-bombing-2025-11-11": {
    claimedBy: actor(['JUA'], "Jamaat-ul-Ahrar (Omar Mukarram Khurasani)", "names Jamaat-ul-Ahrar (a JuA commander and TTP central denied; kept in the field)"),
    PAK: side(
      actor(['TTP'], "TTP/Fitna al-Khawarij cell directed from Afghanistan", "TTP / Fitna al-Khawarij ('Indian-backed' proxies are the PM's framing, not another actor)"),
      target(['CIVILIANS', 'PAK_SECURITY'], "judiciary/lawyers", "Pakistan's account (Interior Minister); the other entries, \"police\" and \"civilians\", are PAK_SECURITY and CIVILIANS"),
    ),
    AFG: SILENT,
  },
  "khost-kunar-paktika-strikes-2025-11-24": {
    claimedBy: null, // "Pakistan denied"
    PAK: SILENT, // a denial: Pakistan says no strike happened and attributes it to nobody (its stance carries the denial)
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani 'invading forces' bombed the house of Waliat Khan son of Qazi Mir (Mujahid)", "names Pakistani \"invading forces\""),
      target(['CIVILIANS'], "civilian house (per Afghan side)", "marked as the Afghan side's account"),
    ),
  },
  "peshawar-fc-hq-attack-2025-11-24": {
    claimedBy: actor(['JUA'], "Jamaat-ul-Ahrar (per Dawn)", "names Jamaat-ul-Ahrar (per Dawn; AP's \"no immediate claim\" stays in the field)"),
    PAK: side(
      actor(['TTP'], "'Foreign-backed' khawarij", "\"khawarij\" is Pakistan's name for the TTP"),
      target(['PAK_SECURITY'], "paramilitary (Federal Constabulary)", "Pakistan's account (Peshawar CCPO rows)"),
    ),
    AFG: SILENT,
  },
  "chaman-spin-boldak-clash-2025-12-05": {
    claimedBy: null,
    PAK: side(
      actor(['AFG_FORCES'], "Afghan Taliban 'unprovoked firing'; Afghan mortars hit Badani area (PM's spokesman Mosharraf Zaidi; Dawn)", "names the Afghan Taliban"),
      target(['CIVILIANS', 'BORDER_FORCES'], "civilians", "Pakistan's account (Chaman hospital: Pakistani civilians; mortars hit Badani); the other entry, \"border forces\", is the exchange of fire at the crossing"),
    ),
    AFG: side(
      actor(['PAK_FORCES'], "Pakistani forces started attacking Spin Boldak with light and heavy artillery (Mujahid; Ali Mohammad Haqmal)", "names Pakistani forces"),
      target(['CIVILIANS', 'BORDER_FORCES'], "civilians", "the Afghan account (rows: Afghan civilians and Taliban security forces); the other entry, \"border forces\", is the exchange of fire at the crossing"),
    ),
  },
};
