/** Notices of how the view differs from the link that opened it: parameters left out, an unknown id, a clamped window. */
import type { AppState } from '../state/reducer.ts';
import type { ViewNotice } from '../state/viewCheck.ts';
import { MAX_VALUE_LENGTH } from '../url/codec.ts';
import { URL_NOTICE } from './copy.ts';
import { useSelect } from './hooks.ts';

const selectNotices = (s: AppState) => s.viewNotices;

function text(n: ViewNotice): string {
  switch (n.kind) {
    case 'param-ignored':
      return URL_NOTICE.paramIgnored(n.name, n.reason, n.length, MAX_VALUE_LENGTH);
    case 'unknown-id':
      return URL_NOTICE.unknownId(n.id);
    case 'window-outside':
      return URL_NOTICE.windowOutside(URL_NOTICE.range(n.asked), URL_NOTICE.range(n.span));
    case 'window-clamped':
      return URL_NOTICE.windowClamped(URL_NOTICE.range(n.asked), URL_NOTICE.range(n.span), URL_NOTICE.range(n.shown));
  }
}

export function ViewNotices() {
  const notices = useSelect(selectNotices);
  return (
    <>
      {notices.map((n, i) => (
        <p key={i} className="notice warn view-notice">
          {text(n)}
        </p>
      ))}
    </>
  );
}
