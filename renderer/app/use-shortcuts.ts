import { useEffect } from 'react';

export interface ShortcutHandlers {
  onTypeKey: (key: string) => boolean;
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
      const command = event.ctrlKey || event.metaKey;
      if (command && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) handlers.onRedo();
        else handlers.onUndo();
        return;
      }
      if (command && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        handlers.onRedo();
        return;
      }
      if (command || event.altKey) return;
      if (event.key === 'Delete' || event.key === 'Backspace') handlers.onDelete();
      else if (event.key === 'Escape') handlers.onEscape();
      else if (handlers.onTypeKey(event.key.toLowerCase())) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
