/** Names of exported files: they carry the time window and the view, so a folder of exports explains itself. */

/** What an export was made of. `count` is the Count's slug where the view has one (e.g. "all-killed"). */
export interface ExportScope {
  window: { start: string; end: string };
  view: string;
  count?: string | null;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The file name of an export.
 * @example exportFileName({ window: { start: '2025-10-01', end: '2025-10-31' }, view: 'COMPARE', count: 'all-killed' }, 'csv') === 'durand-atlas_2025-10-01_2025-10-31_compare_all-killed.csv'
 */
export function exportFileName(scope: ExportScope, ext: string, suffix = ''): string {
  const parts = ['durand-atlas', scope.window.start, scope.window.end, slug(scope.view)];
  if (scope.count) parts.push(slug(scope.count));
  if (suffix) parts.push(slug(suffix));
  return `${parts.join('_')}.${ext}`;
}
