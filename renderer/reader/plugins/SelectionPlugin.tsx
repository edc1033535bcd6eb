import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { Span } from '../../../core/anchoring/trim-span';
import type { DomTextMap } from '../dom-text-map';

/**
 * Reports the analyst's selection in the article as a code-point span, and
 * clicks (without a selection) as the code-point offset clicked on.
 */
export function SelectionPlugin(props: {
  map: DomTextMap | null;
  onSelectionChange: (span: Span | null) => void;
  onClickOffset: (offset: number) => void;
}) {
  const { map, onSelectionChange, onClickOffset } = props;
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!map) return;
    const root = editor.getRootElement();
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !root?.contains(selection.anchorNode)) {
        onSelectionChange(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const start = map.offsetOf(range.startContainer, range.startOffset);
      const end = map.offsetOf(range.endContainer, range.endOffset);
      onSelectionChange(start !== null && end !== null && end > start ? { start, end } : null);
    };
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
      const offset = caret ? map.offsetOf(caret.offsetNode, caret.offset) : null;
      if (offset !== null) onClickOffset(offset);
    };
    document.addEventListener('selectionchange', onChange);
    root?.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      root?.removeEventListener('click', onClick);
    };
  }, [editor, map, onSelectionChange, onClickOffset]);

  return null;
}
