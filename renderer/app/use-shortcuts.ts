import { useEffect } from 'react';
import { SHORTCUTS } from '../keys/shortcuts';

export interface ShortcutHandlers {
  onTypeKey: (key: string) => boolean;
  /** A and R on a selected suggestion; false when the key is not theirs now. */
  onSuggestionKey: (event: KeyboardEvent) => boolean;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onEscape: () => void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Keyboard-first tagging: single keys while reading, Ctrl/Cmd+Z to undo. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      if (SHORTCUTS.undo.matches(event)) handlers.onUndo();
      else if (SHORTCUTS.redo.matches(event)) handlers.onRedo();
      else if (SHORTCUTS.deleteAnnotation.matches(event)) return handlers.onDelete();
      else if (SHORTCUTS.deselect.matches(event)) return handlers.onEscape();
      else if (handlers.onSuggestionKey(event)) {
        // A or R, taken by the selected suggestion before any type's key.
      }
      else if (event.ctrlKey || event.metaKey || event.altKey || !handlers.onTypeKey(event.key.toLowerCase())) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
