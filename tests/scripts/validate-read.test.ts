/**
 * The validator's reads stop at their limit however much the file holds: the
 * path endless input (a growing file, /proc) takes once the size check passed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cappedStream, readCapped } from '../../scripts/validate/read.ts';

const file = join(mkdtempSync(join(tmpdir(), 'validate-read-')), 'f.geojson');
writeFileSync(file, '0123456789abcdef');

describe('capped reads', () => {
  it('reads a file within the limit whole, and gives up one byte past it', () => {
    expect(readCapped(file, 16)?.toString()).toBe('0123456789abcdef');
    expect(readCapped(file, 15)).toBeNull();
  });

  it('streams a file within the limit, and errors with the message past it', async () => {
    expect(await new Response(cappedStream(file, 16, 'too large')).text()).toBe('0123456789abcdef');
    await expect(new Response(cappedStream(file, 10, 'too large')).text()).rejects.toThrow('too large');
  });

  it('stops reading /dev/zero at the limit instead of running forever', () => {
    expect(readCapped('/dev/zero', 5 * 1024 * 1024)).toBeNull();
  });
});
