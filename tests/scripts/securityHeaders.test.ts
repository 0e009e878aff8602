/**
 * The security-header table: the policy every page gets, the per-path rule an
 * embed page will use, the meta policy, and that public/_headers (shipped as
 * dist/_headers) is exactly what the table renders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, headersFor, metaPolicy, securityHeaders } from '../../scripts/server/securityHeaders.ts';

const directives = (policy: string): Map<string, string> =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k as string, v.join(' ')]));

describe('security headers', () => {
  const page = headersFor('/');
  const csp = directives(page['Content-Security-Policy'] as string);

  it('locks the page down: self only, no plugins, no <base>, no forms, no framing, no eval', () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(page['Content-Security-Policy']).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('allows beyond self only data: images and nothing else', () => {
    const extra = [...csp].flatMap(([k, v]) => v.split(' ').filter((s) => s !== "'self'" && s !== "'none'").map((s) => `${k} ${s}`));
    expect(extra).toEqual(['img-src data:']);
  });

  it('sends nosniff and no referrer with every path, assets included', () => {
    for (const path of ['/', '/index.html', '/assets/parse.worker-x.js', '/geo/x.geojson']) {
      expect(headersFor(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(headersFor(path)['Referrer-Policy']).toBe('no-referrer');
      expect(headersFor(path)['Content-Security-Policy']).toBe(page['Content-Security-Policy']);
    }
  });

  it('lets a per-path rule open framing for one page only (the embed page of issue 12)', () => {
    const rules = [
      { path: '/embed.html', frameAncestors: '*' },
      { path: '/*', frameAncestors: "'none'" },
    ];
    expect(directives(headersFor('/embed.html', rules)['Content-Security-Policy'] as string).get('frame-ancestors')).toBe('*');
    expect(directives(headersFor('/index.html', rules)['Content-Security-Policy'] as string).get('frame-ancestors')).toBe("'none'");
    expect(headersFile(rules)).toMatch(/\n\/embed\.html\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*\n/);
  });

  it('puts in the meta tag everything but frame-ancestors, which a meta policy cannot carry', () => {
    expect(metaPolicy()).toBe(contentSecurityPolicy("'none'").replace("; frame-ancestors 'none'", ''));
    expect(metaPolicy()).not.toContain('frame-ancestors');
  });

  it('public/_headers is the table rendered (dist/_headers for static hosts)', () => {
    expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(headersFile());
  });

  it('the build puts the meta policy first in <head>, the dev server none', () => {
    const hook = securityHeaders().transformIndexHtml as { handler: (html: string, ctx: { server?: object }) => unknown };
    expect(hook.handler('', {})).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() }, injectTo: 'head-prepend' }]);
    expect(hook.handler('', { server: {} })).toEqual([]);
  });
});
