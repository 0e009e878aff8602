/**
 * `vite preview` answers every unknown path with index.html (a single-page
 * fallback this app does not need: it has one page). So `?data=missing.json`
 * got a web page where data was expected. This plugin answers a path that
 * names no file under dist/ with a real 404; the page itself (`/`, a folder,
 * `*.html`) is left to vite.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** True when the request path names a file that exists under `dir`. */
export function servesFile(dir: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = resolve(dir, `.${decoded}`);
  if (file !== dir && !file.startsWith(dir + sep)) return false;
  return existsSync(file) && statSync(file).isFile();
}

/** A real 404 for missing files under `vite preview`. */
export function previewNotFound(): Plugin {
  return {
    name: 'durand-atlas:preview-not-found',
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base.startsWith('/') ? server.config.base : '/';
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        const inside = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
        if (inside.endsWith('/') || inside.endsWith('.html') || servesFile(dir, inside)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found\n');
      });
    },
  };
}
