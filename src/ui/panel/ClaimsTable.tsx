/** Every claim row of an incident: claimant, side, group, figures, statement date and the source it was read in. */
import { formatFigure } from '../../domain/figures.ts';
import type { Claim, Incident } from '../../domain/types.ts';
import { PANEL } from '../copy.ts';
import { SafeLink } from '../SafeLink.tsx';

const fig = (f: Claim['killed']) => (f === null ? PANEL.notStated : formatFigure(f));

export function ClaimsTable({ incident }: { incident: Incident }) {
  if (incident.claims.length === 0) return null;
  const sources = new Map(incident.sources.map((s) => [s.ref, s]));
  return (
    <div className="table-wrap">
      <table className="claims-table">
        <caption>{PANEL.claims}</caption>
        <thead>
          <tr>
            {PANEL.claimCols.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {incident.claims.map((c, i) => {
            const src = sources.get(c.sourceRef);
            const extra = [c.qualifierWording, c.breakdown, c.note, c.aggregate ? PANEL.aggregate : null].filter((x): x is string => x !== null && x !== '');
            return (
              <tr key={i} className={`side-${c.side}`}>
                <td>
                  <abbr className={`side-code side-code-${c.side}`}>{c.side}</abbr> {c.claimant}
                  {extra.length > 0 && <span className="claim-extra">{extra.join(' · ')}</span>}
                </td>
                <td>{c.group}</td>
                <td className="num">{fig(c.killed)}</td>
                <td className="num">{fig(c.injured)}</td>
                <td className="date">{c.date ?? '—'}</td>
                <td>{src !== undefined ? <SafeLink href={src.url}>{src.publisher}</SafeLink> : c.sourceRef}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
