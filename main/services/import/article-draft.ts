import type { DocumentMetadata, RemovedBlock } from '../../../core/model/document';
import type { BlockDraft } from '../../../core/text/blocks';

/** What every importer produces: metadata and blocks of not-yet-normalised text. */
export interface ArticleDraft {
  metadata: DocumentMetadata;
  blocks: BlockDraft[];
  /** Page furniture the importer took out, kept in the document so the analyst can bring it back. */
  removed?: RemovedBlock[];
}

/**
 * One file format. `parse` gets the file's bytes and name and either returns
 * the article or throws an Error whose message says what is wrong with the
 * file (it is shown to the analyst as "skipped: <message>").
 */
export interface Importer {
  /** Recorded in each document's provenance. */
  name: string;
  extensions: readonly string[];
  parse(bytes: Uint8Array, fileName: string): Promise<ArticleDraft>;
}
