/**
 * Validate one GeoJSON text: JSON syntax (with line and column), RFC 7946
 * structure (own walker + geojson-validation), SHOULD rules as warnings,
 * polygon validity, and for incident files the schema and domain rules.
 * Pure: the caller reads files and supplies the province check.
 */
import { adviseGeometry, crossesAntimeridian, precisionProblem, type PrecisionTally } from './advice.ts';
import { checkIncidentFeatures, isIncidentCollection, type ProvinceCheck } from './incidentRules.ts';
import { depthError, lineColumn, parseJson } from './jsonPosition.ts';
import { MAX_DEPTH } from './limits.ts';
import { geojsonValidation, libraryProblems, type LibraryCheck } from './library.ts';
import { ProblemSink, type Problem } from './report.ts';
import { checkStructure, featureLocator } from './rfc7946.ts';
import { checkValidity } from './validity.ts';
import { isJsonObject } from './coordinates.ts';

export { formatProblem, summaryLine, tally, type Problem } from './report.ts';

/** Options for {@link validateText}. */
export interface ValidateOptions {
  /** Province check for incident files (built from geo/provinces.geojson by the caller). */
  province?: ProvinceCheck;
  /** The structural second opinion; geojson-validation by default. */
  library?: LibraryCheck;
}

/**
 * All problems of one file's text, errors and warnings, in document order.
 * @example validateText('{"type":"Point","coordinates":[1]}') // one error: position of at least 2 numbers
 */
export function validateText(text: string, options: ValidateOptions = {}): Problem[] {
  // Every walk below may recurse as deep as the document nests: bound it first.
  const deep = depthError(text, MAX_DEPTH);
  if (deep) {
    const at = lineColumn(text, deep.offset);
    return [{ severity: 'error', rule: 'depth', where: '', field: '', expected: `JSON nested at most ${MAX_DEPTH} levels deep`, found: `level ${deep.depth}`, ...at }];
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return [{ severity: 'error', rule: 'json', where: '', field: '', expected: parsed.expected, found: parsed.found, line: parsed.line, column: parsed.column }];
  }
  const sink = new ProblemSink();
  if (parsed.bom) {
    sink.add({ severity: 'warning', rule: 'bom', where: 'document', field: '(root)', expected: 'no byte order mark (RFC 8259 §8.1)', found: 'a UTF-8 byte order mark' });
  }
  for (const d of parsed.duplicates) {
    sink.add({ severity: 'warning', rule: 'duplicate-member', where: '', field: '', expected: 'member names unique within an object (RFC 8259 §4)', found: `a second ${JSON.stringify(d.name)}`, line: d.line, column: d.column });
  }
  const doc = parsed.value;
  const tally: PrecisionTally = { count: 0, first: null };
  checkStructure(doc, sink, (site) => {
    adviseGeometry(site, sink, tally);
    // Planar validity means nothing for a ring drawn across the antimeridian (already warned).
    if (!crossesAntimeridian(site)) checkValidity(site, sink);
  });
  secondOpinion(doc, sink, options.library ?? geojsonValidation);
  precisionProblem(sink, tally);
  if (isIncidentCollection(doc)) {
    // Features already broken structurally are not re-reported by the schema in other words.
    const broken = new Set(sink.problems.filter((p) => p.severity === 'error').map((p) => p.where));
    const verdict = checkIncidentFeatures((doc as { features: unknown[] }).features, { province: options.province }, broken);
    for (const p of verdict.problems) sink.add(p);
  }
  return sink.problems;
}

/** Run the library on each object the walker found no error in, so its verdict is never weaker. */
function secondOpinion(doc: unknown, sink: ProblemSink, library: LibraryCheck): void {
  const failed = new Set(sink.problems.filter((p) => p.severity === 'error').map((p) => p.where));
  if (isJsonObject(doc) && doc.type === 'FeatureCollection' && Array.isArray(doc.features)) {
    if (failed.has('document')) return;
    doc.features.forEach((f: unknown, i) => {
      const where = featureLocator(f, i);
      if (!failed.has(where)) for (const p of libraryProblems(library, f, where)) sink.add(p);
    });
  } else if (failed.size === 0) {
    for (const p of libraryProblems(library, doc, 'document')) sink.add(p);
  }
}
