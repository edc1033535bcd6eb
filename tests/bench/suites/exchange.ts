import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importAnnotations } from '../../../main/services/exchange/import';
import { mapConcurrent } from '../../../main/services/files/concurrent';
import { newDocumentFile } from '../../../main/services/exchange/new-document';
import { Workspace } from '../../../main/services/workspace/workspace';
import type { BenchResult, BenchSuite } from '../types';
import { generateAnnotations, generateArticle } from '../workloads/articles';

const DOCUMENTS = 500;
const ANNOTATIONS_PER_DOCUMENT = 200;
const EXPORT_FORMATS = ['gloss', 'w3c', 'brat', 'qdpx', 'jsonl', 'csv'];
const IMPORT_FORMATS = ['gloss', 'w3c', 'brat', 'qdpx'];
const THIS_FILE = fileURLToPath(import.meta.url);
const TSX = resolve(THIS_FILE, '../../../../node_modules/.bin/tsx');

/** What a child process measured: the work's time and the process's peak resident memory. */
interface Measure {
  ms: number;
  peakRssMb: number;
  startRssMb: number;
}

/** Peak resident set size of this process so far (VmHWM), the honest figure for "peak memory". */
async function peakRssMb(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

/**
 * The workload, written straight through the workspace API: documents as an
 * exchange import would add them, then their annotations, a few at a time.
 */
async function buildWorkspace(root: string): Promise<string> {
  const dir = join(root, 'workspace');
  const created = await Workspace.create(dir, 'Bench');
  if (!created.ok) throw new Error(created.error.message);
  const workspace = created.value;
  for (let i = 0; i < DOCUMENTS; i++) {
    const text = generateArticle(i, 6000);
    const document = newDocumentFile({ id: `bench-${i}`, text, metadata: { title: `Bench article ${i}` }, fileName: `article-${i}.txt`, annotations: [] }, 'bench', () => false);
    if (!document.ok) throw new Error(document.error);
    await workspace.addDocument(document.value);
  }
  await mapConcurrent(workspace.entries, 8, async (entry) => {
    const loaded = await workspace.loadDocument(entry.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    await workspace.saveAnnotations(entry.id, generateAnnotations(loaded.value.document.text, ANNOTATIONS_PER_DOCUMENT, DOCUMENTS));
  });
  await workspace.flush();
  return dir;
}

/** Runs one export or import in a fresh Node process, so its peak memory is its own. */
async function inChild(...args: string[]): Promise<Measure> {
  const { stdout } = await promisify(execFile)(TSX, [THIS_FILE, '--exchange-child', ...args], { maxBuffer: 2 ** 20 });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Measure;
}

/** The child's side: one export or import, then its measures as the last line of stdout. */
async function child([action, dir, format, path]: string[]): Promise<void> {
  const opened = await Workspace.open(dir ?? '');
  if (!opened.ok) throw new Error(opened.error.message);
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const done =
    action === 'export'
      ? await exportAnnotations(opened.value, { format: format ?? '', out: path ?? '' })
      : await importAnnotations(opened.value, { format: format ?? '', files: [path ?? ''], set: 'bench-import' });
  const ms = performance.now() - start;
  if (!done.ok) throw new Error(`${action} ${format}: ${JSON.stringify(done.error).slice(0, 500)}`);
  console.log(JSON.stringify({ ms, peakRssMb: await peakRssMb(), startRssMb } satisfies Measure));
}

export const exchangeSuite: BenchSuite = {
  name: 'exchange',
  async run(): Promise<BenchResult[]> {
    const root = await mkdtemp(join(tmpdir(), 'gloss-bench-exchange-'));
    const total = DOCUMENTS * ANNOTATIONS_PER_DOCUMENT;
    try {
      const dir = await buildWorkspace(root);
      const results: BenchResult[] = [];
      for (const format of EXPORT_FORMATS) {
        const out = join(root, `export-${format}`);
        const measure = await inChild('export', dir, format, out);
        const size = (await stat(out)).isFile() ? ` ${Math.round((await stat(out)).size / 2 ** 20)} MB` : '';
        results.push(
          { name: `exchange: export ${format} (${DOCUMENTS} docs, ${total} annotations${size})`, value: measure.ms, unit: 'ms', target: 3000, better: 'lower' },
          { name: `exchange: export ${format}, peak RSS of the process`, value: measure.peakRssMb, unit: 'MB', target: 500, better: 'lower' },
        );
      }
      for (const format of IMPORT_FORMATS) {
        // Each import goes into its own copy, so every one adds a new set to the same starting point.
        const copy = join(root, `import-${format}`);
        await cp(dir, copy, { recursive: true });
        const measure = await inChild('import', copy, format, join(root, `export-${format}`));
        results.push(
          { name: `exchange: import ${format} as a new set (${total} annotations)`, value: measure.ms, unit: 'ms', target: 5000, better: 'lower' },
          { name: `exchange: import ${format}, peak RSS of the process`, value: measure.peakRssMb, unit: 'MB', target: 1000, better: 'lower' },
        );
        await rm(copy, { recursive: true, force: true });
      }
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};

if (process.argv[2] === '--exchange-child') await child(process.argv.slice(3));
