/**
 * One test per validation rule: each builds a small broken input and asserts
 * the exact line the validator prints for it.
 */
import { describe, expect, it } from 'vitest';
import { collection, feature, hole, incident, lines, point, polygon, square } from './validate-factories.ts';

describe('valid input', () => {
  it('passes a valid FeatureCollection of a point and a polygon with a hole clean', () => {
    expect(lines(collection(feature(point()), feature(polygon(square(0, 0, 10), hole(2, 2, 2)))))).toEqual([]);
  });

  it('passes a valid incident collection clean', () => {
    expect(lines(collection(incident()))).toEqual([]);
  });
});

describe('JSON syntax', () => {
  it('reports the line and column of a missing comma', () => {
    expect(lines('{\n  "type": "Point"\n  "coordinates": [1, 2]\n}')).toEqual([`f.geojson:3:3: expected ',' or '}' after a member value, found '"'`]);
  });

  it('reports a trailing comma at its column', () => {
    expect(lines('[1,2,]')).toEqual([`f.geojson:1:6: expected a JSON value, found ']'`]);
  });

  it('reports an unterminated document at the end of the file', () => {
    expect(lines('{"type":')).toEqual(['f.geojson:1:9: expected a JSON value, found the end of the file']);
  });

  it('accepts a UTF-8 byte order mark with a warning', () => {
    expect(lines(`\uFEFF${JSON.stringify(point())}`)).toEqual(['f.geojson: warning: document: (root): expected no byte order mark (RFC 8259 §8.1), found a UTF-8 byte order mark']);
  });
});

describe('RFC 7946 structure (errors)', () => {
  it('rejects a root that is not an object', () => {
    expect(lines('null')).toEqual(['f.geojson: document: (root): expected a GeoJSON object, found null']);
  });

  it('rejects a type in the wrong case', () => {
    expect(lines({ type: 'point', coordinates: [1, 2] })).toEqual(['f.geojson: document: type: expected "Point" (type names are case-sensitive), found "point"']);
  });

  it('rejects a Feature carrying a "features" member (§7.1)', () => {
    expect(lines(feature(point(), { features: [] }))).toEqual(['f.geojson: document: features: expected no "features" member on a Feature (RFC 7946 §7.1), found an empty array']);
  });

  it('rejects a bbox with a string in it', () => {
    expect(lines({ ...point(), bbox: [0, 0, 1, '1'] })).toEqual(['f.geojson: document: bbox: expected a bbox of numbers only, found [0,0,1,"1"]']);
  });

  it('rejects a FeatureCollection without features', () => {
    expect(lines({ type: 'FeatureCollection' })).toEqual(['f.geojson: document: features: expected a "features" array, found nothing']);
  });

  it('rejects a features element that is not an object', () => {
    expect(lines(collection(feature(), 7))).toEqual(['f.geojson: feature #1: (root): expected a Feature object, found 7']);
  });

  it('rejects a Feature id that is an object', () => {
    expect(lines(collection(feature(point(), { id: { a: 1 } })))).toEqual(['f.geojson: feature #0: id: expected a string or number id, found an object']);
  });

  it('rejects properties that are an array', () => {
    expect(lines(collection(feature(point(), { properties: [] })))).toEqual(['f.geojson: feature #0: properties: expected an object or null, found an empty array']);
  });

  it('rejects a Feature without a geometry member', () => {
    expect(lines(collection({ type: 'Feature', properties: null }))).toEqual(['f.geojson: feature #0: geometry: expected a "geometry" member (a geometry object or null), found nothing']);
  });

  it('rejects a geometry without coordinates', () => {
    expect(lines({ type: 'LineString' })).toEqual(['f.geojson: document: coordinates: expected a "coordinates" member on a LineString, found nothing']);
  });

  it('rejects a GeometryCollection whose geometries is not an array', () => {
    expect(lines({ type: 'GeometryCollection', geometries: {} })).toEqual(['f.geojson: document: geometries: expected a "geometries" array, found an object']);
  });

  it('rejects a Feature inside a GeometryCollection', () => {
    expect(lines({ type: 'GeometryCollection', geometries: [point(), feature()] })).toEqual([
      'f.geojson: document: geometries[1].type: expected a geometry type (a Feature is not a geometry), found "Feature"',
    ]);
  });

  it('rejects coordinates nested one level too shallow', () => {
    expect(lines({ type: 'MultiPolygon', coordinates: [[[1, 2]]] })).toEqual([
      'f.geojson: document: coordinates[0][0][0]: expected a position (an array of 2 or 3 numbers), found 1 (and 1 more like it)',
    ]);
  });

  it('rejects a position holding a string', () => {
    expect(lines(point([70, '33']))).toEqual(['f.geojson: document: coordinates[1]: expected a number, found "33"']);
  });

  it('rejects a number too large for a double', () => {
    expect(lines('{"type": "Point", "coordinates": [1e309, 2]}')).toEqual(['f.geojson: document: coordinates[0]: expected a finite number, found Infinity (a number beyond the range of a double)']);
  });

  it('rejects a position of one number', () => {
    expect(lines(point([70]))).toEqual(['f.geojson: document: coordinates: expected a position of at least 2 numbers, found [70]']);
  });

  it('rejects a LineString of one position', () => {
    expect(lines({ type: 'LineString', coordinates: [[1, 2]] })).toEqual(['f.geojson: document: coordinates: expected a LineString of at least 2 positions, found 1']);
  });

  it('rejects a linear ring of three positions', () => {
    expect(lines(polygon([[0, 0], [1, 0], [0, 0]]))).toEqual(['f.geojson: document: coordinates[0]: expected a linear ring of at least 4 positions, found 3']);
  });

  it('rejects a linear ring that is not closed', () => {
    expect(lines(polygon([[0, 0], [1, 0], [1, 1], [0, 1]]))).toEqual([
      'f.geojson: document: coordinates[0]: expected a closed linear ring (last position identical to the first), found first [0,0], last [0,1]',
    ]);
  });

  it('reports what geojson-validation still rejects after the walker passed', () => {
    const library = (): string[] => ['Position must be at least two elements'];
    expect(lines(collection(feature()), { library })).toEqual([
      'f.geojson: feature #0: (root): expected valid GeoJSON per geojson-validation, found "Position must be at least two elements"',
    ]);
  });
});

describe('RFC 7946 SHOULD rules (warnings)', () => {
  it('warns on empty coordinates', () => {
    expect(lines(polygon())).toEqual(['f.geojson: warning: document: coordinates: expected non-empty coordinates (an empty Polygon is read as no geometry, RFC 7946 §3.1), found an empty array']);
  });

  it('warns on a position of four numbers', () => {
    expect(lines(point([1, 2, 3, 4]))).toEqual(['f.geojson: warning: document: coordinates: expected at most 3 numbers in a position (RFC 7946 §3.1.1), found [1,2,3,4]']);
  });

  it('warns on a nested GeometryCollection', () => {
    const inner = { type: 'GeometryCollection', geometries: [point(), point()] };
    expect(lines({ type: 'GeometryCollection', geometries: [point(), inner] })).toEqual([
      'f.geojson: warning: document: geometries[1]: expected a GeometryCollection of several non-collection geometries (RFC 7946 §3.1.8), found a nested GeometryCollection',
    ]);
  });

  it('warns on a GeometryCollection of one geometry', () => {
    expect(lines({ type: 'GeometryCollection', geometries: [point()] })).toEqual([
      'f.geojson: warning: document: geometries: expected a GeometryCollection of several non-collection geometries (RFC 7946 §3.1.8), found a single geometry',
    ]);
  });

  it('warns on an empty GeometryCollection', () => {
    expect(lines({ type: 'GeometryCollection', geometries: [] })).toEqual([
      'f.geojson: warning: document: geometries: expected a GeometryCollection of several non-collection geometries (RFC 7946 §3.1.8), found an empty GeometryCollection',
    ]);
  });

  it('warns on a latitude beyond 90', () => {
    expect(lines(point([70, 95]))).toEqual(['f.geojson: warning: document: coordinates: expected longitude within ±180 and latitude within ±90 (RFC 7946 §4), found latitude 95']);
  });

  it('warns on a line crossing the antimeridian uncut', () => {
    expect(lines({ type: 'LineString', coordinates: [[170, 0], [-170, 1]] })).toEqual([
      'f.geojson: warning: document: coordinates[1]: expected lines and rings cut at the antimeridian (RFC 7946 §3.1.9), found a segment from longitude 170 to -170',
    ]);
  });

  it('warns on a clockwise exterior ring', () => {
    expect(lines(polygon(hole(0, 0, 1)))).toEqual(['f.geojson: warning: document: coordinates[0]: expected a counter-clockwise exterior ring (right-hand rule, RFC 7946 §3.1.6), found a clockwise ring']);
  });

  it('warns on a counter-clockwise hole', () => {
    expect(lines(polygon(square(0, 0, 10), square(2, 2, 2)))).toEqual(['f.geojson: warning: document: coordinates[1]: expected a clockwise hole (right-hand rule, RFC 7946 §3.1.6), found a counter-clockwise hole']);
  });

  it('warns once per file on noise digits past the 6th decimal', () => {
    const noisy = { type: 'LineString', coordinates: [[100.0000000001, 2], [101, 3.0000000001]] };
    expect(lines(noisy)).toEqual([
      'f.geojson: warning: document: coordinates: expected coordinates rounded to 6 decimal places, about 10 cm (RFC 7946 §11.2), found 2 numbers with noise digits past the 6th decimal, first 100.0000000001 at document coordinates[0]',
    ]);
  });

  it('does not warn on full-precision computed coordinates', () => {
    expect(lines(point([24.84656534821976, 31.353636941500987]))).toEqual([]);
  });
});

describe('polygon validity', () => {
  it('rejects a bow-tie ring', () => {
    expect(lines(polygon([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]))).toEqual([
      'f.geojson: document: coordinates[0][2]: expected a simple ring that does not cross or touch itself, found the ring meeting itself at [1, 1]',
    ]);
  });

  it('rejects a spike', () => {
    const spiked = [[0, 0], [4, 0], [4, -2], [4, 4], [0, 4], [0, 0]];
    expect(lines(polygon(spiked))[0]).toBe('f.geojson: document: coordinates[0][2]: expected a ring without spikes, found the ring turning back on itself at [4, -2]');
  });

  it('rejects a hole crossing the shell', () => {
    expect(lines(polygon(square(0, 0, 4), hole(3, 1, 2)))).toEqual([
      'f.geojson: document: coordinates[1][1]: expected rings of one polygon that do not cross, found rings crossing at [4, 3] (and 1 more like it)',
    ]);
  });

  it('rejects a hole touching the shell at two points', () => {
    const h = [[0, 2], [2, 3], [4, 2], [2, 1], [0, 2]];
    expect(lines(polygon(square(0, 0, 4), h))).toEqual([
      'f.geojson: document: coordinates[1][1]: expected rings of one polygon touching at one point at most, found a second touching point at [4, 2]',
    ]);
  });

  it('accepts a hole touching the shell at one point', () => {
    expect(lines(polygon(square(0, 0, 4), [[0, 2], [2, 3], [3, 2], [2, 1], [0, 2]]))).toEqual([]);
  });

  it('rejects a hole outside its shell', () => {
    expect(lines(polygon(square(0, 0, 1), hole(5, 5, 1)))).toEqual(['f.geojson: document: coordinates[1][0]: expected a hole inside its exterior ring, found a hole vertex outside it at [5, 5]']);
  });

  it('rejects overlapping MultiPolygon parts', () => {
    expect(lines({ type: 'MultiPolygon', coordinates: [[square(0, 0, 4)], [square(1, 1, 1)]] })).toEqual([
      'f.geojson: document: coordinates[1]: expected MultiPolygon parts that do not overlap, found parts overlapping at [1, 1]',
    ]);
  });

  it('accepts MultiPolygon parts touching at a corner', () => {
    expect(lines({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(1, 1, 1)]] })).toEqual([]);
  });

  it('warns on a ring of fewer than 3 distinct positions', () => {
    expect(lines(polygon([[0, 0], [1, 1], [1, 1], [0, 0]]))).toEqual([
      'f.geojson: warning: document: coordinates[0]: expected a ring enclosing an area, found fewer than 3 distinct positions at [0, 0]',
    ]);
  });
});

describe('repeated member names', () => {
  it('warns at the line and column of a member name repeated in one object', () => {
    expect(lines('{"type": "Point",\n "coordinates": [1, 2], "type": "Point"}')).toEqual([
      'f.geojson:2:25: warning: expected member names unique within an object (RFC 8259 §4), found a second "type"',
    ]);
  });
});
