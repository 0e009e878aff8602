/**
 * Browser tests run against the built app (`npm run test:browser` builds
 * first). This starts `vite preview` of dist/ on 127.0.0.1 at a free port and
 * hands the URL to the tests through `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Asks the OS for a port nobody listens on, then frees it for vite. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${root}/dist/index.html`)) {
    throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:browser does).');
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
