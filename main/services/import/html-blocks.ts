import type { BlockDraft } from '../../../core/text/blocks';

/**
 * Elements that start a new line in a browser's layout. Text between them is
 * one block; anything not listed here (spans, links, emphasis) flows inline.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never text of the article, wherever they appear (a last guard after Readability's own cleaning). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Turns an element's content into blocks the way a browser lays it out:
 * headings and paragraphs, list items and quotes each become a block, a
 * `<br>` ends a line, and white space collapses.
 */
export function blocksFromElement(root: Element): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  let run: string[] = [];
  const flush = (kind: BlockDraft['kind']) => {
    const text = run.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ kind, text });
    run = [];
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        run.push(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        flush('paragraph');
      } else if (HEADING_TAGS.has(tag)) {
        flush('paragraph');
        walk(child);
        flush('heading');
      } else if (BLOCK_TAGS.has(tag)) {
        flush('paragraph');
        walk(child);
        flush('paragraph');
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush('paragraph');
  return blocks;
}
