/**
 * What Readability does not read from a page's head: the canonical address,
 * the language and, where the page has no `article:published_time` or JSON-LD
 * date, the other places news sites put the publication date. Read before
 * anything is removed from the page.
 */
export interface PageFacts {
  canonicalUrl?: string;
  language?: string;
  published?: string;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="pubdate"]',
  'time[itemprop="datePublished"]',
  'article time[datetime]',
];

/** Chrome's "Save page as" leaves `<!-- saved from url=(0042)https://… -->` at the top. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

export function readPageFacts(document: Document, html: string): PageFacts {
  const canonicalUrl =
    webAddress(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
    webAddress(metaContent(document, 'meta[property="og:url"]')) ??
    webAddress(SAVED_FROM.exec(html)?.[1]);
  const language =
    document.documentElement.getAttribute('lang')?.trim() ||
    metaContent(document, 'meta[http-equiv="content-language" i]') ||
    metaContent(document, 'meta[property="og:locale"]')?.replace('_', '-');
  const published = PUBLISHED_SELECTORS.map((selector) => dateOf(document.querySelector(selector))).find(Boolean);
  return {
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(language ? { language } : {}),
    ...(published ? { published } : {}),
  };
}

function metaContent(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

function dateOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent;
  return value?.trim() || undefined;
}

/** Only absolute http(s) addresses are kept: a relative or `javascript:` one says nothing about the source. */
function webAddress(candidate: string | null | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
