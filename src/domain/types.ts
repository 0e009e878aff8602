/**
 * Domain types. They are inferred from the data schema (src/data/schema.ts) so
 * the validator and the types cannot drift; this file only re-exports them
 * under domain names and adds the flattened in-memory incident.
 */
import type { AttributionT, ClaimT, FigureT, IncidentPropertiesT, SourceT } from '../data/schema.ts';

export type Figure = FigureT;
export type Claim = ClaimT;
export type Source = SourceT;
export type Attribution = AttributionT;

/** An incident as the app holds it: the feature's properties plus its point. */
export interface Incident extends IncidentPropertiesT {
  lon: number;
  lat: number;
}
