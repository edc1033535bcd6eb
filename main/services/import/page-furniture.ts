/**
 * Parts of a saved news page that are never the article. Readability drops
 * most of them by scoring; removing them first means a cookie banner or a
 * comment thread long enough to outscore a short article cannot win.
 */
const FURNITURE_TAGS = new Set([
  'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'SVG', 'CANVAS',
  'NAV', 'ASIDE', 'FORM', 'DIALOG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'dialog', 'alertdialog', 'banner', 'contentinfo']);

/** Class or id words that name ads, consent banners, sharing bars and reader comments. */
const FURNITURE_NAMES =
  /(^|[\s_-])(ad|ads|adv|advert|advertisement|sponsored|promo|cookie|cookies|consent|gdpr|newsletter|subscribe|paywall|share|sharing|social|comment|comments|disqus|related|recommended|trending|most-read|outbrain|taboola)($|[\s_-])/i;

/**
 * One walk over the tree (a selector query per kind of furniture costs more
 * than Readability itself on a heavy page), skipping what it removes.
 */
export function removeFurniture(document: Document): void {
  const walk = (parent: Element) => {
    for (const element of Array.from(parent.children)) {
      if (isFurniture(element)) element.remove();
      else walk(element);
    }
  };
  walk(document.documentElement);
}

function isFurniture(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  // JSON-LD stays: Readability reads the headline, author and date from it, and never runs it.
  if (tag === 'SCRIPT') return element.getAttribute('type') !== 'application/ld+json';
  if (FURNITURE_TAGS.has(tag)) return true;
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  // The article's own wrapper sometimes carries such a word ("story has-comments"): keep it.
  return FURNITURE_NAMES.test(names) && !isArticleWrapper(element);
}

/** Comment threads often mark each comment up as an `<article>`, so only a headline or main region counts. */
function isArticleWrapper(element: Element): boolean {
  return element.matches('main, body, html') || element.querySelector('main, h1, [itemprop="articleBody"]') !== null;
}
