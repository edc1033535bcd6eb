import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SHORTCUTS } from '../keys/shortcuts';

/** The keys that move within a list, and where each goes from `at` among `count` items. */
function target(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Frames to wait for a row a virtualised list has not rendered yet. */
const FOCUS_ATTEMPTS = 10;

/**
 * One tab stop for a whole list, with the arrow keys (and Home, End) moving
 * inside it: the roving tabindex of the WAI-ARIA Authoring Practices. The
 * list's one tabbable item is the last one focused, else `preferred` (the open
 * document, the selected annotation), else the first. Items carry
 * `data-roving-id`; `onMove` hears where focus went (the annotation list
 * selects it there).
 */
export function useRovingFocus(ids: readonly string[], preferred: string | null, onMove?: (id: string, index: number) => void) {
  const [focused, setFocused] = useState<string | null>(null);
  // A new preferred item (another annotation selected in the article) becomes the tab stop.
  const [lastPreferred, setLastPreferred] = useState(preferred);
  if (lastPreferred !== preferred) {
    setLastPreferred(preferred);
    setFocused(null);
  }
  const active = focused !== null && ids.includes(focused) ? focused : preferred !== null && ids.includes(preferred) ? preferred : (ids[0] ?? null);
  const container = useRef<HTMLElement | null>(null);
  const moving = useRef(false);

  useEffect(() => {
    if (!moving.current || active === null) return;
    moving.current = false;
    let attempts = 0;
    let frame = 0;
    const focus = () => {
      const item = container.current?.querySelector<HTMLElement>(`[data-roving-id="${CSS.escape(active)}"]`);
      if (item) item.focus();
      else if (++attempts < FOCUS_ATTEMPTS) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [active]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!SHORTCUTS.listMove.matches(event) || active === null) return;
      if (!(event.target instanceof HTMLElement) || !event.target.dataset['rovingId']) return;
      const next = target(event.key, ids.indexOf(active), ids.length);
      const id = next === null ? undefined : ids[next];
      if (next === null || id === undefined) return;
      event.preventDefault();
      if (id !== active) moving.current = true;
      setFocused(id);
      onMove?.(id, next);
    },
    [ids, active, onMove],
  );
  const onFocus = useCallback((event: { target: EventTarget }) => {
    if (event.target instanceof HTMLElement && event.target.dataset['rovingId']) setFocused(event.target.dataset['rovingId']);
  }, []);

  const ref = useCallback((element: HTMLElement | null) => {
    container.current = element;
  }, []);

  /** Spread on the list element. */
  const listProps = { ref, onKeyDown, onFocus };
  return { active, listProps };
}
