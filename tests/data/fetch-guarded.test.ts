/**
 * The worker's fetch fails one way: a status, a missing file and a server
 * that never answers each become a LoadError with its cause (the stall limit
 * is shortened here; the app waits 15 s).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchGuarded } from '../../src/data/load/fetchGuarded.ts';
import type { LoadError } from '../../src/data/load/loadError.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/silent') return; // never answers
    if (req.url === '/stalls') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"type":');
      return; // then nothing more
    }
    if (req.url === '/ok') return void res.end('{"type":"FeatureCollection","features":[]}');
    res.writeHead(req.url === '/boom' ? 500 : 404).end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failureOf(path: string): Promise<unknown> {
  try {
    const { body } = await fetchGuarded(`${base}${path}`, path, 1000);
    await new Response(body).text();
    return null;
  } catch (e) {
    return { failure: (e as LoadError).failure, message: (e as Error).message };
  }
}

describe('fetchGuarded', () => {
  it('names a 404 "not found" and a 500 by its status', async () => {
    expect(await failureOf('/missing')).toEqual({ failure: { kind: 'not-found' }, message: '/missing: not found (HTTP 404)' });
    expect(await failureOf('/boom')).toEqual({ failure: { kind: 'status', status: 500 }, message: '/boom: the server answered 500' });
  });

  it('gives up on a server that sends nothing, before or after the headers', async () => {
    expect(await failureOf('/silent')).toEqual({ failure: { kind: 'timeout', seconds: 1 }, message: '/silent: no answer for 1 s' });
    expect(await failureOf('/stalls')).toEqual({ failure: { kind: 'timeout', seconds: 1 }, message: '/stalls: no answer for 1 s' });
  });

  it('passes a good body through whole', async () => {
    const { body } = await fetchGuarded(`${base}/ok`, 'ok', 300);
    expect(await new Response(body).text()).toBe('{"type":"FeatureCollection","features":[]}');
  });
});
