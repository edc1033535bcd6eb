import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, DocumentFileSchema, type DocumentFile, type DocumentMetadata, IsoDateSchema, type RemovedBlock } from '../../../core/model/document';
import { LIMITS } from '../../../core/model/limits';
import { describeIssues } from '../../../core/validation/parse-unknown';
import type { ImportOutcome } from '../../../core/api/contract';
import { layoutBlocks, type BlockDraft } from '../../../core/text/blocks';
import { clip } from '../../../core/text/clip';
import { collapseSpaces, normalizeText } from '../../../core/text/normalize';
import { describeFsError } from '../files/fs-error';
import { sha256 } from '../workspace/hash';
import type { Workspace } from '../workspace/workspace';
import { IMPORTER_BY_EXTENSION } from './importers';
import { IsolatedImporter } from './isolated-import';

/** Larger files are refused: no news article is anywhere near this size. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const SUPPORTED_EXTENSIONS = [...IMPORTER_BY_EXTENSION.keys()];

/** The message of each file not tried because an earlier one could not be written. */
export const NOT_TRIED = 'not imported: an earlier file could not be saved';

/** Told after each file is saved or skipped, so a caller can show how far a long import has got. */
export type ImportProgress = (done: number, total: number, outcome: ImportOutcome) => void;

/** Documents saved together, listed in the manifest by one write (Workspace.addDocuments). */
const BATCH_DOCUMENTS = 100;
/** A batch is saved after this long even when not full, so slow files (PDFs) are still reported one by one. */
const BATCH_MS = 1000;

/** A file read and turned into a document, or why not; the document is not saved yet. */
type Prepared = { file: string; document: DocumentFile } | { outcome: ImportOutcome };

/**
 * Imports files in order. A file that cannot be read, is empty, too large,
 * of an unknown kind or already in the workspace is reported and skipped; the
 * others still go in. Files are read in a worker thread with a memory limit
 * (isolated-import.ts), so one that unpacks to gigabytes is skipped as too
 * large when unpacked and the process importing carries on. Documents are
 * saved in batches; each file's outcome is told once it is saved.
 */
export async function importFiles(
  workspace: Workspace,
  paths: readonly string[],
  onProgress?: ImportProgress,
): Promise<ImportOutcome[]> {
  const known = new Map(workspace.entries.map((entry) => [entry.textSha256, entry.title]));
  const outcomes: ImportOutcome[] = [];
  const reader = new IsolatedImporter();
  const tell = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    onProgress?.(outcomes.length, paths.length, outcome);
  };
  let pending: Prepared[] = [];
  let pendingSince = 0;
  let stopped: string | null = null;
  const save = async () => {
    const saving = pending;
    pending = [];
    const saved = await saveInOrder(workspace, saving, stopped);
    stopped = saved.stopped;
    saved.outcomes.forEach(tell);
  };
  try {
    for (const path of paths) {
      const file = basename(path);
      if (stopped) {
        tell({ file, documentId: null, message: `${NOT_TRIED} (${stopped})` });
        continue;
      }
      if (pending.length === 0) pendingSince = Date.now();
      const prepared = await prepareOne(path, known, reader);
      pending.push('document' in prepared ? { file, document: prepared.document } : { outcome: { file, documentId: null, message: prepared.skipped } });
      if ('document' in prepared) known.set(prepared.document.textSha256, prepared.document.metadata.title);
      if (pending.length >= BATCH_DOCUMENTS || Date.now() - pendingSince >= BATCH_MS) await save();
    }
    await save();
  } finally {
    await reader.close();
  }
  return outcomes;
}

/**
 * Saves the prepared documents in one batch; when that fails they are tried
 * one by one, so the documents before the one that cannot be written still
 * go in and those after it are reported as not tried, naming why.
 */
async function saveInOrder(workspace: Workspace, prepared: readonly Prepared[], stopped: string | null) {
  const documents = prepared.flatMap((item) => ('document' in item ? [item.document] : []));
  const together = stopped === null && documents.length > 0 && (await workspace.addDocuments(documents)).ok;
  const outcomes: ImportOutcome[] = [];
  for (const item of prepared) {
    if (!('document' in item)) outcomes.push(item.outcome);
    else if (stopped) outcomes.push({ file: item.file, documentId: null, message: `${NOT_TRIED} (${stopped})` });
    else {
      const added = together ? { ok: true as const } : await workspace.addDocument(item.document);
      // A write that failed (a full disk) would fail for every file after it: stop, and say why.
      if (!added.ok) stopped = added.error.message;
      outcomes.push(added.ok ? { file: item.file, documentId: item.document.id, message: 'imported' } : { file: item.file, documentId: null, message: `skipped: ${added.error.message}` });
    }
  }
  return { outcomes, stopped };
}

async function prepareOne(path: string, known: Map<string, string>, reader: IsolatedImporter): Promise<{ document: DocumentFile } | { skipped: string }> {
  const skipped = (message: string) => ({ skipped: `skipped: ${message}` });
  const importer = IMPORTER_BY_EXTENSION.get(extname(path).toLowerCase());
  if (!importer) return skipped(`unsupported kind of file (Gloss imports ${SUPPORTED_EXTENSIONS.join(', ')})`);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return skipped('not a file');
    if (info.size === 0) return skipped('the file is empty');
    if (info.size > MAX_IMPORT_BYTES) return skipped(`larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`);
    bytes = await readFile(path);
  } catch (error) {
    return skipped(`cannot be read (${describeFsError(error)})`);
  }
  let draft;
  try {
    draft = await reader.parse(importer.name, bytes, basename(path, extname(path)));
  } catch (error) {
    return skipped(error instanceof Error ? error.message : String(error));
  }
  // Text is normalised here, once, whatever the importer did.
  const { text, blocks, removed } = layoutWithRemoved(draft.blocks, draft.removed ?? []);
  if (text.length === 0) return skipped('the file has no text');
  const textSha256 = sha256(text);
  const duplicate = known.get(textSha256);
  if (duplicate !== undefined) return skipped(`the same text is already in the workspace as “${duplicate}”`);
  const metadata = clampMetadata(draft.metadata);
  const document: DocumentFile = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    id: newDocumentId(metadata.title),
    metadata,
    provenance: {
      fileName: basename(path),
      fileSha256: sha256(bytes),
      ...(draft.metadata.url ? { sourceUrl: draft.metadata.url } : {}),
      importer: importer.name,
      importedAt: new Date().toISOString(),
    },
    textSha256,
    text,
    blocks,
    ...(removed.length > 0 ? { removed } : {}),
  };
  // What is written must be what the workspace will accept when it reads it back.
  const valid = DocumentFileSchema.safeParse(document);
  if (!valid.success) return skipped(`the article cannot be stored: ${describeIssues(valid.error.issues)}`);
  return { document };
}

/**
 * Lays the blocks out as the document's text. Blocks left empty by
 * normalisation are dropped, so each removed line's place is counted again
 * among the blocks that remain.
 */
function layoutWithRemoved(drafts: readonly BlockDraft[], removedDrafts: readonly RemovedBlock[]) {
  const normalised = drafts.map((block) => ({ kind: block.kind, text: collapseSpaces(normalizeText(block.text)) }));
  const keptBefore: number[] = [0];
  normalised.forEach((block, i) => keptBefore.push((keptBefore[i] ?? 0) + (block.text.length > 0 ? 1 : 0)));
  const removed = removedDrafts
    .map((line) => ({ ...line, text: collapseSpaces(normalizeText(line.text)), at: keptBefore[Math.min(line.at, normalised.length)] ?? 0 }))
    .filter((line) => line.text.length > 0 && line.text.length <= LIMITS.quote);
  return { ...layoutBlocks(normalised), removed };
}

/** Readable in a file listing, unique by its random tail. */
function newDocumentId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const tail = randomBytes(4).toString('hex');
  return slug ? `${slug}-${tail}` : `document-${tail}`;
}

/** Pages sometimes carry absurdly long titles or bylines; they are shortened, not refused. */
function clampMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const clamped: DocumentMetadata = { title: clip(metadata.title, LIMITS.title) };
  if (metadata.titleDerived) clamped.titleDerived = true;
  const dated = IsoDateSchema.safeParse(metadata.publishedDate);
  if (dated.success) clamped.publishedDate = dated.data;
  for (const key of ['byline', 'source'] as const) {
    const value = metadata[key];
    if (value) clamped[key] = clip(value, LIMITS.title);
  }
  for (const key of ['published', 'language'] as const) {
    const value = metadata[key];
    if (value) clamped[key] = clip(value, LIMITS.name);
  }
  if (metadata.url && metadata.url.length <= LIMITS.url) clamped.url = metadata.url;
  return clamped;
}
