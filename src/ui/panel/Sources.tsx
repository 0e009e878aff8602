/** The incident's sources: publisher, title, date, link (http(s) only, new tab, no opener), and a known-bad link said so. */
import type { Incident } from '../../domain/types.ts';
import { PANEL } from '../copy.ts';
import { SafeLink } from '../SafeLink.tsx';

export function Sources({ incident }: { incident: Incident }) {
  return (
    <section>
      <h3>{PANEL.sources}</h3>
      <ol className="sources">
        {incident.sources.map((s) => (
          <li key={s.ref}>
            <SafeLink href={s.url}>{s.title}</SafeLink> <span className="muted">— {s.publisher}{s.date !== null ? `, ${s.date}` : ''}</span>
            {s.linkCheck !== null && (
              <span className="flag link-check">
                {PANEL.linkCheck}: <span className="wording">{s.linkCheck}</span>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
