import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import type { DocumentText } from './document-text';

/**
 * Fills the editor with one block node per document block, each holding a
 * single text node. Must run inside `editor.update` (or as the initial state).
 */
export function $buildDocument(text: DocumentText): void {
  const elements = text.blocks.map((block, i) => {
    const element = block.kind === 'heading' ? $createHeadingNode('h2') : $createParagraphNode();
    // Text nodes in "token" mode are never merged or split by Lexical, so each
    // block stays one DOM text node (see DomTextMap).
    return element.append($createTextNode(text.blockText(i)).setMode('token'));
  });
  // One splice of the root's children for all blocks, rather than one per block.
  $getRoot().clear().append(...elements);
}

/** The DOM text node of each block, once Lexical has rendered them. */
export function renderedTextNodes(editor: LexicalEditor): Text[] | null {
  const keys = editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => ($isElementNode(block) ? block.getFirstChild()?.getKey() : undefined)),
  );
  const nodes: Text[] = [];
  for (const key of keys) {
    const text = key ? editor.getElementByKey(key)?.firstChild : null;
    if (!(text instanceof Text)) return null;
    nodes.push(text);
  }
  return nodes;
}
