/**
 * Geometry validity (src/domain/geoValidity.ts) turned into problems: a
 * Polygon or MultiPolygon that is structurally fine but not a valid simple
 * feature (bow-tie, spike, puncture, hole touching its shell twice, parts
 * overlapping) is an error, because area, centroid and point-in-polygon give
 * wrong answers on it. Polygons inside GeometryCollections are checked too.
 */
import { multiPolygonIssues, polygonIssues, type GeometryIssue, type Position } from '../../domain/geoValidity.ts';
import type { ProblemSink } from './report.ts';
import type { GeometrySite } from './rfc7946.ts';

const WORDS: Record<GeometryIssue['kind'], { expected: string; found: string }> = {
  'self-intersection': { expected: 'a simple ring that does not cross or touch itself', found: 'the ring meeting itself at' },
  spike: { expected: 'a ring without spikes', found: 'the ring turning back on itself at' },
  'rings-cross': { expected: 'rings of one polygon that do not cross', found: 'rings crossing at' },
  'rings-touch-twice': { expected: 'rings of one polygon touching at one point at most', found: 'a second touching point at' },
  'hole-outside-shell': { expected: 'a hole inside its exterior ring', found: 'a hole vertex outside it at' },
  'parts-overlap': { expected: 'MultiPolygon parts that do not overlap', found: 'parts overlapping at' },
  'degenerate-ring': { expected: 'a ring enclosing an area', found: 'fewer than 3 distinct positions at' },
};

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Report validity issues of a Polygon or MultiPolygon site; other types have none. */
export function checkValidity(site: GeometrySite, sink: ProblemSink): void {
  const { type, coordinates } = site.geometry;
  let issues: GeometryIssue[];
  if (type === 'Polygon') issues = polygonIssues(coordinates as Position[][]);
  else if (type === 'MultiPolygon') issues = multiPolygonIssues(coordinates as Position[][][]);
  else return;
  const base = site.path === '' ? 'coordinates' : `${site.path}.coordinates`;
  for (const issue of issues) {
    const w = WORDS[issue.kind];
    sink.add({
      severity: issue.severity,
      rule: `geometry:${issue.kind}`,
      where: site.where,
      field: `${base}${issue.path}`,
      expected: w.expected,
      found: `${w.found} [${round(issue.at[0])}, ${round(issue.at[1])}]`,
    });
  }
}
