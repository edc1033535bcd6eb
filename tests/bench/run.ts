import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SUITES } from './suites/index';
import { meetsTarget, type BenchResult } from './types';

/**
 * npm run bench -- [--json <file>] [--only <suite name part>]
 * Runs the suites, prints a table and, with --json, writes
 * {"results": [{"name", "value", "unit", "target"}]}. Exits 1 when a figure misses its target.
 */
const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } } });
const suites = SUITES.filter((suite) => !values.only || suite.name.includes(values.only));
const results: BenchResult[] = [];
for (const suite of suites) {
  console.log(`▶ ${suite.name}`);
  results.push(...(await suite.run()));
}

const rows = results.map((r) => [
  meetsTarget(r) ? 'ok  ' : 'MISS',
  r.name,
  `${round(r.value)} ${r.unit}`,
  `${r.better === 'lower' ? '≤' : '≥'} ${round(r.target)} ${r.unit}`,
]);
const widths = [4, ...[1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] as string).length), 6))];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));

if (values.json) {
  const path = resolve(values.json);
  await mkdir(dirname(path), { recursive: true });
  const json = { results: results.map(({ name, value, unit, target }) => ({ name, value: round(value), unit, target })) };
  await writeFile(path, JSON.stringify(json, null, 2) + '\n');
  console.log(`Wrote ${path}`);
}
const missed = results.filter((r) => !meetsTarget(r));
console.log(`bench: ${results.length - missed.length} met, ${missed.length} missed`);
process.exitCode = missed.length > 0 ? 1 : 0;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
