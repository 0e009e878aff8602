/** The tools that take the view out: Export, Copy link, Copy embed code. */
import { EXPORT } from './copy.ts';
import { CopyEmbedCode, CopyViewLink } from './CopyLink.tsx';
import { ExportMenu } from './ExportMenu.tsx';

export function ExportBar() {
  return (
    <div className="export-bar" role="toolbar" aria-label={EXPORT.toolbar}>
      <ExportMenu />
      <CopyViewLink />
      <CopyEmbedCode />
    </div>
  );
}
