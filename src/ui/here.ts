/**
 * Which "Incidents here" list is open (UI state, not app state: it is not in
 * the URL and nothing is derived from it). The map opens it for a click on
 * several incidents, a list row for the incidents sharing its spot.
 */
import { useSyncExternalStore } from 'react';

/** An open list: the incidents, where it was asked for, and how to zoom to them (counted discs only). */
export interface HereList {
  ids: string[];
  /** CSS px in the map area where the click was; null = opened from the list (shown at the map's corner). */
  at: { x: number; y: number } | null;
  zoomTo: (() => void) | null;
  /** Focus returns here when the list closes. */
  opener: HTMLElement | null;
}

let current: HereList | null = null;
const listeners = new Set<() => void>();

function set(next: HereList | null): void {
  current = next;
  for (const l of listeners) l();
}

/** Opens the list (replacing any open one). */
export function openHere(list: HereList): void {
  set(list);
}

/** Closes the list. */
export function closeHere(): void {
  if (current !== null) set(null);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The open list, or null. */
export function useHere(): HereList | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
