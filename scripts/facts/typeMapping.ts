/**
 * Reviewed mapping from the fact sheet's incident_type wording to the closed
 * type list. Where a wording names two types ("border closure / cross-border
 * clash"), the first-named type is taken as the primary one; the wording is
 * kept verbatim in `typeWording`. An unknown wording fails the converter.
 */
import type { IncidentType } from '../../src/domain/vocab.ts';

/** incident_type wording → type id. */
export const TYPE_MAPPING: Readonly<Record<string, IncidentType>> = {
  'ceasefire/talks event': 'talks-ceasefire',
  'ceasefire/talks event (ceasefire collapse)': 'talks-ceasefire',
  'cross-border shelling/clash': 'cross-border-clash',
  'cross-border shelling/clash (fence standoff)': 'cross-border-clash',
  // First-named type is primary: the clash came first, the closure followed.
  'cross-border shelling/clash; border closure': 'cross-border-clash',
  'cross-border shelling/clash; airstrike': 'cross-border-clash',
  // First-named type is primary: the closure is the event, the clash happened during it.
  'border closure / cross-border clash': 'border-closure',
  'border closure': 'border-closure',
  'airstrike/drone strike': 'airstrike',
  'airstrike/drone strike (jets and drones per Pakistani official)': 'airstrike',
  'airstrike/drone strike (disputed)': 'airstrike',
  'airstrike/drone strike (not officially acknowledged)': 'airstrike',
  'airstrike/drone strike (denied by Pakistan)': 'airstrike',
  'suicide bombing': 'suicide-bombing',
  'suicide bombing (VBIED)': 'suicide-bombing',
  'suicide bombing (VBIED + armed assault)': 'suicide-bombing',
  'suicide bombing (VBIED + multiple suicide bombers)': 'suicide-bombing',
  'suicide bombing (two VBIEDs + armed assault)': 'suicide-bombing',
  'suicide bombing (VBIED) + armed assault': 'suicide-bombing',
  'suicide bombing + armed assault': 'suicide-bombing',
  'armed assault': 'armed-assault',
  'armed assault (detainee uprising/hostage siege)': 'armed-assault',
  'armed assault (gun-and-suicide-vest raid)': 'armed-assault',
  'armed assault (cross-border raid)': 'armed-assault',
  'armed assault (ambush)': 'armed-assault',
  'armed assault (ambush with roadside bombs, per Reuters)': 'armed-assault',
  'armed clash (tribal/sectarian land dispute)': 'armed-clash',
  'armed clash (infiltration attempt, per Pakistan)': 'armed-clash',
  hijacking: 'hijacking',
};
