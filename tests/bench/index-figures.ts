import type { Query } from '../../core/query/query';
import { runInChild } from './child/run-child';
import { failedFigure, percentile, type BenchResult } from './types';

/** What an analyst asks: everything, by type, words, a name nobody has, a field, dates, a title, an outlet, a set, a key role. */
export const QUERIES: readonly Query[] = [
  {},
  { types: ['quote'] },
  { text: 'the' },
  { text: 'harbour strike' },
  { entity: 'Nikol Pashinyan' },
  { types: ['quote'], entity: 'Pashinian', entityRole: 'key' },
  { fields: [{ key: 'kind', value: 'direct' }] },
  { types: ['claim'], text: 'a' },
  { from: '2026-01-01', to: '2026-03-31' },
  { document: 'article 42' },
  { outlet: 'Courier' },
  { set: 'default', types: ['event'] },
];

/**
 * The workspace index in a fresh process, as the app builds it when a
 * workspace opens: the query p95 (each query counted with the list's first
 * rows) and the heap the services keep with it, against the given targets.
 */
export async function indexFigures(dir: string, label: string, targets: { queryMs: number; heapMb: number; limitMs: number }): Promise<BenchResult[]> {
  const name = `analysis: query p95 (${label})`;
  try {
    const report = await runInChild(name, { task: 'index', dir, queries: [...QUERIES], runs: 5, limit: 200 }, targets.limitMs);
    console.log(`  index (${label}): built in ${(report.buildMs / 1000).toFixed(1)} s`);
    return [
      { name, value: percentile(report.queryMs, 95), unit: 'ms', target: targets.queryMs, better: 'lower' },
      { name: `analysis: services heap with the index (${label})`, value: report.heapMb, unit: 'MB', target: targets.heapMb, better: 'lower' },
    ];
  } catch (error) {
    return [failedFigure(name, error)];
  }
}
