import { useEffect } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import { compareAnnotations } from '../../core/model/annotation-order';
import type { LabelType } from '../../core/model/label-types';
import { neighbour } from '../../core/annotations/annotation-queries';
import { SHORTCUTS } from '../keys/shortcuts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * J / K (or Alt+Down / Alt+Up) select the next or previous annotation in
 * reading order and bring it into view. J and K give way to a label type that
 * uses them as its shortcut.
 */
export function useAnnotationNavigation(
  annotations: readonly StoredAnnotation[],
  types: readonly LabelType[],
  selectedId: string | null,
  show: (id: string) => void,
): void {
  useEffect(() => {
    const taken = new Set(types.map((type) => type.shortcut));
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || (!event.altKey && taken.has(event.key.toLowerCase()))) return;
      const step = SHORTCUTS.nextAnnotation.matches(event) ? 1 : SHORTCUTS.previousAnnotation.matches(event) ? -1 : null;
      if (step === null) return;
      event.preventDefault();
      // Sorted on demand: a key press is rarer than a change to the annotations.
      const next = neighbour([...annotations].sort(compareAnnotations), selectedId, step);
      if (next) show(next.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [annotations, types, selectedId, show]);
}
