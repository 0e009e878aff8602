/** "Copy link" for the view and "Copy embed code" (main app), and "Copy link" for one incident (rendered by the panel). */
import type { AppState } from '../state/reducer.ts';
import { SHARE } from './copy.ts';
import { CopyButton } from './CopyButton.tsx';
import { useSelect, useStore } from './hooks.ts';
import { embedCode, incidentLink, linkNote, viewLink } from './shareLinks.ts';

const view = (s: AppState) => s.view;
const fileCount = (s: AppState) => s.layers.files.length;
const bundledShown = (s: AppState) => s.layers.bundledVisible && !s.layers.bundledRemoved;
/** True where the incident is not in the bundled dataset (it came from an opened file). */
const fromFile = (id: string) => (s: AppState) => s.data.dataset !== null && s.data.dataset.indexOfId(id) < 0 && s.layers.files.length > 0;

/** The note beside a view link, following the layers (opened files are not in the link). */
function useLinkNote(): string | null {
  const files = useSelect(fileCount);
  const shown = useSelect(bundledShown);
  return linkNote({ files, bundledShown: shown }, window.location);
}

/** Copies a link to the current view. */
export function CopyViewLink() {
  const store = useStore();
  const note = useLinkNote();
  return <CopyButton label={SHARE.copyLink} done={SHARE.copied} note={note} text={() => viewLink(view(store.getState()), window.location)} />;
}

/** Copies the <iframe> snippet of the embed page showing the current view (the same note: the embed shows what a link shows). */
export function CopyEmbedCode() {
  const store = useStore();
  const note = useLinkNote();
  return <CopyButton label={SHARE.copyEmbed} done={SHARE.embedCopied} note={note} text={() => embedCode(view(store.getState()), window.location)} />;
}

/** Copies a link that opens this incident's panel. */
export function CopyIncidentLink({ id }: { id: string }) {
  const store = useStore();
  const note = useSelect(fromFile(id)) ? SHARE.incidentNotInLink : null;
  return (
    <CopyButton label={SHARE.copyIncidentLink} done={SHARE.copied} note={note} text={() => incidentLink(id, view(store.getState()), window.location)} className="copy-incident" />
  );
}
