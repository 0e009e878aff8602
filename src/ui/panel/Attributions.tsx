/** Who claimed responsibility and whom each side blames: the original wording and the actors it names. */
import type { Attribution, Incident } from '../../domain/types.ts';
import { ACTOR_NAMES } from '../../domain/vocab.ts';
import { PANEL } from '../copy.ts';

function Line({ a }: { a: Attribution | null }) {
  if (a === null) return <dd className="muted">{PANEL.nobody}</dd>;
  return (
    <dd>
      {a.actors.map((x) => ACTOR_NAMES[x]).join(', ')}
      <span className="wording">{a.wording}</span>
    </dd>
  );
}

export function Attributions({ incident }: { incident: Incident }) {
  return (
    <>
      <dt>{PANEL.claimedBy}</dt>
      <Line a={incident.claimedBy} />
      <dt>{PANEL.blamedBy.PAK}</dt>
      <Line a={incident.blamedByPAK} />
      <dt>{PANEL.blamedBy.AFG}</dt>
      <Line a={incident.blamedByAFG} />
    </>
  );
}
