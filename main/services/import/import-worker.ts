import { parentPort } from 'node:worker_threads';
import type { ArticleDraft } from './article-draft';
import { IMPORTER_BY_NAME } from './importers';

/** A file to read, sent by isolated-import.ts. */
export interface ParseRequest {
  importer: string;
  bytes: Uint8Array;
  fallbackTitle: string;
}

export type ParseReply = { ok: true; draft: ArticleDraft } | { ok: false; message: string };

/**
 * The worker thread that runs importers, one file at a time, under the memory
 * limits isolated-import.ts gives it: a file that unpacks to far more than it
 * weighs ends this thread, never the process that asked.
 */
parentPort?.on('message', (request: ParseRequest) => {
  const importer = IMPORTER_BY_NAME.get(request.importer);
  const reply = (answer: ParseReply) => parentPort?.postMessage(answer);
  if (!importer) {
    reply({ ok: false, message: `no importer named ${request.importer}` });
    return;
  }
  importer.parse(request.bytes, request.fallbackTitle).then(
    (draft) => reply({ ok: true, draft }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
