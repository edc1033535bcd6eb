import { readFile } from 'node:fs/promises';

/**
 * Prints one closing line for the whole test run ("tests: N passed, N failed,
 * N skipped") from the Vitest and Playwright JSON reports.
 */
async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

function count(value: unknown, key: string): number {
  const found = value && typeof value === 'object' && key in value ? (value as Record<string, unknown>)[key] : 0;
  return typeof found === 'number' ? found : 0;
}

const unit = await readJson('reports/unit.json');
const e2e = await readJson('reports/e2e.json');
const stats = e2e && typeof e2e === 'object' && 'stats' in e2e ? e2e.stats : {};
const passed = count(unit, 'numPassedTests') + count(stats, 'expected') + count(stats, 'flaky');
const failed = count(unit, 'numFailedTests') + count(stats, 'unexpected');
const skipped = count(unit, 'numPendingTests') + count(unit, 'numTodoTests') + count(stats, 'skipped');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
