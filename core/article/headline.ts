import { endsWithFullStop, wordCount } from './line-text';

/** Headlines are a few words to a long sentence; a menu item is shorter, a paragraph longer. */
const MIN_WORDS = 3;
/** "Bridge opens": a two-word headline counts only right above the article, where menus are not. */
const MIN_WORDS_NEXT_TO_BODY = 2;
const MAX_LENGTH = 250;
/** Breadcrumbs and menus laid out on one line: "Home > World > Europe", "News / Politics / Armenia". */
const BREADCRUMB = /(?:\s[>›»/]\s.*){2,}/u;
/** A page title's site name after a bar or dash: "River levels fall | The Gazette". */
const SITE_SUFFIX = /^(.{15,}?)\s+(?:\||[-–—]|::)\s+([^|–—]{2,40})$/u;

export interface HeadlineCandidate {
  index: number;
  text: string;
  /** The candidate is right before the byline, the date or the article's first paragraph. */
  nextToBody: boolean;
}

/** Could this line be the headline? */
export function couldBeHeadline(text: string): boolean {
  const words = wordCount(text);
  const enough = words >= MIN_WORDS_NEXT_TO_BODY || (words >= 1 && text.length >= 12 && !/\s/.test(text.trim()));
  return enough && text.length <= MAX_LENGTH && !endsWithFullStop(text) && !BREADCRUMB.test(text);
}

/**
 * The headline among the lines above the article: the fullest line that could
 * be one, helped by being right above the byline, date or first paragraph
 * (menus and section names come higher up).
 */
export function chooseHeadline(candidates: readonly HeadlineCandidate[]): HeadlineCandidate | null {
  let best: HeadlineCandidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    if (wordCount(candidate.text) < MIN_WORDS && !candidate.nextToBody) continue;
    const score = Math.min(wordCount(candidate.text), 14) + (candidate.nextToBody ? 4 : 0);
    if (score >= bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/**
 * "River levels fall | The Gazette" → the headline and the site's name. After
 * a dash, only a name the page prints elsewhere on its own (`names`, lower
 * case) counts: "Pay deal reached – strikes called off" keeps its dash.
 */
export function splitSiteName(headline: string, names: ReadonlySet<string>): { headline: string; site?: string } {
  const match = SITE_SUFFIX.exec(headline);
  if (!match) return { headline };
  const [whole, title = headline, site = ''] = match;
  const barred = /\s(?:\||::)\s/.test(whole.slice(title.length, whole.length - site.length + 1));
  const named = barred || names.has(site.toLowerCase());
  return named && wordCount(site) <= 5 && /^\p{Lu}/u.test(site) && wordCount(title) >= MIN_WORDS ? { headline: title, site } : { headline };
}

/** Derived titles stop at a word boundary before this many characters. */
const DERIVED_MAX = 90;

/** A short title made from the lead paragraph, for an article pasted without its headline: its first sentence, shortened. */
export function deriveTitle(lead: string): string {
  const sentence = /^.{20,}?[.!?…](?=\s|$)/u.exec(lead)?.[0] ?? lead;
  if (sentence.length <= DERIVED_MAX) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, DERIVED_MAX);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 30 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:—–-]+$/u, '')}…`;
}
