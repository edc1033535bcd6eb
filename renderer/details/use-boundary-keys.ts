import { useEffect } from 'react';
import type { Edge, Resize } from '../../core/annotations/fragment-edits';
import { SHORTCUTS } from '../keys/shortcuts';

const MOVES: Record<string, [Edge, Resize]> = {
  ArrowRight: ['end', 'extend'],
  ArrowLeft: ['end', 'shrink'],
  ArrowUp: ['start', 'extend'],
  ArrowDown: ['start', 'shrink'],
};

/** Shift+Alt+Arrow moves the active fragment's edges by a word; Right/Left the end, Up/Down the start. */
export const BOUNDARY_KEYS = 'Shift+Alt+ArrowRight Shift+Alt+ArrowLeft Shift+Alt+ArrowUp Shift+Alt+ArrowDown';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);

export function useBoundaryKeys(onResize: ((edge: Edge, resize: Resize) => void) | null): void {
  useEffect(() => {
    if (!onResize) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const move = MOVES[event.key];
      if (!move || !SHORTCUTS.moveFragmentEdge.matches(event) || isTyping(event.target)) return;
      event.preventDefault();
      onResize(...move);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onResize]);
}
