import { codePointLength } from './code-points';
import type { Block, BlockKind } from '../model/document';

export interface BlockDraft {
  kind: BlockKind;
  text: string;
}

/** Blocks are separated by one blank line in the stored text. */
const BLOCK_SEPARATOR = '\n\n';
const SEPARATOR_LENGTH = codePointLength(BLOCK_SEPARATOR);

/**
 * Joins blocks into a document text and records where each one lies, in code
 * points. Every importer ends here so all documents share one layout.
 * Empty blocks are dropped: they cannot be read or annotated.
 */
export function layoutBlocks(drafts: readonly BlockDraft[]): { text: string; blocks: Block[] } {
  const kept = drafts.filter((draft) => draft.text.trim().length > 0);
  const blocks: Block[] = [];
  let offset = 0;
  for (const draft of kept) {
    const length = codePointLength(draft.text);
    blocks.push({ kind: draft.kind, start: offset, end: offset + length });
    offset += length + SEPARATOR_LENGTH;
  }
  return { text: kept.map((draft) => draft.text).join(BLOCK_SEPARATOR), blocks };
}
