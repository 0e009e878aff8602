/**
 * Every claim row of an incident: claimant with its record kind, whose dead
 * (the closed categories beside the source's own wording), figures, statement
 * date and the source it was read in. Superseded, partial, aggregate,
 * statement-total, claimed-kill and category-denial rows are labelled, never
 * hidden; a best estimate stands beside its range; parties a publisher names
 * without direction (UCDP sides, ACLED actors) are listed as wording.
 */
import { formatFigure } from '../../domain/figures.ts';
import { isClaimedKill } from '../../domain/headline.ts';
import type { Claim, Incident } from '../../domain/types.ts';
import { ACTOR_NAMES } from '../../domain/vocab.ts';
import { HEADLINE, PANEL, RECORD_KIND } from '../copy.ts';
import { categoriesText } from '../format.ts';
import { SafeLink } from '../SafeLink.tsx';

const fig = (f: Claim['killed']) => (f === null ? PANEL.notStated : f.best === undefined ? formatFigure(f) : `${formatFigure(f)} (${PANEL.bestEstimate(f.best)})`);
const partiesText = (c: Claim) =>
  c.parties === undefined ? null : PANEL.parties(c.parties.map((p) => PANEL.party(p.role, p.wording, p.actors.map((a) => ACTOR_NAMES[a]).join(', '))).join('; '));

/** Labels of a row: its marks first (they change how it counts), then the sheet's own wording. */
function labels(c: Claim): string[] {
  return [
    c.superseded ? PANEL.superseded : null,
    c.partial !== null ? PANEL.partial(c.partial) : null,
    c.aggregate ? PANEL.aggregate : null,
    c.total === true ? PANEL.statementTotal : null,
    isClaimedKill(c.side, c.categories) ? HEADLINE.claimedKill : null,
    c.denies.length > 0 ? PANEL.deniesCategory(categoriesText(c.denies)) : null,
    c.qualifierWording,
    c.breakdown,
    c.note,
    partiesText(c),
  ].filter((x): x is string => x !== null && x !== '');
}

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
            const extra = labels(c);
            return (
              <tr key={i} className={`side-${c.side}${c.superseded ? ' superseded' : ''}`}>
                <td>
                  <abbr className={`side-code side-code-${c.side}`}>{c.side}</abbr> {c.claimant}{' '}
                  <span className={`record record-${c.recordKind}`}>{RECORD_KIND[c.recordKind]}</span>
                  {extra.length > 0 && <span className="claim-extra">{extra.join(' · ')}</span>}
                </td>
                <td>
                  {c.noneReported ? HEADLINE.noneReported : categoriesText(c.categories)}
                  {c.categories.length > 1 && <span className="muted"> ({HEADLINE.notBrokenDown})</span>}
                  <span className="wording">{c.group}</span>
                </td>
                <td className="num">{fig(c.killed)}</td>
                <td className="num">{fig(c.injured)}</td>
                <td className="date">{c.date ?? '—'}</td>
                <td>
                  {src !== undefined ? <SafeLink href={src.url}>{src.publisher}</SafeLink> : c.sourceRef}
                  {src?.linkCheck != null && <span className="flag link-check">{PANEL.linkCheck}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
