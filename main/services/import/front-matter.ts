import type { DocumentMetadata } from '../../../core/model/document';

/** The facts front matter can give, all plain strings. */
type TextKey = 'title' | 'byline' | 'published' | 'source' | 'url' | 'language';

/** Keys that Jekyll, Hugo and most Markdown article exports use for the same facts. */
const KEYS: Record<string, TextKey> = {
  title: 'title',
  author: 'byline',
  byline: 'byline',
  date: 'published',
  published: 'published',
  source: 'source',
  site: 'source',
  url: 'url',
  canonical_url: 'url',
  lang: 'language',
  language: 'language',
};

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * Splits a `---` block of `key: value` lines off the top of a Markdown file.
 * Only flat string values are read (no YAML lists or nesting): they are all a
 * news article's metadata needs, and unknown keys are ignored.
 */
export function splitFrontMatter(markdown: string): { metadata: Partial<DocumentMetadata>; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { metadata: {}, body: markdown };
  const metadata: Partial<DocumentMetadata> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
    const key = pair && KEYS[(pair[1] ?? '').toLowerCase()];
    const value = pair?.[2]?.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (key && value) metadata[key] = value;
  }
  return { metadata, body: markdown.slice(match[0].length) };
}
