import { z } from 'zod';
import { omitKey } from '../fields/omit-key';
import { err, ok, type Result } from '../result';
import { IsoDateSchema, type DocumentFile, type DocumentMetadata, type RemovedBlock } from '../model/document';
import { LIMITS } from '../model/limits';
import { layoutBlocks, type BlockDraft } from '../text/blocks';
import { CodePointIndex } from '../text/code-points';

/**
 * What the analyst may change in a document's metadata. An empty string
 * clears an optional field; a field left out stays as it is. The text is never
 * changed here.
 */
export const MetadataEditSchema = z
  .object({
    title: z.string().trim().min(1, 'a title cannot be empty').max(LIMITS.title),
    byline: z.string().trim().max(LIMITS.title),
    /** The publication date in ISO 8601 ("2022-10-27", "2022-10-27T09:15+04:00"); relative dates count from it. */
    publishedDate: z.union([z.literal(''), IsoDateSchema]),
    source: z.string().trim().max(LIMITS.title),
    url: z.string().trim().max(LIMITS.url),
    language: z.string().trim().max(LIMITS.name),
  })
  .partial()
  .strict();
export type MetadataEdit = z.infer<typeof MetadataEditSchema>;

const IndexSchema = z.int().nonnegative().max(1_000_000);

/**
 * One change to a document. Restoring a removed line and marking a block as
 * furniture change the text, so they are allowed only while the document has
 * no annotations (the text is fixed from the first one on); the rest is
 * metadata and always allowed.
 */
export const DocumentEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('metadata'), metadata: MetadataEditSchema }).strict(),
  /** Brings back the line `removed[index]` where it was on the page. */
  z.object({ kind: z.literal('restore-line'), index: IndexSchema }).strict(),
  /** Takes block `index` out of the text as furniture the analyst marked. */
  z.object({ kind: z.literal('remove-block'), index: IndexSchema }).strict(),
  /** Makes a line the title: a block of the text, or a line taken out at import. */
  z.object({ kind: z.literal('headline'), from: z.enum(['block', 'removed']), index: IndexSchema }).strict(),
]);
export type DocumentEdit = z.infer<typeof DocumentEditSchema>;

/** Whether an edit changes the text (and so the text's hash and every offset). */
export function changesText(edit: DocumentEdit): boolean {
  return edit.kind === 'restore-line' || edit.kind === 'remove-block';
}

const OPTIONAL_KEYS = ['byline', 'source', 'url', 'language'] as const;

function withMetadata(metadata: DocumentMetadata, edit: MetadataEdit): DocumentMetadata {
  const next: DocumentMetadata = { ...metadata };
  if (edit.title !== undefined && edit.title !== metadata.title) {
    next.title = edit.title;
    delete next.titleDerived;
  }
  for (const key of OPTIONAL_KEYS) {
    const value = edit[key];
    if (value !== undefined) next[key] = value === '' ? undefined : value;
  }
  if (edit.publishedDate !== undefined) {
    // The printed form no longer says the date the analyst gave: both follow the edit.
    if (edit.publishedDate === '') {
      delete next.publishedDate;
      delete next.published;
    } else {
      next.publishedDate = edit.publishedDate;
      next.published = edit.publishedDate;
    }
  }
  // A cleared field is left out of the stored JSON, not written as undefined.
  return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as DocumentMetadata;
}

function blockDrafts(document: DocumentFile): BlockDraft[] {
  const index = new CodePointIndex(document.text);
  return document.blocks.map((block) => ({ kind: block.kind, text: index.slice(block.start, block.end) }));
}

/** The document with its blocks and removed lines replaced; the caller hashes the new text. */
function withBlocks(document: DocumentFile, drafts: readonly BlockDraft[], removed: readonly RemovedBlock[]): DocumentFile {
  const { text, blocks } = layoutBlocks(drafts);
  return { ...omitKey(document, 'removed'), text, blocks, ...(removed.length > 0 ? { removed: [...removed] } : {}) };
}

function restoreLine(document: DocumentFile, index: number): Result<DocumentFile, string> {
  const removed = document.removed ?? [];
  const line = removed[index];
  if (!line) return err(`there is no removed line ${index + 1} (the document has ${removed.length})`);
  const drafts = blockDrafts(document);
  drafts.splice(line.at, 0, { kind: 'paragraph', text: line.text });
  // Lines that went back after this one now have one more block before them.
  const rest = removed.filter((_, i) => i !== index).map((other, i) => (i >= index && other.at >= line.at ? { ...other, at: other.at + 1 } : other));
  return ok(withBlocks(document, drafts, rest));
}

function removeBlock(document: DocumentFile, index: number): Result<DocumentFile, string> {
  const drafts = blockDrafts(document);
  const block = drafts[index];
  if (!block) return err(`there is no paragraph ${index + 1} (the document has ${drafts.length})`);
  if (drafts.length === 1) return err('the only paragraph of the text cannot be taken out');
  drafts.splice(index, 1);
  const line: RemovedBlock = { text: block.text.slice(0, LIMITS.quote), reason: 'analyst', at: index };
  const removed = document.removed ?? [];
  // Kept in page order: after the lines that come back before or at this block.
  const position = removed.findIndex((other) => other.at > index);
  const shifted = removed.map((other) => (other.at > index ? { ...other, at: other.at - 1 } : other));
  const insertAt = position === -1 ? shifted.length : position;
  return ok(withBlocks(document, drafts, [...shifted.slice(0, insertAt), line, ...shifted.slice(insertAt)]));
}

/** A line of the page as a title: on one line, within the title's limit. */
export function titleFromLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().slice(0, LIMITS.title);
}

function headlineText(document: DocumentFile, from: 'block' | 'removed', index: number): Result<string, string> {
  if (from === 'removed') {
    const line = document.removed?.[index];
    return line ? ok(line.text) : err(`there is no removed line ${index + 1}`);
  }
  const block = document.blocks[index];
  if (!block) return err(`there is no paragraph ${index + 1} (the document has ${document.blocks.length})`);
  return ok(new CodePointIndex(document.text).slice(block.start, block.end));
}

/**
 * Applies one edit. Text edits are refused once the document has annotations,
 * with the reason. The returned document's `textSha256` is the old one when the
 * text changed: hashing is the store's (core has no crypto).
 */
export function applyDocumentEdit(document: DocumentFile, edit: DocumentEdit, hasAnnotations: boolean): Result<DocumentFile, string> {
  if (changesText(edit) && hasAnnotations) {
    return err('the text is fixed once the document has annotations: lines can be brought back or taken out only before the first one');
  }
  switch (edit.kind) {
    case 'metadata':
      return ok({ ...document, metadata: withMetadata(document.metadata, edit.metadata) });
    case 'restore-line':
      return restoreLine(document, edit.index);
    case 'remove-block':
      return removeBlock(document, edit.index);
    case 'headline': {
      const text = headlineText(document, edit.from, edit.index);
      if (!text.ok) return text;
      return ok({ ...document, metadata: withMetadata(document.metadata, { title: titleFromLine(text.value) }) });
    }
  }
}
