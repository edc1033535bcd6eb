import type { Span } from '../../core/anchoring/trim-span';
import type { DocumentText } from './document-text';

/**
 * Maps code-point offsets of a document to positions in the reader's DOM and
 * back. The reader renders each block as one Lexical text node that is never
 * split, so block i is exactly one DOM Text node; that is what keeps this
 * mapping O(log n) and exact.
 */
export class DomTextMap {
  private readonly blockOfNode: Map<Node, number>;

  constructor(
    readonly text: DocumentText,
    private readonly textNodes: readonly Text[],
  ) {
    this.blockOfNode = new Map(textNodes.map((node, i) => [node, i]));
  }

  get blockCount(): number {
    return this.textNodes.length;
  }

  /** The element that lays out block i (its paragraph or heading). */
  blockElement(i: number): Element | null {
    return this.textNodes[i]?.parentElement?.parentElement ?? null;
  }

  /** The first and last block a code-point span touches. */
  blocksOf(start: number, end: number): [number, number] {
    return [this.text.blockAt(start), this.text.blockAt(Math.max(start, end - 1))];
  }

  /** A live DOM Range over a code-point span, clamped to the text. */
  rangeFor(start: number, end: number): Range {
    const range = document.createRange();
    const [startNode, startOffset] = this.domPosition(start, 'start');
    const [endNode, endOffset] = this.domPosition(end, 'end');
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  private domPosition(codePoint: number, edge: 'start' | 'end'): [Text, number] {
    const { blocks, blockUtf16Starts, index } = this.text;
    let i = this.text.blockAt(codePoint);
    const block = blocks[i];
    // A start in the gap after a block belongs at the beginning of the next one.
    if (block && edge === 'start' && codePoint >= block.end && i + 1 < blocks.length) i++;
    const node = this.textNodes[i] as Text;
    const utf16 = index.toUtf16(codePoint) - (blockUtf16Starts[i] as number);
    return [node, Math.min(Math.max(utf16, 0), node.length)];
  }

  /**
   * The document's selection as a code-point span, or null when it is
   * collapsed or not inside the article. Read from the DOM at the moment it
   * is asked: a key pressed right after the selection moved must tag what is
   * selected now, not what the last (asynchronous) selectionchange reported.
   */
  selectedSpan(): Span | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    // A selection around the article (from the toolbar to the side panel) is not one in it.
    if (!this.textNodes[0]?.parentElement?.closest('[data-lexical-editor]')?.contains(selection.anchorNode)) return null;
    const range = selection.getRangeAt(0);
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    return start !== null && end !== null && end > start ? { start, end } : null;
  }

  /**
   * The code-point offset of a DOM position inside the reader, or null when it
   * is outside the article text. Element positions (as selections at a
   * paragraph edge produce) are resolved to the nearest text position.
   */
  offsetOf(node: Node, offset: number): number | null {
    const [textNode, textOffset] = toTextPosition(node, offset);
    if (!textNode) return null;
    const i = this.blockOfNode.get(textNode);
    if (i === undefined) return null;
    const utf16 = (this.text.blockUtf16Starts[i] as number) + Math.min(textOffset, textNode.length);
    return this.text.index.toCodePoint(utf16);
  }
}

function toTextPosition(node: Node, offset: number): [Text | null, number] {
  if (node instanceof Text) return [node, offset];
  const before = offset > 0 ? node.childNodes[offset - 1] : undefined;
  const after = node.childNodes[offset];
  if (after) {
    const first = firstText(after);
    if (first) return [first, 0];
  }
  if (before) {
    const last = lastText(before);
    if (last) return [last, last.length];
  }
  return [null, 0];
}

function firstText(node: Node): Text | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  return node instanceof Text ? node : (walker.nextNode() as Text | null);
}

function lastText(node: Node): Text | null {
  if (node instanceof Text) return node;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) last = next as Text;
  return last;
}
