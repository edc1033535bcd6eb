import type { DocumentMetadata } from '../../../core/model/document';
import type { BlockDraft } from '../../../core/text/blocks';
import type { ArticleDraft } from './article-draft';
import { readBylinePart } from '../../../core/article/byline';

/** "By Ann Writer" as printed in the article becomes "Ann Writer". */
export function withoutByPrefix(byline: string | null | undefined): string | undefined {
  return byline?.trim().replace(/^by\s+/i, '').trim() || undefined;
}

/**
 * Every document opens with its headline as a heading, as a plain-text one
 * does, unless the body already starts with it.
 */
export function headlineFirst(title: string, blocks: BlockDraft[]): BlockDraft[] {
  const first = blocks[0]?.text.replace(/\s+/g, ' ').trim();
  if (first === title.replace(/\s+/g, ' ').trim()) return [{ kind: 'heading', text: first }, ...blocks.slice(1)];
  return [{ kind: 'heading', text: title }, ...blocks];
}

/** Page titles often end with the site's name ("River levels fall | The Gazette"); the headline does not. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const suffix = new RegExp(`\\s+[|–—:·-]\\s+${escapeRegExp(siteName)}\\s*$`, 'i');
  return title.replace(suffix, '').trim() || title;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * For formats whose metadata may be missing (Markdown, Word, PDF): what the
 * file says wins; otherwise the first heading (else the first block) is the
 * headline and a "By …" line after it the byline.
 */
export function articleFromBlocks(blocks: BlockDraft[], known: Partial<DocumentMetadata>, fallbackTitle: string): ArticleDraft {
  const title = known.title ?? blocks.find((block) => block.kind === 'heading')?.text ?? blocks[0]?.text ?? fallbackTitle;
  const ordered = headlineFirst(title, blocks);
  const second = ordered[1]?.text;
  const byline = withoutByPrefix(known.byline) ?? (second && second.length < 120 ? (readBylinePart(second) ?? undefined) : undefined);
  return { metadata: { ...known, title, ...(byline ? { byline } : {}) }, blocks: ordered };
}
