import { collapseSpaces, normalizeText } from '../../../core/text/normalize';
import type { ArticleDraft, Importer } from './article-draft';
import { decodeUtf8 } from './decode';

const BYLINE = /^by\s+\S/i;

/**
 * A plain-text article: every non-empty line is a paragraph, the first one is
 * the headline, and a short line starting "By " right after it is the byline.
 */
export function parsePlainText(text: string, fallbackTitle: string): ArticleDraft {
  const lines = normalizeText(text).split('\n').map(collapseSpaces).filter((line) => line.length > 0);
  const [headline, maybeByline] = lines;
  const byline = readByline(maybeByline);
  return {
    metadata: {
      title: headline ?? fallbackTitle,
      ...(byline ? { byline } : {}),
    },
    blocks: lines.map((line, i) => ({ kind: i === 0 ? 'heading' : 'paragraph', text: line })),
  };
}

/** A short line starting "By " right after the headline names the writer: returns the name. */
export function readByline(line: string | undefined): string | undefined {
  return line && BYLINE.test(line) && line.length < 120 ? line.replace(/^by\s+/i, '') : undefined;
}

export const plainTextImporter: Importer = {
  name: 'plain-text',
  extensions: ['.txt'],
  parse: async (bytes, fileName) => parsePlainText(decodeUtf8(bytes), fileName),
};
