import { performance } from 'node:perf_hooks';
import { cleanPastedText } from '../../../core/article/clean-pasted-text';
import { readPastedPages, textSimilarity } from '../../fixtures/pasted/pages';
import { median, type BenchSuite } from '../types';

const MEGABYTE = 1024 * 1024;
const RUNS = 7;

/**
 * A 1 MB pasted page: the fixture pages' lines over and over, each article
 * line numbered so it is not taken for a repeat, the furniture left as it
 * is (so repeated lines, menus and prompts are all there to judge).
 */
function megabytePage(): string {
  const pages = readPastedPages();
  const lines: string[] = [];
  let size = 0;
  for (let round = 0; size < MEGABYTE; round++) {
    for (const page of pages) {
      for (const line of page.pasted.split('\n')) {
        const numbered = page.kept.includes(line) && line.length > 60 ? `${line} (${round})` : line;
        lines.push(numbered);
        size += numbered.length + 1;
      }
    }
  }
  return lines.join('\n');
}

/** How close the cleanup comes to what a careful reader keeps, on the hand-made pasted pages, and how fast it cleans 1 MB. */
export const articlesSuite: BenchSuite = {
  name: 'articles',
  limitMs: 2 * 60_000,
  async run() {
    const pages = readPastedPages();
    const similarities = pages.map((page) => {
      const cleaned = cleanPastedText(page.pasted);
      return textSimilarity(cleaned.blocks.map((block) => block.text).join('\n'), page.kept.join('\n'));
    });
    const headlines = pages.filter((page) => {
      const { metadata } = cleanPastedText(page.pasted);
      return page.headline === null ? metadata.titleDerived === true : metadata.title === page.headline;
    }).length;
    const big = megabytePage();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      cleanPastedText(big);
      times.push(performance.now() - started);
    }
    const mean = similarities.reduce((sum, value) => sum + value, 0) / similarities.length;
    return [
      { name: `pasted pages: mean similarity to a careful reader's text (${pages.length} pages)`, value: mean, unit: '', target: 0.85, better: 'higher' },
      { name: 'pasted pages: worst similarity', value: Math.min(...similarities), unit: '', target: 0.6, better: 'higher' },
      { name: 'pasted pages: headlines right (share of pages)', value: headlines / pages.length, unit: '', target: 14 / 16, better: 'higher' },
      { name: 'clean a 1 MB pasted page (median)', value: median(times), unit: 'ms', target: 200, better: 'lower' },
    ];
  },
};
