/**
 * A button that copies a text (a link, an embed snippet) to the clipboard and
 * says so. Where the clipboard is refused, the text is shown selected in a
 * read-only field so it can be copied by hand.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { SHARE } from './copy.ts';

interface Props {
  /** Accessible name and visible label. */
  label: string;
  /** The text to copy, computed when clicked (so it reflects the view at that moment). */
  text: () => string;
  /** Said after copying. */
  done: string;
  /** What the copied text leaves out (e.g. opened files), shown beside the button and read as its description. */
  note?: string | null;
  className?: string;
}

export function CopyButton({ label, text, done, note, className }: Props) {
  const noteId = useId();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied'; text: string } | { kind: 'manual'; text: string }>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'manual') field.current?.select();
    if (state.kind !== 'copied') return;
    const t = setTimeout(() => setState({ kind: 'idle' }), 2500);
    return () => clearTimeout(t);
  }, [state]);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied', text: value });
    } catch {
      setState({ kind: 'manual', text: value });
    }
  };
  return (
    <span className={`copy ${className ?? ''}`}>
      <button type="button" className="tool-btn" onClick={() => void copy()} data-copied={state.kind === 'copied' ? state.text : undefined} aria-describedby={note ? noteId : undefined}>
        {label}
      </button>
      {note && (
        <span className="copy-note" id={noteId}>
          {note}
        </span>
      )}
      <span className="copy-said" aria-live="polite">
        {state.kind === 'copied' ? done : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="copy-manual">
          {SHARE.manual} <input ref={field} readOnly value={state.text} onBlur={() => setState({ kind: 'idle' })} />
        </label>
      )}
    </span>
  );
}
