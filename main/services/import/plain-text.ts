import type { BlockDraft } from '../../../core/text/blocks';
import { collapseSpaces } from '../../../core/text/normalize';
import type { DocumentMetadata } from '../../../core/model/document';

export interface ArticleDraft {
  metadata: DocumentMetadata;
  blocks: BlockDraft[];
}

const BYLINE = /^by\s+\S/i;

/**
 * A plain-text article: every non-empty line is a paragraph, the first one is
 * the headline, and a short line starting "By " right after it is the byline.
 * The text itself is already normalised (core/text/normalize.ts).
 */
export function parsePlainText(text: string, fallbackTitle: string): ArticleDraft {
  const lines = text.split('\n').map(collapseSpaces).filter((line) => line.length > 0);
  const [headline, maybeByline] = lines;
  const byline = maybeByline && BYLINE.test(maybeByline) && maybeByline.length < 120 ? maybeByline : undefined;
  return {
    metadata: {
      title: headline ?? fallbackTitle,
      ...(byline ? { byline: byline.replace(/^by\s+/i, '') } : {}),
    },
    blocks: lines.map((line, i) => ({ kind: i === 0 ? 'heading' : 'paragraph', text: line })),
  };
}
