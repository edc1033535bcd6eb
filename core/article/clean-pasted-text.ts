import type { BlockDraft } from '../text/blocks';
import { collapseSpaces, normalizeText } from '../text/normalize';
import { furnitureByWords, isCaptionLike } from './furniture';
import type { FurnitureReason } from './furniture-phrases';
import { chooseHeadline, couldBeHeadline, deriveTitle, splitSiteName, type HeadlineCandidate } from './headline';
import { guessLanguage } from './language';
import { dominantScript, endsAsSentence, readsAsParagraph, wordCount } from './line-text';
import { readDatelineAgency, readMetadataLine, readOutletLine, type LineFacts } from './metadata-lines';

/** A line taken out of the article, kept so the analyst can see it and bring it back. */
interface RemovedLine {
  text: string;
  reason: FurnitureReason;
  /** How many of the article's blocks come before it: where it goes back. */
  at: number;
}

/** What the cleanup found: the article, what it took out, and what the page said about the article. */
export interface CleanedArticle {
  blocks: BlockDraft[];
  removed: RemovedLine[];
  metadata: LineFacts & {
    title: string;
    /** The page had no headline line: the title was made from the lead paragraph. */
    titleDerived?: true;
    language?: string;
  };
}

/** How many lines above and below the article are read for a byline or date (each costs a date parse). */
const METADATA_REACH = 60;
/** How far after the first paragraph a byline or date line is still looked for. */
const METADATA_REACH_AFTER_LEAD = 6;
/** A subheading inside the article is short; a longer line without a stop is kept as a paragraph. */
const SUBHEADING_WORDS = 12;
/** Fewer words than this after the article ("Ends.", "Share.") are not a closing sentence. */
const CLOSING_SENTENCE_WORDS = 3;
/** Lines sampled to learn the article's script. */
const SCRIPT_SAMPLE_LINES = 20;

type Verdict = { kind: 'keep'; block: BlockDraft['kind'] } | { kind: 'remove'; reason: FurnitureReason };

/**
 * Cleans an article pasted or saved as text from a web page, a wire feed or
 * a clipping service: finds its headline, byline, date and outlet, and takes
 * out the page's furniture (menus, share and comment lines, prompts, related
 * stories, footers, doubled captions, size pickers). Pure: the same text
 * always gives the same answer.
 */
export function cleanPastedText(raw: string): CleanedArticle {
  const lines = normalizeText(raw).split('\n').map(collapseSpaces).filter((line) => line.length > 0);
  const page = new PageLines(lines);
  const language = guessLanguage(page.paragraphText());
  const verdicts: (Verdict | null)[] = lines.map((_, i) => {
    const reason = page.reasons[i];
    return reason ? { kind: 'remove', reason } : null;
  });
  const facts: LineFacts = {};
  const learn = (i: number): boolean => {
    if (verdicts[i] || page.paragraph[i]) return false;
    const found = readMetadataLine(lines[i] as string, language);
    if (!found) return false;
    for (const [key, value] of Object.entries(found) as [keyof LineFacts, string][]) facts[key] ??= value;
    verdicts[i] = { kind: 'remove', reason: found.byline ? 'byline' : 'date' };
    return true;
  };

  const { first, last } = page.bodyRange();
  for (let i = Math.max(0, first - METADATA_REACH); i < first; i++) learn(i);
  for (let i = first; i < Math.min(last, first + METADATA_REACH_AFTER_LEAD); i++) learn(i);
  for (let i = last + 1; i < Math.min(lines.length, last + 1 + METADATA_REACH); i++) learn(i);

  let title: string | null = null;
  let site: string | undefined;
  const headline = chooseHeadline(page.headlineCandidates(first, verdicts));
  if (headline) {
    ({ headline: title, site } = splitSiteName(headline.text, page.shortLines()));
    verdicts[headline.index] = { kind: 'keep', block: 'heading' };
    page.copiesOf(headline.index).forEach((i) => (verdicts[i] = { kind: 'remove', reason: 'repeated' }));
  }
  for (let i = 0; i < first; i++) {
    if (verdicts[i]) continue;
    const text = lines[i] as string;
    if (headline && i > headline.index && endsAsSentence(text) && wordCount(text) >= 5) verdicts[i] = { kind: 'keep', block: 'paragraph' };
    else if (headline && i > headline.index && !facts.byline && isBareName(text)) {
      facts.byline = text;
      verdicts[i] = { kind: 'remove', reason: 'byline' };
    } else verdicts[i] = { kind: 'remove', reason: isCaptionLike(text) ? 'caption' : 'before-headline' };
  }
  markBody(page, verdicts, first, last);
  // The body ends at its last long paragraph; a short closing sentence right under it ("Talks resume on Friday.") is still the article's.
  for (let i = last + 1; i < lines.length && !verdicts[i] && isClosingSentence(lines[i] as string); i++) verdicts[i] = { kind: 'keep', block: 'paragraph' };
  for (let i = last + 1; i < lines.length; i++) verdicts[i] ??= { kind: 'remove', reason: 'after-article' };

  const outlet = site ?? page.outletNamed(first, last) ?? (lines[first] ? readDatelineAgency(lines[first]) : null) ?? undefined;
  return assemble(lines, verdicts, {
    ...facts,
    ...(outlet ? { source: outlet } : {}),
    ...(language ? { language } : {}),
    title: title ?? '',
  });
}

/** Marks the article's own lines: furniture inside it, related-story lists, captions, subheadings. */
function markBody(page: PageLines, verdicts: (Verdict | null)[], first: number, last: number): void {
  let inRelatedList = false;
  for (let i = first; i <= last; i++) {
    const text = page.lines[i] as string;
    const verdict = verdicts[i];
    if (verdict) {
      inRelatedList = verdict.kind === 'remove' && verdict.reason === 'related';
      continue;
    }
    if (page.paragraph[i]) {
      inRelatedList = false;
      verdicts[i] = { kind: 'keep', block: 'paragraph' };
    } else if (inRelatedList) verdicts[i] = { kind: 'remove', reason: 'related' };
    else if (isCaptionLike(text)) verdicts[i] = { kind: 'remove', reason: 'caption' };
    else verdicts[i] = { kind: 'keep', block: !endsAsSentence(text) && wordCount(text) <= SUBHEADING_WORDS ? 'heading' : 'paragraph' };
  }
}

/** A sentence of a few words that is not a photo's caption: an article's last line may be this short. */
function isClosingSentence(text: string): boolean {
  return endsAsSentence(text) && wordCount(text) >= CLOSING_SENTENCE_WORDS && !isCaptionLike(text);
}

/** Two to five capitalised words alone on a line, right under the headline: the writer's name. */
function isBareName(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
}

function assemble(lines: readonly string[], verdicts: readonly (Verdict | null)[], found: CleanedArticle['metadata']): CleanedArticle {
  const blocks: BlockDraft[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((text, i) => {
    const verdict = verdicts[i] ?? { kind: 'keep', block: 'paragraph' };
    if (verdict.kind === 'keep') blocks.push({ kind: verdict.block, text });
    else removed.push({ text, reason: verdict.reason, at: blocks.length });
  });
  if (found.title) return { blocks, removed, metadata: found };
  const lead = blocks.find((block) => block.kind === 'paragraph') ?? blocks[0];
  return { blocks, removed, metadata: { ...found, title: lead ? deriveTitle(lead.text) : '', titleDerived: true } };
}

/** The page's lines with what can be told of each before the article is found. */
class PageLines {
  readonly paragraph: readonly boolean[];
  /** Furniture by its words, its repetition or its script; undefined for everything else. */
  readonly reasons: (FurnitureReason | undefined)[];
  private readonly groups = new Map<string, number[]>();
  private short: ReadonlySet<string> | undefined;

  constructor(readonly lines: readonly string[]) {
    // A long page repeats its menus, prompts and captions many times: each distinct line is judged once.
    const judged = new Map<string, { paragraph: boolean; reason: FurnitureReason | undefined }>();
    const judge = (line: string) => {
      let facts = judged.get(line);
      if (!facts) judged.set(line, (facts = { paragraph: readsAsParagraph(line), reason: furnitureByWords(line) ?? undefined }));
      return facts;
    };
    this.paragraph = lines.map((line) => judge(line).paragraph);
    this.reasons = lines.map((line) => judge(line).reason);
    lines.forEach((line, i) => {
      const key = line.toLowerCase();
      const group = this.groups.get(key);
      if (group) group.push(i);
      else this.groups.set(key, [i]);
    });
    this.markRepeated();
    this.markOtherScript();
  }

  /** The running text of the page, to guess its language from. */
  paragraphText(): string {
    return this.lines.filter((_, i) => this.paragraph[i] && !this.reasons[i]).slice(0, SCRIPT_SAMPLE_LINES).join('\n');
  }

  /**
   * The article runs from the first paragraph that another paragraph soon
   * follows (a lone sentence up top is a prompt or a teaser) to the last
   * paragraph that is not furniture.
   */
  bodyRange(): { first: number; last: number } {
    const indexes = this.textLines((i) => this.paragraph[i] === true);
    const first = indexes.find((i, k) => (indexes[k + 1] ?? Infinity) - i <= 4) ?? indexes[0];
    if (first !== undefined) return { first, last: indexes.at(-1) ?? first };
    // A very short article has no paragraph of eight words: its sentences are the text, else every line left.
    const sentences = this.textLines((i) => endsAsSentence(this.lines[i] as string));
    const kept = sentences.length > 0 ? sentences : this.textLines(() => true);
    return { first: kept[0] ?? this.lines.length, last: kept.at(-1) ?? -1 };
  }

  /** Indexes of the lines that are not furniture by their words and pass `test`. */
  private textLines(test: (i: number) => boolean): number[] {
    return this.lines.map((_, i) => i).filter((i) => !this.reasons[i] && test(i));
  }

  /** Lines above the article that could be its headline; a repeated line may be (a page title and its heading). */
  headlineCandidates(first: number, verdicts: readonly (Verdict | null)[]): HeadlineCandidate[] {
    const candidates: HeadlineCandidate[] = [];
    for (let i = 0; i < first; i++) {
      const verdict = verdicts[i];
      const text = this.lines[i] as string;
      // A page title and its heading may both be pasted; a doubled caption is never the headline.
      const repeated = verdict?.kind === 'remove' && verdict.reason === 'repeated' && !this.isDoubled(i);
      if ((!verdict || repeated) && couldBeHeadline(text) && !isCaptionLike(text)) candidates.push({ index: i, text, nextToBody: false });
    }
    // "Headline | Site" from the page's title goes when the heading itself is there too.
    const texts = new Set(candidates.map((candidate) => candidate.text));
    candidates.splice(
      0,
      candidates.length,
      ...candidates.filter((candidate) => {
        const { headline, site } = splitSiteName(candidate.text, this.shortLines());
        return !site || !texts.has(headline);
      }),
    );
    // Right above the body: nothing but furniture, bylines, dates and a standfirst between it and the first paragraph.
    const lastCandidate = candidates.at(-1);
    if (lastCandidate) lastCandidate.nextToBody = true;
    return candidates;
  }

  /** Short lines, lower case: a site's name printed on its own somewhere on the page. */
  shortLines(): ReadonlySet<string> {
    this.short ??= new Set(this.lines.filter((line) => wordCount(line) <= 5).map((line) => line.toLowerCase()));
    return this.short;
  }

  /** Line `index` has a copy right above or below it: a doubled caption or promotion. */
  private isDoubled(index: number): boolean {
    const key = (this.lines[index] as string).toLowerCase();
    return this.lines[index - 1]?.toLowerCase() === key || this.lines[index + 1]?.toLowerCase() === key;
  }

  /** The other lines with the same text as line `index`. */
  copiesOf(index: number): number[] {
    return (this.groups.get((this.lines[index] as string).toLowerCase()) ?? []).filter((i) => i !== index);
  }

  /** An outlet named by a copyright or "Source:" line outside the article's paragraphs. */
  outletNamed(first: number, last: number): string | null {
    for (let i = 0; i < this.lines.length; i++) {
      if (i >= first && i <= last && this.paragraph[i]) continue;
      const outlet = readOutletLine(this.lines[i] as string);
      if (outlet) return outlet;
    }
    return null;
  }

  /**
   * A line found more than once: doubled captions and promotions go entirely;
   * a long paragraph pasted twice keeps its first copy.
   */
  private markRepeated(): void {
    for (const group of this.groups.values()) {
      if (group.length < 2) continue;
      const [firstCopy = 0] = group;
      const keepFirst = this.paragraph[firstCopy] === true && (this.lines[firstCopy] as string).length > 200;
      for (const i of keepFirst ? group.slice(1) : group) this.reasons[i] ??= 'repeated';
    }
  }

  /** Short lines in another script than the article's: a menu in the site's language around a translated story. */
  private markOtherScript(): void {
    const script = dominantScript(this.paragraphText());
    if (!script) return;
    this.lines.forEach((line, i) => {
      if (this.reasons[i] || this.paragraph[i]) return;
      const own = dominantScript(line);
      if (own && own !== script) this.reasons[i] = 'other-script';
    });
  }
}
