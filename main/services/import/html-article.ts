import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft, Importer } from './article-draft';
import { decodeHtml } from './decode';
import { blocksFromElement } from './html-blocks';
import { readPageFacts } from './html-metadata';
import { removeFurniture } from './page-furniture';
import { headlineFirst, withoutByPrefix, withoutSiteName } from './headline';

/**
 * A saved web page: the article is found by Readability in a DOM built by
 * linkedom. linkedom only builds a tree: it has no script engine, never loads
 * a resource (images, styles, frames) and never touches the network, so
 * nothing in the page runs however hostile it is.
 */
export function parseHtmlArticle(html: string, fallbackTitle: string): ArticleDraft {
  const { document } = parseHTML(html);
  const facts = readPageFacts(document, html);
  removeFurniture(document);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!article?.content) throw new Error('no article text found in the page');
  const siteName = article.siteName?.trim() || undefined;
  const title = withoutSiteName(article.title?.trim() || fallbackTitle, siteName);
  const byline = withoutByPrefix(article.byline);
  const published = article.publishedTime?.trim() || facts.published;
  const language = article.lang?.trim() || facts.language;
  return {
    metadata: {
      title,
      ...(byline ? { byline } : {}),
      ...(published ? { published } : {}),
      ...(siteName ? { source: siteName } : {}),
      ...(facts.canonicalUrl ? { url: facts.canonicalUrl } : {}),
      ...(language ? { language } : {}),
    },
    blocks: headlineFirst(title, blocksFromElement(article.content as Element)),
  };
}

export const htmlImporter: Importer = {
  name: 'html-readability',
  extensions: ['.html', '.htm'],
  parse: async (bytes, fileName) => parseHtmlArticle(decodeHtml(bytes), fileName),
};
