/**
 * Who claimed responsibility and, for each attributing side, whom it holds
 * responsible and whom it says the act targeted: the target of a strike is
 * never shown as whom a side blames. Original wording beside the actors.
 */
import type { Attribution, Incident } from '../../domain/types.ts';
import { ACTOR_NAMES, ATTRIBUTING_SIDES, TARGET_NAMES } from '../../domain/vocab.ts';
import type { TargetsT } from '../../data/schema.ts';
import { PANEL } from '../copy.ts';

function Line({ names, wording, none }: { names: string[] | null; wording: string | null; none: string }) {
  if (names === null) return <dd className="muted">{none}</dd>;
  return (
    <dd>
      {names.join(', ')}
      <span className="wording">{wording}</span>
    </dd>
  );
}

const actors = (a: Attribution | null) => (a === null ? null : a.actors.map((x) => ACTOR_NAMES[x]));
const targets = (t: TargetsT | null) => (t === null ? null : t.targets.map((x) => TARGET_NAMES[x]));

export function Attributions({ incident }: { incident: Incident }) {
  return (
    <>
      <dt>{PANEL.claimedBy}</dt>
      <Line names={actors(incident.claimedBy)} wording={incident.claimedBy?.wording ?? null} none={PANEL.nobody} />
      {ATTRIBUTING_SIDES.map((side) => {
        const a = incident.attribution[side];
        return (
          <div key={side} className="attribution-side">
            <dt>{PANEL.responsible[side]}</dt>
            <Line names={actors(a.responsible)} wording={a.responsible?.wording ?? null} none={PANEL.notStatedBySide} />
            <dt>{PANEL.targets[side]}</dt>
            <Line names={targets(a.targets)} wording={a.targets?.wording ?? null} none={PANEL.notStatedBySide} />
          </div>
        );
      })}
    </>
  );
}
