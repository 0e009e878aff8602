/**
 * The aggregate figures of ../shared/facts/aggregates.md, encoded as data,
 * with who stated each, its verification status and where it was read. The
 * ~4,000 figure keeps its flag: it is not confirmed in a primary outlet.
 */

/** How far a figure was checked (as aggregates.md says). */
export type AggregateStatus = 'verified' | 'secondary' | 'partial' | 'weak' | 'unverified';

export interface AggregateFigure {
  figure: string;
  who: string;
  status: AggregateStatus;
  /** Why the status, where aggregates.md says. */
  statusNote: string | null;
  /** Where it was read: a URL (http/https) or a plain citation. */
  sources: string[];
}

export interface AggregateSection {
  title: string;
  note: string | null;
  items: AggregateFigure[];
}

export const STATUS_LABEL: Record<AggregateStatus, string> = {
  verified: 'Verified',
  secondary: 'Verified (secondary source)',
  partial: 'Partially verified',
  weak: 'Unverified — weak source',
  unverified: 'Unverified',
};

export const AGGREGATES: AggregateSection[] = [
  {
    title: 'Pakistani government totals since August 2021',
    note: 'CRSS counts 685 security-force deaths in 2024 (police, FC and Levies included), while ISPR counts 383 military deaths (army/FC only). Both are kept; each counts differently.',
    items: [
      {
        figure: '~4,000 soldiers/security personnel killed and 20,000+ injured since the Taliban returned (2021–2025)',
        who: 'Deputy PM / Foreign Minister Ishaq Dar',
        status: 'weak',
        statusNote: 'Not confirmed in a primary outlet. Found only on a low-quality aggregator that gives no date or venue; probably mid/late October 2025.',
        sources: ['https://bharathorizon.com/world/conflicts/pakistan-4000-soldiers-killed-taliban-blamed.html'],
      },
      {
        figure: '10,347 terrorist attacks and 3,844 killed (soldiers + civilians) since 2021',
        who: 'Defence Minister Khawaja Asif (attributed)',
        status: 'weak',
        statusNote: 'A single Bengali-language site; no date. Listed because it conflicts with the Dar figure.',
        sources: ['https://infoblazes.com/?p=15516'],
      },
      {
        figure: 'Since Aug 2021: terror incidents +60%, suicide attacks +500%; 2,267 "innocent citizens" killed in 2 years; 15 Afghan nationals among suicide bombers; 64 Afghans killed fighting Pakistani forces',
        who: 'Caretaker PM Anwaar-ul-Haq Kakar (Islamabad press conference; month inferred as Nov 2023)',
        status: 'secondary',
        statusNote: 'A secondary summary of Express Tribune reporting; exact date not in the archived excerpt.',
        sources: ['https://dafz.org/pakistan-pm-terrorist-attacks-surge-by-60-since-talibans-return'],
      },
      {
        figure: 'TTP attacks up 65% and suicide attacks up 500% after the Taliban takeover; 80,000 Pakistanis killed over two decades of the "war on terror", 8,000 of them law-enforcement personnel',
        who: 'Special Representative on Afghanistan Asif Durrani (24 Apr 2024)',
        status: 'verified',
        statusNote: 'KabulNow, citing Dawn.',
        sources: ['https://kabulnow.com/2024/04/pakistan-envoy-says-afghanistan-poses-greater-challenge-than-wars-with-india/'],
      },
      {
        figure: '2024: 59,775 operations; 925 terrorists killed; 383 officers and soldiers killed',
        who: 'DG ISPR Lt Gen Ahmed Sharif Chaudhry (27 Dec 2024)',
        status: 'verified',
        statusNote: 'Quoted in Dawn.',
        sources: ['https://www.dawn.com/news/1882160'],
      },
      {
        figure: '2025 to mid-March: 11,654 operations (about 180 a day), 1,250 terrorists killed',
        who: 'DG ISPR (14 Mar 2025 press conference)',
        status: 'verified',
        statusNote: 'Daily Pakistan.',
        sources: ['https://en.dailypakistan.com.pk/14-Mar-2025/dg-ispr-condemns-indian-propaganda-over-jaffar-express-attack'],
      },
    ],
  },
  {
    title: 'CRSS (Center for Research and Security Studies, Islamabad)',
    note: null,
    items: [
      {
        figure: '2024: 685 security personnel killed in 444 terror attacks; 2,546 violence-linked fatalities and 2,267 injuries from 1,166 incidents; 1,612 civilians and security personnel and 934 "outlaws" killed; KP 1,616 and Balochistan 782 fatalities',
        who: 'CRSS Annual Security Report 2024',
        status: 'verified',
        statusNote: null,
        sources: ['https://www.dawn.com/news/1882160', 'AP via WTOP (31 Dec 2024)', 'DNA News (30 Dec 2024)'],
      },
      {
        figure: '2023: 1,524 fatalities, 1,463 injuries, 789 incidents (revised in the 2024 report to 1,533 / 1,462 / 784)',
        who: 'CRSS',
        status: 'secondary',
        statusNote: null,
        sources: ['TV9 Hindi web story (1 Jan 2024)', 'Kalinga TV (17 Mar 2024)'],
      },
      {
        figure: 'Jan–Sep 2025: 2,414 fatalities (1,527 in the same period of 2024); Q3 2025: 901 fatalities, 599 injuries, 329 incidents',
        who: 'CRSS',
        status: 'secondary',
        statusNote: null,
        sources: ['IANS via NewsZop (8 Oct 2025)'],
      },
      {
        figure: '2025: 3,417 deaths, +34% on 2024; outlaws 2,060 (60%); security-force fatalities fell about 5%',
        who: 'CRSS Annual Security Report 2025',
        status: 'secondary',
        statusNote: null,
        sources: ['News18 (1 Jan 2026)'],
      },
      {
        figure: '2025: 3,413 conflict-related deaths, including 667 security personnel and 580 civilians',
        who: 'PICSS (Pakistan Institute for Conflict and Security Studies)',
        status: 'secondary',
        statusNote: null,
        sources: ['ThePrint via machaao'],
      },
      {
        figure: '"Over 600 TTP attacks in 2025" (ACLED); "militants killed over 600 soldiers and police in 2025" (ICG)',
        who: 'ACLED; International Crisis Group',
        status: 'unverified',
        statusNote: 'Seen only in weak secondary snippets; not checked against the originals.',
        sources: [],
      },
    ],
  },
  {
    title: 'UN Monitoring Team (1988 Sanctions Committee) — TTP in Afghanistan',
    note: null,
    items: [
      {
        figure: 'TTP is "the largest terrorist group" in Afghanistan, with an estimated 6,000–6,500 fighters; TTP attacks on Pakistan rose from 573 in 2021 to 1,210 in 2023',
        who: '15th report of the Analytical Support and Sanctions Monitoring Team, S/2024/499 (July 2024)',
        status: 'secondary',
        statusNote: null,
        sources: ['The Nation (15 Jul 2024)', 'Amu TV', '24NewsHD'],
      },
      {
        figure: 'TTP 3,000–5,000 fighters in Afghanistan',
        who: '29th report of the Monitoring Team (Feb 2022)',
        status: 'secondary',
        statusNote: null,
        sources: ['Indian Economic Observer / Dawn'],
      },
    ],
  },
  {
    title: 'Global Terrorism Index (Institute for Economics & Peace)',
    note: 'GTI counts only "terrorism".',
    items: [
      {
        figure: 'GTI 2025 (covers 2024): Pakistan 2nd; terrorism deaths 748 (2023) → 1,081 (2024), +45%; attacks 517 → 1,099; TTP 482 attacks and 558 deaths in 2024',
        who: 'Institute for Economics & Peace',
        status: 'secondary',
        statusNote: null,
        sources: ['Economic Times (citing Geo News)', 'Sakshi Post (IANS)', 'Zee News'],
      },
      {
        figure: 'GTI 2026 (covers 2025): Pakistan 1st; 1,139 deaths and 1,045 incidents in 2025; TTP 595 attacks and 637 deaths',
        who: 'Institute for Economics & Peace',
        status: 'partial',
        statusNote: 'The ranking is reported by several outlets; the figures come from a low-quality site and are not checked against the IEP report.',
        sources: ['HRNW (23 Mar 2026)', 'khelja.in'],
      },
    ],
  },
  {
    title: 'UNAMA — Afghan civilian casualties from Pakistani cross-border action',
    note: 'UNAMA counts only Afghan civilians it has verified.',
    items: [
      {
        figure: 'Q4 2025 (1 Oct–31 Dec): 70 civilians killed and 478 injured by Pakistani military forces; 10–17 Oct: 47 killed and 456 injured',
        who: 'UNAMA',
        status: 'secondary',
        statusNote: 'Shamshad News gives 477 injured.',
        sources: ['DID Press', 'Shia Waves (Amu TV)', 'Shamshad News'],
      },
      {
        figure: 'Preliminary, 16 Oct 2025: at least 17 killed and 346 injured in Spin Boldak',
        who: 'UNAMA',
        status: 'secondary',
        statusNote: null,
        sources: ['AP via UNB'],
      },
    ],
  },
];
