import { Lexer, type MarkedToken, type Token } from 'marked';
import type { BlockDraft } from '../../../core/text/blocks';
import { normalizeText } from '../../../core/text/normalize';
import type { ArticleDraft, Importer } from './article-draft';
import { decodeText } from './decode';
import { splitFrontMatter } from './front-matter';
import { articleFromBlocks } from './headline';

/**
 * A Markdown article. marked's lexer gives the block structure; headings,
 * paragraphs, list items, quotes and code each become blocks with their
 * formatting dropped. Raw HTML in the file is dropped too: it is never
 * rendered, so it cannot run.
 */
export function parseMarkdown(markdown: string, fallbackTitle: string): ArticleDraft {
  const { metadata, body } = splitFrontMatter(normalizeText(markdown));
  return articleFromBlocks(blocksFromTokens(new Lexer().lex(body)), metadata, fallbackTitle);
}

/**
 * marked types tokens as its own kinds or any extension's; Gloss adds no
 * extensions, so every token is one of marked's own.
 */
function ownKinds(tokens: readonly Token[] | undefined): MarkedToken[] {
  return (tokens ?? []) as MarkedToken[];
}

function blocksFromTokens(tokens: readonly Token[] | undefined): BlockDraft[] {
  return ownKinds(tokens).flatMap((token): BlockDraft[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', text: inlineText(token.tokens) }];
      case 'paragraph':
        return [{ kind: 'paragraph', text: inlineText(token.tokens) }];
      case 'text':
        // A tight list item's text, which has inline tokens of its own.
        return [{ kind: 'paragraph', text: token.tokens ? inlineText(token.tokens) : token.text }];
      case 'code':
        return [{ kind: 'paragraph', text: token.text }];
      case 'blockquote':
        return blocksFromTokens(token.tokens);
      case 'list':
        return token.items.flatMap((item) => blocksFromTokens(item.tokens));
      case 'table':
        return [token.header, ...token.rows].map((cells) => ({
          kind: 'paragraph' as const,
          text: cells.map((cell) => inlineText(cell.tokens)).join(' | '),
        }));
      default:
        // Rules, raw HTML and blank space carry no article text.
        return [];
    }
  });
}

/** Text of inline tokens with emphasis, links and code marks removed; images leave their alt text. */
function inlineText(tokens: readonly Token[] | undefined): string {
  return ownKinds(tokens)
    .map((token): string => {
      switch (token.type) {
        case 'html':
          return '';
        case 'br':
          return ' ';
        case 'image':
        case 'escape':
        case 'codespan':
          return token.text;
        default:
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : 'text' in token ? token.text : '';
      }
    })
    .join('');
}

export const markdownImporter: Importer = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  parse: async (bytes, fileName) => parseMarkdown(decodeText(bytes), fileName),
};
