import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { EXPORT_FORMAT_NAMES, FORMAT_DESCRIPTIONS, IMPORT_FORMAT_NAMES } from '../../core/formats/catalogue';
import { runInChild } from './child/run-child';
import { changedSince, documentAndAnnotationFiles, filesUnder } from './files';
import { failedFigure, median, ratioToFloor, type BenchResult, type RunOptions } from './types';

/** Each export and import may take at most this multiple of its floor. */
const EXCHANGE_FLOOR_RATIO = 2;

export interface ExchangeOptions {
  /** Where the outputs, copies and floor files go. */
  root: string;
  /** The workspace to export from and to copy for each import. */
  workspace: string;
  /** Words for the figures' names: "500 docs, 100,000 annotations". */
  label: string;
  /** Alternating runs of each operation and its floor; the figures are medians. */
  runs: number;
  /** The longest one export, import or floor may take. */
  limitMs: number;
  exportPeakMb: number;
  importPeakMb: number;
  /** Which formats, and whether imports too (the run's --formats and --exports-only). */
  only: RunOptions;
}

/** What one operation did: its time, its floor's time and its peak memory, each a median over the runs. */
interface Taken {
  ms: number;
  floorMs: number;
  peakRssMb: number;
}

/** The export's output: a file named with the format's extension, or a folder. */
function outputPath(root: string, format: (typeof EXPORT_FORMAT_NAMES)[number]): string {
  const extension = FORMAT_DESCRIPTIONS[format].extension;
  return join(root, extension ? `export-${format}.${extension}` : `export-${format}`);
}

/** The floor of writing `files` again: the same bytes, to the same relative places under `scratch`. */
async function rewrites(files: readonly string[], base: string, scratch: string): Promise<{ from: string; to: string }[]> {
  const writes = files.map((from) => ({ from, to: join(scratch, relative(base, from)) }));
  for (const folder of new Set(writes.map(({ to }) => dirname(to)))) await mkdir(folder, { recursive: true });
  return writes;
}

/**
 * Exports in every format, then imports every importable export as a new set
 * into a fresh copy of the workspace, each in its own process, each against
 * its floor taken right after it on the same files:
 * - export: reading and parsing the workspace's document and annotations
 *   files, plus writing the export's bytes (fsync, rename);
 * - import: reading and parsing the input and the workspace's files, plus
 *   writing the files the import changed, with the same bytes.
 */
export async function exchangeFigures(options: ExchangeOptions): Promise<BenchResult[]> {
  const { root, workspace, label, runs, limitMs, only } = options;
  const chosen = (format: string) => only.formats === null || only.formats.includes(format);
  const results: BenchResult[] = [];
  const stored = await documentAndAnnotationFiles(workspace);
  const scratch = join(root, 'floor');

  async function measure(name: string, once: () => Promise<Taken>): Promise<Taken | null> {
    try {
      const taken: Taken[] = [];
      for (let run = 0; run < runs; run++) taken.push(await once());
      return { ms: median(taken.map((t) => t.ms)), floorMs: median(taken.map((t) => t.floorMs)), peakRssMb: median(taken.map((t) => t.peakRssMb)) };
    } catch (error) {
      results.push(failedFigure(name, error));
      return null;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  for (const format of EXPORT_FORMAT_NAMES.filter(chosen)) {
    const out = outputPath(root, format);
    const name = `exchange: export ${format} (${label})`;
    const taken = await measure(name, async () => {
      await rm(out, { recursive: true, force: true });
      const exported = await runInChild(`${name}`, { task: 'export', dir: workspace, format, out }, limitMs);
      const write = await rewrites(await filesUnder(out), dirname(out), scratch);
      const floor = await runInChild(`${name}: its floor`, { task: 'floor', read: stored, write }, limitMs);
      return { ms: exported.ms, floorMs: floor.ms, peakRssMb: exported.peakRssMb };
    });
    if (!taken) continue;
    results.push(
      ratioToFloor(name, { value: taken.ms, floor: taken.floorMs, unit: 'ms' }, EXCHANGE_FLOOR_RATIO),
      { name: `exchange: export ${format}, peak RSS of the process (${label})`, value: taken.peakRssMb, unit: 'MB', target: options.exportPeakMb, better: 'lower' },
    );
    if (only.exportsOnly || !(IMPORT_FORMAT_NAMES as readonly string[]).includes(format)) await rm(out, { recursive: true, force: true });
  }

  for (const format of only.exportsOnly ? [] : IMPORT_FORMAT_NAMES.filter(chosen)) {
    const input = outputPath(root, format);
    const copy = join(root, `import-${format}`);
    const name = `exchange: import ${format} as a new set (${label})`;
    const taken = await measure(name, async () => {
      await rm(copy, { recursive: true, force: true });
      await cp(workspace, copy, { recursive: true });
      const since = Date.now();
      const imported = await runInChild(name, { task: 'import', dir: copy, format, files: [input], set: 'bench-import' }, limitMs);
      const write = await rewrites(await changedSince(copy, since), copy, scratch);
      const read = [...(await filesUnder(input)), ...stored];
      const floor = await runInChild(`${name}: its floor`, { task: 'floor', read, write }, limitMs);
      return { ms: imported.ms, floorMs: floor.ms, peakRssMb: imported.peakRssMb };
    });
    await rm(copy, { recursive: true, force: true });
    await rm(input, { recursive: true, force: true });
    if (!taken) continue;
    results.push(
      ratioToFloor(name, { value: taken.ms, floor: taken.floorMs, unit: 'ms' }, EXCHANGE_FLOOR_RATIO),
      { name: `exchange: import ${format}, peak RSS of the process (${label})`, value: taken.peakRssMb, unit: 'MB', target: options.importPeakMb, better: 'lower' },
    );
  }
  return results;
}
