/** About: what the data is and is not, the aggregate figures with their sources and flags, credits. */
import { AGGREGATES, STATUS_LABEL } from './aboutData.ts';
import { ABOUT } from './copy.ts';
import { Modal } from './Modal.tsx';
import { SafeLink, isHttpUrl } from './SafeLink.tsx';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title={ABOUT.title} closeLabel={ABOUT.close} onClose={onClose} className="about">
      <h3>{ABOUT.is}</h3>
      <p>{ABOUT.isText}</p>
      <h3>{ABOUT.isNot}</h3>
      <p>{ABOUT.isNotText}</p>
      <h3>{ABOUT.aggregates}</h3>
      <p className="muted">{ABOUT.aggregatesNote}</p>
      {AGGREGATES.map((section) => (
        <section key={section.title} className="agg-section">
          <h4>{section.title}</h4>
          {section.note !== null && <p className="muted">{section.note}</p>}
          <ul className="agg-list">
            {section.items.map((item) => (
              <li key={item.figure} className={`agg agg-${item.status}`}>
                <p className="agg-figure">{item.figure}</p>
                <p className="agg-who">{item.who}</p>
                <p className="agg-status">
                  <span className={`badge badge-${item.status}`}>{STATUS_LABEL[item.status]}</span>
                  {item.statusNote !== null && <span> {item.statusNote}</span>}
                </p>
                {item.sources.length > 0 && (
                  <p className="agg-sources">
                    {item.sources.map((s, i) => (
                      <span key={s}>
                        {i > 0 && '; '}
                        {isHttpUrl(s) ? <SafeLink href={s}>{new URL(s).hostname}</SafeLink> : s}
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h3>{ABOUT.credits}</h3>
      <ul>
        {ABOUT.creditLines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </Modal>
  );
}
