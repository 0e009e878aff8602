/**
 * The layers: the bundled incidents and each opened file, each with its
 * name, count, style, a visibility toggle, a remove button and (for files)
 * its report; totals per layer in the window, and a note where layers
 * overlap in time and place.
 */
import { useState } from 'react';
import type { ImportReport } from '../../data/import/report.ts';
import { removeSaved, setSavedVisible } from '../../data/import/saved.ts';
import { SIDE_NAMES } from '../../domain/vocab.ts';
import { LAYER_COLORS, layerActions, type FileLayer } from '../../state/layers.ts';
import { overlappingPairs, selectLayerTotals, type LayerTotals } from '../../state/layersSelectors.ts';
import type { AppState } from '../../state/reducer.ts';
import { LAYERS, STATUS } from '../copy.ts';
import { useDispatch, useSettledSelect, useUpdating } from '../hooks.ts';
import { ReportDialog } from './ReportDialog.tsx';

const selectLayers = (s: AppState) => s.layers;
const selectBundledCount = (s: AppState) => s.data.dataset?.size ?? null;

function Totals({ t }: { t: LayerTotals | undefined }) {
  if (t === undefined) return null;
  // A side with no figure in the window says so; it is never "0 killed".
  const sides = t.sides.map((s) => {
    const who = t.sides.length > 1 ? s.side : SIDE_NAMES[s.side];
    if (s.withFigures === 0) return `${who}: ${LAYERS.noFigure}`;
    const missing = t.inWindow - s.withFigures;
    return `${who}: ${s.killed.toLocaleString('en')} ${STATUS.killed}${missing > 0 ? ` (${STATUS.noFigures(missing)})` : ''}`;
  });
  return (
    <p className="layer-totals">
      {LAYERS.inWindow(t.inWindow)}
      {sides.length > 0 && ` · ${sides.join(' · ')}`}
      {t.shadowed > 0 && <span className="muted"> · {LAYERS.shadowed(t.shadowed)}</span>}
    </p>
  );
}

export function LayersPanel() {
  // The settled state: each layer's totals follow a claim view choice after the map's frame (aria-busy meanwhile).
  const layers = useSettledSelect(selectLayers);
  const bundledCount = useSettledSelect(selectBundledCount);
  const totals = useSettledSelect(selectLayerTotals);
  const updating = useUpdating();
  const dispatch = useDispatch();
  const [report, setReport] = useState<ImportReport | null>(null);
  const totalOf = (source: number) => totals.find((t) => t.source === source);
  const nameOf = (source: number) => (source < 0 ? LAYERS.bundled : (layers.files[source]?.name ?? ''));
  const overlaps = overlappingPairs(totals);
  const toggle = (f: FileLayer) => {
    dispatch(layerActions.layerToggled(f.key));
    void setSavedVisible(f.key, !f.visible).catch(() => undefined);
  };
  const remove = (f: FileLayer) => {
    dispatch(layerActions.layerRemoved(f.key));
    void removeSaved(f.key).catch(() => undefined);
  };
  return (
    <section className="layers" aria-labelledby="layers-title" aria-busy={updating}>
      <h2 id="layers-title">{LAYERS.title}</h2>
      <ul className="layer-list">
        {!layers.bundledRemoved && (
          <li className="layer">
            <span className="layer-swatch layer-swatch-bundled" title={LAYERS.bundledStyle} aria-hidden="true" />
            <label className="layer-name">
              <input type="checkbox" checked={layers.bundledVisible} onChange={() => dispatch(layerActions.bundledToggled())} aria-label={LAYERS.show(LAYERS.bundled)} />
              {LAYERS.bundled}
            </label>
            <span className="layer-count">{bundledCount === null ? '…' : LAYERS.count(bundledCount)}</span>
            <button type="button" className="layer-remove" aria-label={LAYERS.remove(LAYERS.bundled)} onClick={() => dispatch(layerActions.bundledRemoved(true))}>
              ×
            </button>
            {layers.bundledVisible && <Totals t={totalOf(-1)} />}
          </li>
        )}
        {layers.files.map((f, k) => (
          <li key={f.key} className="layer">
            <span className="layer-swatch" style={{ background: LAYER_COLORS[f.style] }} title={LAYERS.fileStyle} aria-hidden="true" />
            <label className="layer-name">
              <input type="checkbox" checked={f.visible} onChange={() => toggle(f)} aria-label={LAYERS.show(f.name)} />
              {f.name}
            </label>
            <span className="layer-count">{LAYERS.count(f.incidents.length)}</span>
            <button type="button" className="layer-remove" aria-label={LAYERS.remove(f.name)} onClick={() => remove(f)}>
              ×
            </button>
            <button type="button" className="layer-report link-btn" onClick={() => setReport(f.report)}>
              {LAYERS.report(f.name)}
            </button>
            {f.visible && <Totals t={totalOf(k)} />}
          </li>
        ))}
      </ul>
      {layers.bundledRemoved && (
        <button type="button" className="link-btn" onClick={() => dispatch(layerActions.bundledRemoved(false))}>
          {LAYERS.restoreBundled}
        </button>
      )}
      {overlaps.map(([a, b]) => (
        <p key={`${a}-${b}`} className="notice warn">
          {LAYERS.overlap(nameOf(totals[a]!.source), nameOf(totals[b]!.source))}
        </p>
      ))}
      <p className="muted layer-link-note">{LAYERS.notInLink}</p>
      {report !== null && <ReportDialog report={report} onClose={() => setReport(null)} />}
    </section>
  );
}
