import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { Span } from '../../../core/anchoring/trim-span';
import { snapToWords } from '../../../core/anchoring/word-snap';
import type { DomTextMap } from '../dom-text-map';

export interface ClickAt {
  offset: number;
  x: number;
  y: number;
}

/**
 * Reports the analyst's selection in the article as a code-point span, and
 * clicks (without a selection) as the offset and point clicked on. A
 * selection made with the mouse is widened to whole words when the button is
 * released (the analyst sees what will be tagged); holding Alt/Option keeps
 * it exactly as dragged. `onGesture` says a selection was made by hand (mouse
 * or keyboard) rather than by a script, which is when the floating menu shows.
 */
export function SelectionPlugin(props: {
  map: DomTextMap | null;
  onSelectionChange: (span: Span | null) => void;
  onClick: (click: ClickAt) => void;
  onGesture: () => void;
}) {
  const { map, onSelectionChange, onClick, onGesture } = props;
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!map || !root) return;
    const onChange = () => onSelectionChange(map.selectedSpan());
    const onPointerUp = (event: PointerEvent) => {
      const span = map.selectedSpan();
      if (!span) return;
      if (!event.altKey) {
        const snapped = snapToWords(map.text.index, span);
        if (snapped.start !== span.start || snapped.end !== span.end) {
          const range = map.rangeFor(snapped.start, snapped.end);
          document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
        }
      }
      onGesture();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey && map.selectedSpan()) onGesture();
    };
    const onClickEvent = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
      const offset = caret ? map.offsetOf(caret.offsetNode, caret.offset) : null;
      if (offset !== null) onClick({ offset, x: event.clientX, y: event.clientY });
    };
    document.addEventListener('selectionchange', onChange);
    root.addEventListener('pointerup', onPointerUp);
    window.addEventListener('keyup', onKeyUp);
    root.addEventListener('click', onClickEvent);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      root.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('keyup', onKeyUp);
      root.removeEventListener('click', onClickEvent);
    };
  }, [editor, map, onSelectionChange, onClick, onGesture]);

  return null;
}
