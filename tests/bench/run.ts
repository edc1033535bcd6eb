import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { step } from './deadline';
import { SUITES } from './suites/index';
import { EXPORT_FORMAT_NAMES } from '../../core/formats/catalogue';
import { failedFigure, meetsTarget, type BenchResult, type RunOptions } from './types';

/**
 * npm run bench -- [--json <file>] [--only <suite name part>] [--formats <a,b>] [--exports-only] [--help]
 * Runs the suites, prints a table and, with --json, writes
 * {"results": [{"name", "value", "unit", "target", "measured"?, "failure"?}]}.
 * Exits 1 when a figure misses its target or a suite fails; a failed suite
 * (an error, or a step past its time limit) is a row, and the next suite runs.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    only: { type: 'string' },
    formats: { type: 'string' },
    'exports-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx tests/bench/run.ts [--only <part of a suite's name>] [--formats <format,…>] [--exports-only] [--json <file>]
(npm run bench builds the app first; run a suite that loads the page after a build.)
--formats and --exports-only narrow the exchange figures of the exchange and scale suites.
Suites: ${SUITES.map((suite) => suite.name).join(', ')}
Formats: ${EXPORT_FORMAT_NAMES.join(', ')}`);
  process.exit(0);
}
const formats = values.formats?.split(',').map((name) => name.trim()) ?? null;
const unknownFormats = (formats ?? []).filter((name) => !(EXPORT_FORMAT_NAMES as readonly string[]).includes(name));
if (unknownFormats.length > 0) throw new Error(`no format ${unknownFormats.join(', ')} (formats: ${EXPORT_FORMAT_NAMES.join(', ')})`);
const options: RunOptions = { formats, exportsOnly: values['exports-only'] ?? false };
const suites = SUITES.filter((suite) => !values.only || suite.name.includes(values.only));
if (suites.length === 0) throw new Error(`no suite matches "${values.only}" (suites: ${SUITES.map((s) => s.name).join(', ')})`);
const results: BenchResult[] = [];
for (const suite of suites) {
  const started = performance.now();
  console.log(`▶ ${suite.name}`);
  try {
    results.push(...(await step(`suite ${suite.name}`, suite.limitMs, () => suite.run(options))));
  } catch (error) {
    results.push(failedFigure(`${suite.name}: the suite did not finish`, error));
  }
  console.log(`  ${suite.name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const rows = results.map((r) => [
  meetsTarget(r) ? 'ok  ' : 'MISS',
  r.name,
  r.failure === undefined ? `${round(r.value)} ${r.unit}` : 'failed',
  r.failure === undefined ? `${r.better === 'lower' ? '≤' : '≥'} ${round(r.target)} ${r.unit}` : '',
  r.failure ?? (r.measured ? `${round(r.measured.value)} ${r.measured.unit} / floor ${round(r.measured.floor)} ${r.measured.unit}` : ''),
]);
const widths = [4, ...[1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] as string).length), 6))];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());

if (values.json) {
  const path = resolve(values.json);
  await mkdir(dirname(path), { recursive: true });
  const json = {
    results: results.map(({ name, value, unit, target, measured, failure }) => ({
      name,
      value: round(value),
      unit,
      target,
      ...(measured ? { measured: { value: round(measured.value), floor: round(measured.floor), unit: measured.unit } } : {}),
      ...(failure === undefined ? {} : { failure }),
    })),
  };
  await writeFile(path, JSON.stringify(json, null, 2) + '\n');
  console.log(`Wrote ${path}`);
}
const missed = results.filter((r) => !meetsTarget(r));
console.log(`bench: ${results.length - missed.length} met, ${missed.length} missed`);
// Explicitly: a step stopped at its limit may leave a timer or socket behind, which must not keep the run alive.
process.exit(missed.length > 0 ? 1 : 0);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
