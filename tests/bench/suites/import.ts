import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';
import { percentile, type BenchSuite } from '../types';

const PAGE_COUNT = 100;
const TARGET_SECONDS = 10;
/** No single page may hold the progress indicator up for more than twice its share of the budget. */
const TARGET_PAGE_MS = ((TARGET_SECONDS * 1000) / PAGE_COUNT) * 2;

/** Made-up words, so no generated page repeats any real article. */
const WORDS = (
  'harbour council ferry quarry river tide mill lantern ledger valley bridge orchard market school ' +
  'weather budget island road station slipway vote plan engineer trust keeper field storm winter ' +
  'said after before during while because although reported announced expected refused agreed'
).split(' ');

/** A small fixed-seed generator: the same pages every run, so figures compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraphs(next: () => number, count: number, tag = 'p'): string {
  return Array.from({ length: count }, () => `<${tag}>${sentence(next, 14)} ${sentence(next, 18)} ${sentence(next, 11)}</${tag}>`).join('\n');
}

/** Pages this heavy are typical: most of a saved news page is scripts, styles and furniture. */
function furniture(next: () => number, kilobytes: number): string {
  const script = `<script>window.dataLayer=window.dataLayer||[];dataLayer.push(${JSON.stringify({ slot: sentence(next, 30) })});</script>`;
  const style = `<style>.c${Math.floor(next() * 1e6)}{margin:0 auto;padding:4px 8px;font:14px/1.4 serif}</style>`;
  const ad = `<div class="ad ad-slot" onclick="track()">Advertisement: ${sentence(next, 8)}</div>`;
  const menu = `<nav><ul>${Array.from({ length: 20 }, () => `<li><a href="/s">${sentence(next, 2)}</a></li>`).join('')}</ul></nav>`;
  const parts: string[] = [];
  for (let size = 0; size < kilobytes * 1024; ) {
    const part = [script, style, ad, menu][parts.length % 4] as string;
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n');
}

function savedPage(index: number): string {
  const next = random(index + 1);
  const title = sentence(next, 6).slice(0, -1);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Bench Gazette</title>
<meta property="og:site_name" content="Bench Gazette">
<meta property="article:published_time" content="2025-01-${String((index % 28) + 1).padStart(2, '0')}T08:00:00Z">
<link rel="canonical" href="https://bench-gazette.example/story/${index}">
${furniture(next, 20 + (index % 5) * 10)}
</head><body>
<div class="cookie-banner" role="dialog"><p>${sentence(next, 20)}</p><button>Accept</button></div>
${furniture(next, 10 + (index % 3) * 10)}
<main><article><h1>${title}</h1><p class="byline">By Bench Writer ${index}</p>
${paragraphs(next, 8)}<h2>${sentence(next, 4)}</h2>${paragraphs(next, 6)}
<ul>${paragraphs(next, 3, 'li')}</ul><blockquote><p>${sentence(next, 16)}</p></blockquote>
</article></main>
<section id="comments">${paragraphs(next, 30)}</section>
${furniture(next, 15 + (index % 4) * 10)}
<footer>${sentence(next, 12)}</footer></body></html>`;
}

export const importSuite: BenchSuite = {
  name: 'import',
  limitMs: 5 * 60_000,
  async run() {
    const folder = await mkdtemp(join(tmpdir(), 'gloss-bench-import-'));
    try {
      const paths = await Promise.all(
        Array.from({ length: PAGE_COUNT }, async (_, i) => {
          const path = join(folder, `page-${i}.html`);
          await writeFile(path, savedPage(i));
          return path;
        }),
      );
      const created = await Workspace.create(join(folder, 'workspace'), 'Bench');
      if (!created.ok) throw new Error(created.error.message);
      const perFile: number[] = [];
      let last = performance.now();
      const started = last;
      const outcomes = await importFiles(created.value, paths, () => {
        const now = performance.now();
        perFile.push(now - last);
        last = now;
      });
      const seconds = (performance.now() - started) / 1000;
      const failed = outcomes.filter((outcome) => outcome.documentId === null);
      if (failed.length > 0) throw new Error(`bench pages were skipped: ${failed.map((o) => `${o.file} ${o.message}`).join('; ')}`);
      return [
        { name: `import ${PAGE_COUNT} saved news pages`, value: seconds, unit: 's', target: TARGET_SECONDS, better: 'lower' },
        { name: 'import one saved page (p95)', value: percentile(perFile, 95), unit: 'ms', target: TARGET_PAGE_MS, better: 'lower' },
      ];
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
