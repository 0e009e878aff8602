/**
 * Opened files kept in this browser's IndexedDB, so they come back after a
 * reload until removed. The file itself is kept (and read again on restore
 * through the same import), with its confirmed mapping and layer choices.
 * Nothing leaves the browser.
 */
import type { ColumnMapping } from './generic.ts';

/** One saved layer. */
export interface SavedLayer {
  key: string;
  name: string;
  file: File;
  mapping: ColumnMapping | null;
  style: number;
  visible: boolean;
  /** Opening order (first-opened wins an id both files have). */
  order: number;
}

const DB = 'durand-atlas';
const STORE = 'layers';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Every saved layer, in opening order; empty where IndexedDB is unavailable. */
export async function loadSaved(): Promise<SavedLayer[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = await run('readonly', (s) => s.getAll() as IDBRequest<SavedLayer[]>);
  return all.sort((a, b) => a.order - b.order);
}

/** Saves (or replaces) a layer. */
export async function saveLayer(layer: SavedLayer): Promise<void> {
  await run('readwrite', (s) => s.put(layer));
}

/** Changes a saved layer's visibility. */
export async function setSavedVisible(key: string, visible: boolean): Promise<void> {
  const db = await run('readonly', (s) => s.get(key) as IDBRequest<SavedLayer | undefined>);
  if (db !== undefined) await saveLayer({ ...db, visible });
}

/** Forgets a layer. */
export async function removeSaved(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
