/**
 * The mapping step for a file no dialect fits: which column (or property)
 * holds the date, latitude, longitude, title, killed figure and country.
 * Pre-filled with a guess from the names; the user confirms.
 */
import { useId, useState } from 'react';
import { MAPPED_FIELDS, REQUIRED_FIELDS, guessMapping, type ColumnMapping, type MappedField } from '../../data/import/generic.ts';
import { IMPORT } from '../copy.ts';
import { NativeDialog } from './NativeDialog.tsx';

interface Props {
  name: string;
  format: 'CSV' | 'GeoJSON points';
  columns: string[];
  sample: string[][];
  onConfirm: (m: ColumnMapping) => void;
  onCancel: () => void;
}

export function MappingDialog({ name, format, columns, sample, onConfirm, onCancel }: Props) {
  const [m, setM] = useState<ColumnMapping>(() => guessMapping(columns));
  const id = useId();
  const points = format === 'GeoJSON points';
  const fields = MAPPED_FIELDS.filter((f) => !(points && (f === 'latitude' || f === 'longitude')));
  const required = REQUIRED_FIELDS.filter((f) => fields.includes(f));
  const missing = required.filter((f) => m[f] === null);
  return (
    <NativeDialog title={IMPORT.mappingTitle} closeLabel={IMPORT.cancel} onClose={onCancel} className="import-mapping">
      <p>{IMPORT.mappingIntro(name, format)}</p>
      <p className="notice">{IMPORT.local}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (missing.length === 0) onConfirm(m);
        }}
      >
        <div className="mapping-grid">
          {fields.map((f: MappedField) => (
            <label key={f} htmlFor={`${id}-${f}`}>
              <span>
                {IMPORT.fields[f]} <span className="muted">({required.includes(f) ? IMPORT.required : IMPORT.optionalField})</span>
              </span>
              <select id={`${id}-${f}`} value={m[f] ?? ''} onChange={(e) => setM({ ...m, [f]: e.target.value === '' ? null : e.target.value })}>
                <option value="">{IMPORT.none}</option>
                {columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {missing.length > 0 && <p className="notice warn">{IMPORT.missing(missing.map((f) => IMPORT.fields[f]).join(', '))}</p>}
        <h3>{IMPORT.sample}</h3>
        <div className="report-table">
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sample.map((row, k) => (
                <tr key={k}>
                  {columns.map((c, j) => (
                    <td key={c}>{row[j] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="dialog-actions">
          <button type="submit" disabled={missing.length > 0}>
            {IMPORT.importButton}
          </button>
          <button type="button" onClick={onCancel}>
            {IMPORT.cancel}
          </button>
        </div>
      </form>
    </NativeDialog>
  );
}
