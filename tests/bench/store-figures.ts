import { join } from 'node:path';
import { Workspace } from '../../main/services/workspace/workspace';
import { runInChild } from './child/run-child';
import { step } from './deadline';
import { pageLoads } from './page-load';
import { failedFigure, median, ratioToFloor, type BenchResult } from './types';

/** Open plus document list may take at most this multiple of reading and parsing the files it reads. */
const OPEN_FLOOR_RATIO = 3;
/** Page load to the list, at most this multiple of an empty workspace's page load plus the services' open. */
const PAGE_LOAD_RATIO = 1.5;
const OPEN_RUNS = 5;

export interface StoreOptions {
  root: string;
  workspace: string;
  documents: number;
  /** Words for the figures' names: "500 docs, 100,000 annotations". */
  label: string;
  heapTargetMb: number;
  limitMs: number;
}

/**
 * The services' open plus document list against reading and parsing the
 * files it reads (manifest, schema and every set file, whose annotations the
 * list counts per type), in a fresh process; the heap it
 * keeps; and the page load to the interactive list against the same page
 * with an empty workspace plus that open.
 */
export async function storeFigures(options: StoreOptions): Promise<BenchResult[]> {
  const { root, workspace, documents, label, limitMs } = options;
  const openName = `workspace: services open + document list (${label})`;
  const pageName = `workspace: page load to the interactive list (${label})`;
  let openMs: number;
  const results: BenchResult[] = [];
  try {
    const opened = await runInChild(`${openName}, ${OPEN_RUNS} runs`, { task: 'open', dir: workspace, runs: OPEN_RUNS }, limitMs);
    openMs = median(opened.openMs);
    console.log(`  open (${label}): cold ${opened.coldOpenMs.toFixed(1)} ms, warm ${opened.openMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    results.push(
      ratioToFloor(openName, { value: openMs, floor: median(opened.floorMs), unit: 'ms' }, OPEN_FLOOR_RATIO),
      { name: `workspace: services heap after opening (${label})`, value: opened.heapMb, unit: 'MB', target: options.heapTargetMb, better: 'lower' },
    );
  } catch (error) {
    return [failedFigure(openName, error)];
  }
  try {
    const empty = join(root, 'empty-workspace');
    const created = await step('creating an empty workspace', 30_000, () => Workspace.create(empty, 'Empty'));
    if (!created.ok) throw new Error(created.error.message);
    const [emptyMs = Number.NaN, listMs = Number.NaN] = await pageLoads([
      { dir: empty, documents: 0, preferences: join(root, 'preferences-empty') },
      { dir: workspace, documents, preferences: join(root, 'preferences') },
    ]);
    results.push(ratioToFloor(pageName, { value: listMs, floor: emptyMs + openMs, unit: 'ms' }, PAGE_LOAD_RATIO));
  } catch (error) {
    results.push(failedFigure(pageName, error));
  }
  return results;
}
