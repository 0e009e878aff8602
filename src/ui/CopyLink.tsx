/** "Copy link" for the view and "Copy embed code" (main app), and "Copy link" for one incident (rendered by the panel). */
import type { AppState } from '../state/reducer.ts';
import { SHARE } from './copy.ts';
import { CopyButton } from './CopyButton.tsx';
import { useStore } from './hooks.ts';
import { embedCode, incidentLink, viewLink } from './shareLinks.ts';

const view = (s: AppState) => s.view;

/** Copies a link to the current view. */
export function CopyViewLink() {
  const store = useStore();
  return <CopyButton label={SHARE.copyLink} done={SHARE.copied} text={() => viewLink(view(store.getState()), window.location)} />;
}

/** Copies the <iframe> snippet of the embed page showing the current view. */
export function CopyEmbedCode() {
  const store = useStore();
  return <CopyButton label={SHARE.copyEmbed} done={SHARE.embedCopied} text={() => embedCode(view(store.getState()), window.location)} />;
}

/** Copies a link that opens this incident's panel. */
export function CopyIncidentLink({ id }: { id: string }) {
  const store = useStore();
  return <CopyButton label={SHARE.copyIncidentLink} done={SHARE.copied} text={() => incidentLink(id, view(store.getState()), window.location)} className="copy-incident" />;
}
