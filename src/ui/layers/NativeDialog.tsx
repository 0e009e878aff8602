/**
 * A native <dialog> opened modally: the browser traps focus, Escape closes
 * it, and focus returns to where it was. Labelled by its heading.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function NativeDialog({ title, closeLabel, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal?.();
    return () => before?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`native-dialog ${className ?? ''}`}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {/* A <div>, not a <header>: inside a dialog a header would be a second banner landmark (issue 8). */}
      <div className="modal-head">
        <h2 id={id}>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
