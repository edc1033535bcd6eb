import { useLayoutEffect, useState } from 'react';
import type { Span } from '../../../core/anchoring/trim-span';
import type { LabelType } from '../../../core/model/label-types';
import './floating-menu.css';

const GAP = 8;
const MENU_HEIGHT = 36;

/** Where the menu goes: above the selection, or below it near the top of the window. */
function menuPosition(): { left: number; top: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const above = rect.top - MENU_HEIGHT - GAP;
  return { left: Math.max(GAP, rect.left), top: above > GAP ? above : rect.bottom + GAP };
}

/**
 * The label types next to a selection made by hand. Its buttons are named
 * "Tag as <type>" so they never share a name with the toolbar's buttons.
 */
export function FloatingMenu(props: { span: Span | null; types: readonly LabelType[]; onTag: (typeId: string) => void }) {
  const { span, types, onTag } = props;
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!span) return;
    const update = () => setPosition(menuPosition());
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [span]);

  if (!span || !position) return null;
  return (
    <div className="floating-menu" role="toolbar" aria-label="Tag this selection" style={position}>
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
    </div>
  );
}
