import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MAPPING } from '../../scripts/facts/attributionMapping.ts';
import type { ActorDecision, AttributionDecisions, RawIncident, TargetDecision } from '../../scripts/facts/types.ts';
import { ACTORS, TARGETS } from '../../src/domain/vocab.ts';

// The fact sheet lives beside the repo (../shared); a fresh clone has no copy.
const factsUrl = new URL('../../../shared/facts/incidents.json', import.meta.url);
const hasFacts = existsSync(factsUrl);
if (!hasFacts) console.warn(`attribution mapping check skipped: ${factsUrl.pathname} is absent`);

const SIDES = [
  { key: 'PAK', field: 'blamed_by_pakistan' },
  { key: 'AFG', field: 'blamed_by_afghanistan' },
] as const;

/** Pakistani strikes or fire on Afghan soil: the cases issue 7 point 5 names. */
const strikeOnAfghanSoil = (i: RawIncident): boolean =>
  i.country === 'AFG' && /airstrike|cross-border/.test(i.incident_type);

const within = (wording: string, sources: (string | null)[]): boolean =>
  sources.some((s) => s !== null && s.includes(wording));

const actorsOf = (d: ActorDecision | null): string[] => d?.actors ?? [];

const decision = (id: string): AttributionDecisions => {
  const d = ATTRIBUTION_MAPPING[id];
  if (d === undefined) throw new Error(`scripts/facts/attributionMapping.ts: no entry for incident ${id}`);
  return d;
};

describe.skipIf(!hasFacts)('ATTRIBUTION_MAPPING against ../shared/facts/incidents.json', () => {
  const facts: RawIncident[] = hasFacts ? (JSON.parse(readFileSync(factsUrl, 'utf8')) as RawIncident[]) : [];
  const byId = new Map(facts.map((i) => [i.id, i]));

  it('has one entry for every incident and none stale', () => {
    expect(facts.length).toBe(57);
    expect(facts.filter((i) => !(i.id in ATTRIBUTION_MAPPING)).map((i) => i.id)).toEqual([]);
    expect(Object.keys(ATTRIBUTION_MAPPING).filter((id) => !byId.has(id))).toEqual([]);
  });

  it('quotes every wording verbatim from the field it must come from', () => {
    const bad: string[] = [];
    for (const i of facts) {
      const d = decision(i.id);
      if (d.claimedBy && !within(d.claimedBy.wording, [i.perpetrator_claimed_by])) bad.push(`${i.id} claimedBy: ${d.claimedBy.wording}`);
      for (const { key, field } of SIDES) {
        const { responsible, targets } = d[key];
        if (responsible && !within(responsible.wording, [i[field], i.perpetrator_claimed_by])) bad.push(`${i.id} ${key}.responsible: ${responsible.wording}`);
        if (targets && !within(targets.wording, [...i.targets, i[field], i.perpetrator_claimed_by])) bad.push(`${i.id} ${key}.targets: ${targets.wording}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses only the closed actor and target lists, each with a reason', () => {
    const bad: string[] = [];
    const check = (where: string, d: ActorDecision | TargetDecision | null, allowed: readonly string[], ids: string[]) => {
      if (d === null) return;
      if (d.why.trim() === '') bad.push(`${where}: empty why`);
      for (const id of ids) if (!allowed.includes(id)) bad.push(`${where}: ${id} is not in the closed list`);
      if (new Set(ids).size !== ids.length) bad.push(`${where}: repeated id`);
    };
    for (const [id, d] of Object.entries(ATTRIBUTION_MAPPING)) {
      check(`${id} claimedBy`, d.claimedBy, ACTORS, actorsOf(d.claimedBy));
      if (d.claimedBy && d.claimedBy.actors.length === 0) bad.push(`${id} claimedBy: no actor (use null)`);
      for (const { key } of SIDES) {
        const { responsible, targets } = d[key];
        check(`${id} ${key}.responsible`, responsible, ACTORS, actorsOf(responsible));
        if (responsible && responsible.actors.length === 0) bad.push(`${id} ${key}.responsible: no actor (use null)`);
        check(`${id} ${key}.targets`, targets, TARGETS, targets?.targets ?? []);
        // An empty target list keeps a wording no closed-list id fits; it must say so.
        if (targets && targets.targets.length === 0 && !targets.why.includes('closed list')) bad.push(`${id} ${key}.targets: empty without a reason`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives nobody a claim where the sheet records none', () => {
    const claimed = facts.filter((i) => i.perpetrator_claimed_by === null).filter((i) => decision(i.id).claimedBy !== null);
    expect(claimed.map((i) => i.id)).toEqual([]);
    for (const id of ['besham-chinese-convoy-2024-03-26', 'kurram-convoy-ambush-2024-11-21', 'kabul-strike-2025-10-09', 'khost-kunar-paktika-strikes-2025-11-24']) {
      expect(decision(id).claimedBy, id).toBeNull();
    }
  });

  it('never lists a Pakistani strike on Afghan soil under TTP or the Hafiz Gul Bahadur group', () => {
    const strikes = facts.filter(strikeOnAfghanSoil);
    expect(strikes.map((i) => i.id)).toContain('kabul-strike-2025-10-09');
    expect(strikes.map((i) => i.id)).toContain('paktika-urgun-strikes-2025-10-17');
    const bad = strikes.flatMap((i) => {
      const d = decision(i.id);
      const named = [...actorsOf(d.PAK.responsible), ...actorsOf(d.claimedBy)];
      return named.filter((a) => a === 'TTP' || a === 'HGB').map((a) => `${i.id}: ${a}`);
    });
    expect(bad).toEqual([]);
  });

  it('reads the Kabul strike of 9 Oct 2025 as aimed at the TTP, by nobody Pakistan names', () => {
    const d = decision('kabul-strike-2025-10-09');
    expect(d.PAK.targets?.targets).toContain('TTP');
    expect(actorsOf(d.PAK.responsible)).not.toContain('TTP');
    expect(d.PAK.responsible).toBeNull();
    expect(d.AFG.responsible?.actors).toEqual(['PAK_FORCES']);
  });

  it('keeps owned strikes with Pakistan and their targets apart', () => {
    const barmal = decision('barmal-airstrikes-2024-12-24');
    expect(barmal.claimedBy?.actors).toEqual(['PAK_FORCES']);
    expect(barmal.PAK.responsible?.actors).toEqual(['PAK_FORCES']);
    expect(barmal.PAK.targets?.targets).toEqual(['TTP']);
    expect(barmal.AFG.targets?.targets).toEqual(['CIVILIANS']);
    const march = decision('khost-paktika-airstrikes-2024-03-18');
    expect(march.PAK.targets?.targets).toEqual(['HGB', 'TTP']);
  });

  it('keeps "terrorists" under Unknown, not under a named group', () => {
    expect(decision('mianwali-airbase-attack-2023-11-04').PAK.responsible?.actors).toEqual(['UNKNOWN']);
    expect(decision('kurram-convoy-ambush-2024-11-21').PAK.responsible?.actors).toEqual(['UNKNOWN']);
  });

  it('states nothing for a side whose field is empty, except its own claim', () => {
    const bad: string[] = [];
    for (const i of facts) {
      const d = decision(i.id);
      for (const { key, field } of SIDES) {
        const r = d[key].responsible;
        if (i[field] === null && r !== null && !within(r.wording, [i.perpetrator_claimed_by])) bad.push(`${i.id} ${key}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
