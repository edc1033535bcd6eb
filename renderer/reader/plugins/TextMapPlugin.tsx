import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import { renderedTextNodes } from '../build-document';
import type { DocumentText } from '../document-text';
import { DomTextMap } from '../dom-text-map';

/**
 * Hands the reader's offset map to its parent once Lexical has rendered the
 * text: in a layout effect, because Lexical renders the initial text as its
 * root element is attached, so the map (and the highlights that follow from
 * it) are ready before the first paint rather than a few frames later.
 */
export function TextMapPlugin({ text, onMap }: { text: DocumentText; onMap: (map: DomTextMap) => void }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    let done = false;
    const tryBuild = () => {
      if (done) return;
      const nodes = renderedTextNodes(editor);
      if (nodes && nodes.length === text.blocks.length) {
        done = true;
        onMap(new DomTextMap(text, nodes));
      }
    };
    tryBuild();
    return editor.registerUpdateListener(tryBuild);
  }, [editor, text, onMap]);
  return null;
}
