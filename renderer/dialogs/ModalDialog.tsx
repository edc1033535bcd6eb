import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';

/**
 * A native modal <dialog> with Cancel and one confirming button: focus is
 * trapped and Escape closes it, as in any desktop app. Keys typed inside it
 * stay inside it, so the reader's single-key shortcuts (Q, Delete…) never act
 * behind it.
 */
export function ModalDialog(props: {
  title: string;
  className: string;
  /** What stops the confirming button or went wrong, shown beside the buttons. */
  problems: ReactNode;
  confirm: { label: string; disabled: boolean; onClick: () => void };
  onClose: () => void;
  /** The closing button's words, when closing is not cancelling (a view's "Close"). */
  closeLabel?: string;
  children: ReactNode;
}) {
  const { title, className, problems, confirm, onClose, closeLabel = 'Cancel', children } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className={`modal ${className}`} aria-labelledby={titleId} onClose={onClose} onKeyDown={(event) => event.stopPropagation()}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="modal-footer">
        <div className="modal-problems">{problems}</div>
        <button type="button" onClick={onClose}>
          {closeLabel}
        </button>
        <button type="button" className="primary" disabled={confirm.disabled} onClick={confirm.onClick}>
          {confirm.label}
        </button>
      </div>
    </dialog>
  );
}

/** Problems as a list that is read out when it changes. */
export function ProblemList(props: { problems: readonly string[] }) {
  return (
    <ul aria-live="polite">
      {props.problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
