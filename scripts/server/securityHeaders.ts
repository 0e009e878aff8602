/**
 * The page's security headers, one table for every way the app is served:
 * `vite preview` (`npm start`, the browser tests) sends them through the
 * plugin below, and `public/_headers` (copied to `dist/_headers` for hosts
 * that read it) is rendered from the same table (a test keeps the two equal).
 *
 * The only source beyond 'self' is `img-src data:`: maplibre's control icons
 * (zoom in/out) are data: SVG images in its stylesheet. Styles need no
 * 'unsafe-inline' (React and maplibre set style properties from script, which
 * a policy does not govern); workers are files of this origin, so no blob:.
 * No 'unsafe-eval' (zod runs jitless, see src/data/zodSetup.ts), no inline
 * script, no outside origin. Workers get the same header with their script.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** The directives every page shares; `frame-ancestors` is set per path (see HEADER_RULES). */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy for a page that may be framed by `frameAncestors` ("'none'" for every page but an embed). */
export function contentSecurityPolicy(frameAncestors: string): string {
  return [...CSP_DIRECTIVES, ['frame-ancestors', frameAncestors]].map(([k, v]) => `${k} ${v}`).join('; ');
}

/**
 * What a `<meta http-equiv>` policy can carry: the same directives minus
 * `frame-ancestors` (ignored in a meta tag), for hosts that send no header.
 */
export function metaPolicy(): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** One row of the table: a path pattern (`/*` = everything) and who may frame it. */
export interface HeaderRule {
  path: string;
  frameAncestors: string;
}

/**
 * Per-path rules, most specific first; the first match wins. Only the embed
 * page may be framed, by anyone; everything else by nobody.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  // The embed page (embed.html, issue 12) is made to sit in other sites' articles.
  { path: '/embed.html', frameAncestors: '*' },
  { path: '/*', frameAncestors: "'none'" },
];

/** Does a rule's path pattern cover `pathname`? (`/*` covers all; otherwise an exact path.) */
function covers(pattern: string, pathname: string): boolean {
  return pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** The headers to send for a request path. */
export function headersFor(pathname: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  const rule = rules.find((r) => covers(r.path, pathname)) ?? { path: '/*', frameAncestors: "'none'" };
  return {
    'Content-Security-Policy': contentSecurityPolicy(rule.frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages format). Specific paths are
 * written after `/*` and detach its policy first (`! Header`, Cloudflare's
 * syntax) so a page never carries two policies at once.
 */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = [...rules].reverse().map((r) => {
    const lines = Object.entries(headersFor(r.path, [r])).map(([k, v]) => `  ${k}: ${v}`);
    const detach = r.path.endsWith('/*') ? [] : ['  ! Content-Security-Policy'];
    return [r.path, ...detach, ...lines].join('\n');
  });
  return `# Generated from scripts/server/securityHeaders.ts (a test keeps this file equal to it).\n${blocks.join('\n')}\n`;
}

/**
 * Vite plugin: the built page carries the meta policy (first in <head>), and
 * `vite preview` sends the table's headers with every response. The dev
 * server gets neither: its module reloading needs inline scripts.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'atlas-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.server !== undefined ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() }, injectTo: 'head-prepend' }],
    },
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [k, v] of Object.entries(headersFor(pathname))) res.setHeader(k, v);
        next();
      });
    },
  };
}
