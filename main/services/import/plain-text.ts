import type { cleanPastedText } from '../../../core/article/clean-pasted-text';
import type { ArticleDraft, Importer } from './article-draft';
import { decodeText } from './decode';

/**
 * A plain-text article, as pasted from a browser, a wire feed or a clipping
 * service: the cleanup in core/article finds the headline, byline, date and
 * outlet and takes out the page's furniture, which the document keeps.
 */
function parsePlainText(text: string, fallbackTitle: string, clean: typeof cleanPastedText): ArticleDraft {
  const cleaned = clean(text);
  const { title, titleDerived, ...found } = cleaned.metadata;
  return {
    metadata: { ...found, ...(title ? { title } : { title: fallbackTitle }), ...(titleDerived && title ? { titleDerived } : {}) },
    blocks: cleaned.blocks,
    removed: cleaned.removed,
  };
}

export const plainTextImporter: Importer = {
  name: 'plain-text',
  extensions: ['.txt'],
  // Loaded on first use: the import worker starts without the cleanup and its date parsers unless a text file comes.
  parse: async (bytes, fileName) => {
    const { cleanPastedText } = await import('../../../core/article/clean-pasted-text');
    return parsePlainText(decodeText(bytes), fileName, cleanPastedText);
  },
};
