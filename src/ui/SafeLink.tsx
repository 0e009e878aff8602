/** Links from data: only http(s) URLs become links, opened in a new tab without opener; anything else is text. */
import type { ReactNode } from 'react';

/** True for an absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A data link rendered safely; `children` defaults to the URL as text. */
export function SafeLink({ href, children }: { href: string | null; children?: ReactNode }) {
  if (href === null || !isHttpUrl(href)) return <span>{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
