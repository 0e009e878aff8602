/**
 * A modal dialog on the native <dialog>, opened with showModal(): the page
 * behind is inert, Escape closes it (the dialog's own cancel), focus moves in
 * on open, Tab and Shift+Tab wrap inside it — from the first control, the
 * last, or the dialog box itself — and focus returns to the opener on close.
 * Its head is a plain <div>: a <header> here would be a second banner landmark.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Modal({ title, closeLabel, onClose, children, className }: Props) {
  const box = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = box.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  // The browser keeps focus out of the inert page, but Tab past either end would leave for its own UI: wrap instead.
  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const dialog = e.currentTarget;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) return;
    const at = document.activeElement;
    const inside = at instanceof HTMLElement && at !== dialog && dialog.contains(at);
    if (e.shiftKey && (!inside || at === first)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (!inside || at === last)) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={box}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      // Escape fires the native cancel, then close; the parent's state follows the dialog. A close
      // event that arrives while the dialog is open again is stale (StrictMode's effect re-run): ignored.
      onClose={(e) => !e.currentTarget.open && onClose()}
      // A click on the backdrop reaches the dialog element itself (its content fills the box).
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
