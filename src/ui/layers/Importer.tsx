/**
 * "Open data file": a button (and a drop anywhere on the page) that opens a
 * file as a layer, with the mapping step where no dialect fits and the
 * report afterwards.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../data/import/generic.ts';
import type { ImportReport } from '../../data/import/report.ts';
import { IMPORT } from '../copy.ts';
import { useStore } from '../hooks.ts';
import { addFileLayer } from './addLayer.ts';
import { MappingDialog } from './MappingDialog.tsx';
import { ReportDialog } from './ReportDialog.tsx';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; fraction: number }
  | { kind: 'mapping'; file: File; format: 'CSV' | 'GeoJSON points'; columns: string[]; sample: string[][] }
  | { kind: 'report'; report: ImportReport }
  | { kind: 'failed'; message: string };

export function Importer() {
  const store = useStore();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const run = useCallback(
    async (file: File, mapping: ColumnMapping | null) => {
      setStep({ kind: 'reading', name: file.name, fraction: 0 });
      try {
        const r = await addFileLayer(store, file, mapping, (fraction) => setStep({ kind: 'reading', name: file.name, fraction }));
        setStep(r.kind === 'imported' ? { kind: 'report', report: r.report } : { ...r, kind: 'mapping', file });
      } catch (e) {
        setStep({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [store],
  );

  useEffect(() => {
    const files = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (f) void run(f, null);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [run]);

  return (
    <>
      <button type="button" className="open-file-btn" onClick={() => input.current?.click()} disabled={step.kind === 'reading'}>
        {IMPORT.open}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT.accept}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void run(f, null);
        }}
      />
      {step.kind === 'reading' && (
        <div className="import-progress">
          <span>{IMPORT.reading(step.name)}</span>
          <progress aria-label={IMPORT.progress} max={1} value={step.fraction} />
        </div>
      )}
      {step.kind === 'failed' && (
        <p className="notice error import-failed" role="alert">
          {IMPORT.failed(step.message)}
        </p>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          {IMPORT.dropHint}
        </div>
      )}
      {step.kind === 'mapping' && (
        <MappingDialog name={step.file.name} format={step.format} columns={step.columns} sample={step.sample} onConfirm={(m) => void run(step.file, m)} onCancel={() => setStep({ kind: 'idle' })} />
      )}
      {step.kind === 'report' && <ReportDialog report={step.report} onClose={() => setStep({ kind: 'idle' })} />}
    </>
  );
}
