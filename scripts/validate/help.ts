/** The validator's usage text (`npm run validate -- --help`). */

export const USAGE = 'Usage: npm run validate -- [--help | FILE…]';

export const HELP = `${USAGE}

Validates data files; with no FILE, every *.geojson in geo/. --help or -h
counts only as the first argument.

A JSON document (.geojson, .json) gets: JSON syntax; nesting at most 100 deep;
RFC 7946 structure (every MUST, with geojson-validation 1.0.2 as a second
opinion); polygon validity (no self-intersection, spike, puncture, rings
touching twice, holes outside, overlapping parts; the first crossing of each
ring is reported). Warns on RFC 7946 SHOULDs: ring winding, antimeridian
crossings not cut, coordinates beyond ±180/±90, nested/single/empty
GeometryCollections, positions of more than 3 numbers, empty coordinates,
noise digits past the 6th decimal, a byte order mark, a member name repeated
within one object (JSON.parse keeps only the last).

Incident files (a FeatureCollection whose features have claims and a start
date) and newline-delimited files (.ndjson features, .rows.ndjson compact
rows, read by the app's own loader) get the app's data door: the schema;
text lengths (title 500, notes 20,000, note 5,000, url 2,000, other text
2,000 characters); calendar dates in the years 1900-2100 with start <= end;
coordinates within ±180/±90; PAK/AFG events inside Pakistan or Afghanistan
or within 50 km of them; every claim's source listed; n <= max; figures at
most 1,000,000; uncertaintyKm at most 500; unique ids; parents that exist.
A warning where the point's province (geo/provinces.geojson) differs from
the stated one.

Only regular files are read (a directory, named pipe or device gets one
line); a JSON document may be at most 400 MB, a newline-delimited file 4 GB.

Output, one line per problem:
  FILE:LINE:COLUMN: expected …, found …              the file is not JSON
  FILE:LINE:COLUMN: warning: expected …, found …     a member name repeated in one object
  FILE: WHERE: FIELD: expected …, found …            an error
  FILE: warning: WHERE: FIELD: expected …, found …   a warning
  FILE: row N: FIELD: expected …, found …            a compact row
WHERE is "feature ID" (its id or properties.id), "feature #INDEX" (0-based),
"line N" (newline-delimited) or "document"; FIELD is a path such as
geometry.coordinates[0][3]. A rule broken several times in one WHERE is
printed once, "(and N more like it)". The last line sums up: OK or FAILED,
files, errors, warnings.

Exit status: 1 if any file has an error, 2 on a usage error, 0 otherwise
(warnings allowed).`;
