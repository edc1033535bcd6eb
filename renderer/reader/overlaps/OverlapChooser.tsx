import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { LabelType } from '../../../core/model/label-types';
import { annotationText, excerpt } from '../../sidebar/annotation-text';
import './overlap-chooser.css';

export interface OverlapChoice {
  /** Innermost first, as `annotationsAt` orders them. */
  annotations: readonly StoredAnnotation[];
  x: number;
  y: number;
}

/**
 * Where several annotations cover the point clicked, lists them so any one can
 * be picked; the click itself has already selected the innermost. Arrow keys
 * move between the entries, Escape closes.
 */
export function OverlapChooser(props: {
  choice: OverlapChoice;
  types: readonly LabelType[];
  selectedId: string | null;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const { choice, types, selectedId, onPick, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);

  // Placed below the click, then moved back inside the window if it would cross an edge.
  const [place, setPlace] = useState({ left: choice.x, top: choice.y + 14 });
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(8, Math.min(choice.x, window.innerWidth - box.width - 8));
    const below = choice.y + 14;
    const top = below + box.height + 8 > window.innerHeight ? Math.max(8, choice.y - box.height - 8) : below;
    setPlace({ left, top });
  }, [choice]);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus({ preventScroll: true });
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [choice, onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  // In the body, so that the window's edges, not the reader pane's, bound it (see FloatingMenu).
  return createPortal(
    <div
      ref={ref}
      className="overlap-chooser"
      role="group"
      aria-label={`${choice.annotations.length} annotations here`}
      style={place}
      onKeyDown={onKeyDown}
    >
      {choice.annotations.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          className="overlap-entry"
          aria-pressed={annotation.id === selectedId}
          onClick={() => onPick(annotation.id)}
        >
          <span className="overlap-type" style={{ borderColor: types.find((t) => t.id === annotation.type)?.color }}>
            {types.find((t) => t.id === annotation.type)?.name ?? annotation.type}
          </span>
          <span className="overlap-text">{excerpt(annotationText(annotation), 60)}</span>
        </button>
      ))}
    </div>,
    document.body,
  );
}
