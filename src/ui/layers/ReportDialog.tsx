/**
 * The row-by-row report of an opened file: counts, refused records (record
 * number, line, field, expected, found), warnings, merges and rows that were
 * not data; downloadable as CSV. Says that nothing leaves the browser.
 */
import type { ImportReport, RecordProblem } from '../../data/import/report.ts';
import { reportCsv } from '../../data/import/report.ts';
import { IMPORT } from '../copy.ts';
import { NativeDialog } from './NativeDialog.tsx';

/** Rows shown per table; the CSV download has them all. */
const SHOWN = 200;

function download(report: ImportReport): void {
  const url = URL.createObjectURL(new Blob([reportCsv([report])], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${report.file.replace(/\.[^.]*$/, '')}-import-report.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Problems({ title, rows }: { title: string; rows: readonly RecordProblem[] }) {
  if (rows.length === 0) return null;
  const c = IMPORT.columns;
  return (
    <section>
      <h3>
        {title} ({rows.length.toLocaleString('en')})
      </h3>
      <div className="report-table">
        <table>
          <thead>
            <tr>
              <th scope="col">{c.record}</th>
              <th scope="col">{c.line}</th>
              <th scope="col">{c.id}</th>
              <th scope="col">{c.field}</th>
              <th scope="col">{c.expected}</th>
              <th scope="col">{c.found}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((p, k) => (
              <tr key={k}>
                <td>{p.record || '—'}</td>
                <td>{p.line ?? '—'}</td>
                <td>{p.id ?? '—'}</td>
                <td>{p.field}</td>
                <td>{p.expected}</td>
                <td>{p.found}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p className="muted">{IMPORT.more(rows.length - SHOWN)}</p>}
    </section>
  );
}

export function ReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const c = IMPORT.columns;
  return (
    <NativeDialog title={IMPORT.reportTitle(report.file)} closeLabel={IMPORT.close} onClose={onClose} className="import-report">
      <p className="notice">{IMPORT.local}</p>
      {report.failure !== null && (
        <p className="notice error" role="alert">
          {IMPORT.failure}: {report.failure}
        </p>
      )}
      <dl className="report-counts">
        <dt>{IMPORT.format}</dt>
        <dd>{report.format}</dd>
        <dt>{IMPORT.counts.read}</dt>
        <dd>{report.read.toLocaleString('en')}</dd>
        <dt>{IMPORT.counts.imported}</dt>
        <dd>{report.imported.toLocaleString('en')}</dd>
        <dt>{IMPORT.counts.merged}</dt>
        <dd>{report.merged.toLocaleString('en')}</dd>
        <dt>{IMPORT.counts.refused}</dt>
        <dd>{report.refused.toLocaleString('en')}</dd>
      </dl>
      <p className="muted">{IMPORT.recordNote}</p>
      <button type="button" onClick={() => download(report)}>
        {IMPORT.download}
      </button>
      <Problems title={IMPORT.refusals} rows={report.refusals} />
      <Problems title={IMPORT.warnings} rows={report.warnings} />
      {report.merges.length > 0 && (
        <section>
          <h3>
            {IMPORT.merges} ({report.merges.length.toLocaleString('en')})
          </h3>
          <div className="report-table">
            <table>
              <thead>
                <tr>
                  <th scope="col">{c.record}</th>
                  <th scope="col">{c.id}</th>
                  <th scope="col">{c.kept}</th>
                  <th scope="col">{c.differ}</th>
                </tr>
              </thead>
              <tbody>
                {report.merges.slice(0, SHOWN).map((m, k) => (
                  <tr key={k}>
                    <td>{m.record || '—'}</td>
                    <td>{m.id}</td>
                    <td>{m.keptFrom}</td>
                    <td>{m.fields.length === 0 ? IMPORT.identical : m.fields.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.merges.length > SHOWN && <p className="muted">{IMPORT.more(report.merges.length - SHOWN)}</p>}
        </section>
      )}
      {report.skipped.length > 0 && (
        <section>
          <h3>{IMPORT.skipped}</h3>
          <ul>
            {report.skipped.map((s) => (
              <li key={s.record}>
                {c.record} {s.record}, {c.line.toLowerCase()} {s.line ?? '—'}: {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </NativeDialog>
  );
}
