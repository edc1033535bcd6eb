import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleReferenceDate } from '../../../core/fields/natural-date';
import { suggest } from '../../../core/suggest/suggest';
import { readGoldArticles, readSeedGold, type GoldArticle } from '../../fixtures/suggest/gold';
import { scoreDocument, sumScores, type Score, type Scores } from '../suggest-scores';
import { median, type BenchResult, type BenchSuite } from '../types';

const KILOBYTE = 1024;
const RUNS = 5;
/** The seed articles beside the repository (../shared/seeds, or $GLOSS_SEEDS), when they are there: scored too, and said so; never required. */
const SEEDS_DIR = process.env['GLOSS_SEEDS'] ?? join(import.meta.dirname, '../../../../shared/seeds');

function suggestionsFor(article: GoldArticle) {
  return suggest({ text: article.text, language: article.language, reference: articleReferenceDate({ publishedDate: article.published }) });
}

function scoreOf(articles: readonly GoldArticle[]): Scores {
  return sumScores(articles.map((article) => scoreDocument(article.items, suggestionsFor(article))));
}

/** A share of right answers; no row where the gold has nothing to count (the seeds carry no dated events). */
const ratio = (name: string, count: { right: number; of: number }, target: number): BenchResult[] =>
  count.of === 0 ? [] : [{ name: `${name} (${count.right} of ${count.of})`, value: count.right / count.of, unit: '', target, better: 'higher' }];

/** Precision, recall and F1 of a category as three rows, F1 held to the target (the others are there so a regression shows). */
function prf(name: string, s: Score, target: number): BenchResult[] {
  const counts = `${s.matched} matched, ${s.found} suggested, ${s.gold} gold`;
  return [
    { name: `${name}: precision`, value: s.precision, unit: '', target: 0, better: 'higher' },
    { name: `${name}: recall`, value: s.recall, unit: '', target: 0, better: 'higher' },
    { name: `${name}: F1 (${counts})`, value: s.f1, unit: '', target, better: 'higher' },
  ];
}

function figures(label: string, s: Scores): BenchResult[] {
  return [
    ...prf(`${label} direct quotes, overlap`, s.directOverlap, 0.9),
    ...prf(`${label} direct quotes, exact`, s.directExact, 0),
    ...ratio(`${label} speaker accuracy of matched direct quotes`, s.speaker, 0.85),
    ...ratio(`${label} cue accuracy of matched direct quotes`, s.cue, 0.85),
    ...prf(`${label} indirect quotes, overlap`, s.indirect, 0.6),
    ...ratio(`${label} event dates right`, s.eventDates, 0.9),
    ...prf(`${label} events, overlap`, s.events, 0),
    ...prf(`${label} claims, overlap`, s.claims, 0),
    ...ratio(`${label} claimant accuracy of matched claims`, s.claimant, 0),
  ];
}

/** Paragraphs of the gold articles over and over, numbered so no two are the same, up to `bytes`. */
function articleOf(articles: readonly GoldArticle[], bytes: number, round = 0): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let pass = round; size < bytes; pass++) {
    for (const article of articles) {
      for (const paragraph of article.text.split('\n').filter((line) => line.trim() !== '')) {
        const line = `${paragraph} (${pass})`;
        paragraphs.push(line);
        size += Buffer.byteLength(line) + 2;
        if (size >= bytes) break;
      }
      if (size >= bytes) break;
    }
  }
  return paragraphs.join('\n\n');
}

/** The median wall time and the median CPU time (this process, all threads) of a few runs: the machine is shared, and CPU time shows the engine's own cost. */
function timed(run: () => void): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    run();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** A speed figure as two rows, wall and CPU time, both held to the target. */
function speed(name: string, time: { wall: number; cpu: number }, target: number): BenchResult[] {
  return [
    { name: `${name} (median wall time)`, value: time.wall, unit: 'ms', target, better: 'lower' },
    { name: `${name} (median CPU time)`, value: time.cpu, unit: 'ms', target, better: 'lower' },
  ];
}

/**
 * How well the suggestion engine finds what an analyst would tag, on the
 * hand-annotated gold set (tests/fixtures/suggest): the articles looked at
 * while the rules were written (dev), those never looked at (held-out), and
 * the seed articles when ../shared/seeds is there; and how fast it is.
 */
export const suggestSuite: BenchSuite = {
  name: 'suggest',
  limitMs: 3 * 60_000,
  async run() {
    const articles = readGoldArticles();
    const dev = articles.filter((article) => article.split === 'dev');
    const heldOut = articles.filter((article) => article.split === 'held-out');
    const seeds = existsSync(SEEDS_DIR) ? readSeedGold(SEEDS_DIR) : [];
    const reference = new Date(2024, 2, 14, 12);
    const big = articleOf(articles, 1024 * KILOBYTE);
    const small = Array.from({ length: 500 }, (_, i) => articleOf(articles.slice(i % articles.length), 5 * KILOBYTE, i));
    suggest({ text: small[0] as string, language: 'en', reference }); // the date parser's first call loads its tables
    return [
      ...figures(`all ${articles.length} articles:`, scoreOf(articles)),
      ...figures(`held-out ${heldOut.length}:`, scoreOf(heldOut)),
      ...figures(`dev ${dev.length}:`, scoreOf(dev)),
      ...(seeds.length > 0 ? figures(`seeds ${seeds.length} (../shared/seeds):`, scoreOf(seeds)) : []),
      ...speed('suggestions for a 1 MB article', timed(() => suggest({ text: big, language: 'en', reference })), 1000),
      ...speed('suggestions for 500 documents of 5 KB', timed(() => small.forEach((text) => suggest({ text, language: 'en', reference }))), 5000),
    ];
  },
};
