/**
 * "Export": a menu button (WAI-ARIA menu pattern) offering the view as
 * GeoJSON, CSV or a PNG at 1× or 2×. Files are built from the state when
 * chosen and saved through a download link; the PNG composites the drawn map.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppState } from '../state/reducer.ts';
import { EXPORT } from './copy.ts';
import { csvFile, geoJsonFile, pngName, sheetContent, type ExportFile } from './exportData.ts';
import { drawSheet, pngBlob, type DrawnSheet } from './exportPng.ts';
import { useStore } from './hooks.ts';
import { mapImage } from './mapImage.ts';

/** The last PNG drawn: its texts and regions, for browser tests to check what the image holds. */
declare global {
  interface Window {
    __atlasExport?: { name: string; width: number; height: number; texts: string[]; regions: DrawnSheet['regions'] };
  }
}

type Item = { key: string; label: string; make: (s: AppState) => Promise<ExportFile> };

async function png(s: AppState, ratio: number): Promise<ExportFile> {
  const image = mapImage(ratio);
  if (image === null) throw new Error(EXPORT.noMap);
  const sheet = await drawSheet(await image, ratio, sheetContent(s));
  const name = pngName(s, ratio);
  window.__atlasExport = { name, width: sheet.canvas.width, height: sheet.canvas.height, texts: sheet.texts, regions: sheet.regions };
  return { name, blob: await pngBlob(sheet.canvas) };
}

const ITEMS: Item[] = [
  { key: 'geojson', label: EXPORT.geojson, make: async (s) => geoJsonFile(s) },
  { key: 'csv', label: EXPORT.csv, make: async (s) => csvFile(s) },
  { key: 'png1', label: EXPORT.png1, make: (s) => png(s, 1) },
  { key: 'png2', label: EXPORT.png2, make: (s) => png(s, 2) },
];

/** Saves a file through a temporary download link. */
function save({ name, blob }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu() {
  const store = useStore();
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const away = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = async (item: Item) => {
    close();
    setSaid(EXPORT.busy);
    try {
      const file = await item.make(store.getState());
      save(file);
      setSaid(EXPORT.done(file.name));
    } catch (e) {
      setSaid(EXPORT.failed(e instanceof Error ? e.message : String(e)));
    }
  };
  const onKey = (e: React.KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
    else if (to !== undefined) {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    }
  };

  return (
    <div className="export">
      <button
        ref={button}
        type="button"
        className="tool-btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'export-menu' : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {EXPORT.button}
      </button>
      {open && (
        <ul ref={menu} id="export-menu" role="menu" aria-label={EXPORT.menu} className="export-menu" onKeyDown={onKey}>
          {ITEMS.map((item) => (
            <li key={item.key} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="export-said" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
