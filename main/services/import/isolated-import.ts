import { existsSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ArticleDraft } from './article-draft';
import type { ParseReply, ParseRequest } from './import-worker';

/**
 * The import worker's JavaScript heap. Reading a 20 MB PDF or Word file takes
 * well under this; a file that needs more is a bomb, and ends only the worker.
 */
export const IMPORT_HEAP_MB = 512;
/** No file takes this long to read; one that does (a parser's worst case) is given up. */
const IMPORT_TIME_LIMIT_MS = 120_000;

/**
 * Where the worker's code is. From the sources (the CLI and the harness under
 * tsx, the tests under Vitest) it is the TypeScript file, loaded through tsx;
 * in the app's build, electron-vite emits it as its own entry beside the main
 * bundle (or one folder up, when this code lands in a shared chunk).
 */
function startWorker(options: WorkerOptions): Worker {
  const source = new URL('./import-worker.ts', import.meta.url);
  if (existsSync(source)) {
    const tsx = import.meta.resolve('tsx/esm/api');
    // tsx's loader registered inside the worker, then the worker's module through it.
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  const built = new URL('./import-worker.js', import.meta.url);
  return new Worker(existsSync(built) ? built : new URL('../import-worker.js', import.meta.url), options);
}

function failureMessage(error: Error): string {
  return 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `too large when unpacked (reading it needed more than ${IMPORT_HEAP_MB} MB)`
    : `its reader failed (${error.message})`;
}

/**
 * Runs importers in a worker thread with a memory limit, one file at a time,
 * so a file that unpacks to gigabytes ends the worker instead of the app, the
 * harness or the CLI. The worker is started on first use and kept for the
 * next file; after a failure the next file gets a new one. `close` ends it.
 */
export class IsolatedImporter {
  private worker: Worker | null = null;

  parse(importer: string, bytes: Uint8Array, fallbackTitle: string): Promise<ArticleDraft> {
    const worker = this.worker ?? this.start();
    return new Promise<ArticleDraft>((resolve, reject) => {
      const settle = (outcome: { draft: ArticleDraft } | { message: string }, workerLost: boolean) => {
        clearTimeout(timer);
        worker.off('message', onReply).off('error', onError).off('exit', onExit);
        if (workerLost) this.discard(worker);
        if ('draft' in outcome) resolve(outcome.draft);
        else reject(new Error(outcome.message));
      };
      const onReply = (reply: ParseReply) => settle(reply.ok ? { draft: reply.draft } : { message: reply.message }, false);
      const onError = (error: Error) => settle({ message: failureMessage(error) }, true);
      const onExit = (code: number) => settle({ message: `its reader stopped (exit code ${code})` }, true);
      const timer = setTimeout(() => settle({ message: `took longer than ${IMPORT_TIME_LIMIT_MS / 1000} s to read` }, true), IMPORT_TIME_LIMIT_MS);
      worker.on('message', onReply).on('error', onError).on('exit', onExit);
      const request: ParseRequest = { importer, bytes, fallbackTitle };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB } });
    // A worker that fails between files must not become the process's unhandled 'error'.
    worker.on('error', () => this.discard(worker));
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}
