import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Span } from '../../../core/anchoring/trim-span';
import type { LabelType } from '../../../core/model/label-types';
import './floating-menu.css';

const GAP = 8;
/** Until the menu is measured: one row of buttons. */
const FIRST_GUESS = { width: 320, height: 36 };

/**
 * Where the menu goes: above the selection's first line, or below its last
 * near the top of the window, never over the selected words (its measured
 * height, as its buttons may wrap) and never past the window's edges.
 */
function menuPosition(size: { width: number; height: number }): { left: number; top: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const first = range.getClientRects()[0] ?? rect;
  const above = first.top - size.height - GAP;
  const left = Math.max(GAP, Math.min(first.left, window.innerWidth - size.width - GAP));
  return { left, top: above > GAP ? above : rect.bottom + GAP };
}

/**
 * The label types next to a selection made by hand. Its buttons are named
 * "Tag as <type>" so they never share a name with the toolbar's buttons.
 */
export function FloatingMenu(props: { span: Span | null; types: readonly LabelType[]; onTag: (typeId: string) => void }) {
  const { span, types, onTag } = props;
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!span) return;
    const update = () => setPosition(menuPosition(menu.current ? { width: menu.current.offsetWidth, height: menu.current.offsetHeight } : FIRST_GUESS));
    update();
    // Placed again once the menu is on screen and its real size is known.
    const measured = requestAnimationFrame(update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(measured);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [span]);

  if (!span || !position) return null;
  // In the body, not the reader: the reader pane's containment would make it the
  // box `position: fixed` counts from, shifting the menu onto the selection and clipping it.
  return createPortal(
    <div ref={menu} className="floating-menu" role="toolbar" aria-label="Tag this selection" style={position}>
      {types.map((type) => (
        <button
          key={type.id}
          type="button"
          className="floating-tag"
          aria-label={`Tag as ${type.name}`}
          title={type.shortcut ? `${type.name} (${type.shortcut.toUpperCase()})` : type.name}
          // Keep the article selection: pressing a button must not take it away.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(type.id)}
        >
          <span className="floating-swatch" style={{ background: type.color }} aria-hidden />
          {type.name}
        </button>
      ))}
    </div>,
    document.body,
  );
}
