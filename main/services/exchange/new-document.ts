import { randomBytes } from 'node:crypto';
import type { BundleDocument } from '../../../core/formats/bundle';
import { DOCUMENT_FILE, DOCUMENT_FORMAT, DOCUMENT_VERSION, type Block, type DocumentFile } from '../../../core/model/document';
import { err, ok, type Result } from '../../../core/result';
import { CodePointIndex } from '../../../core/text/code-points';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { sha256 } from '../workspace/hash';

/**
 * Paragraph blocks over a text taken as it is: each run of non-blank lines.
 * The text is not normalised, because the imported offsets point into it.
 */
function paragraphs(text: string): Block[] {
  const index = new CodePointIndex(text);
  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\r\n]+(?:\r?\n[^\r\n]+)*/g)) {
    if (match[0].trim().length === 0) continue;
    blocks.push({ kind: 'paragraph', start: index.toCodePoint(match.index), end: index.toCodePoint(match.index + match[0].length) });
  }
  return blocks;
}

/** A workspace document for a text that an exchange file brought in (a brat .txt, a QDPX source). */
export function newDocumentFile(document: BundleDocument, format: string, taken: (id: string) => boolean): Result<DocumentFile, string> {
  let id = document.id;
  while (taken(id)) id = `${document.id.slice(0, 55)}-${randomBytes(4).toString('hex')}`;
  const candidate = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    id,
    metadata: document.metadata,
    provenance: {
      ...(document.fileName !== undefined ? { fileName: document.fileName } : {}),
      fileSha256: sha256(document.text),
      importer: `exchange-${format}`,
      importedAt: new Date().toISOString(),
    },
    textSha256: sha256(document.text),
    text: document.text,
    blocks: paragraphs(document.text),
  };
  const checked = parseUnknown(DOCUMENT_FILE.schema, candidate);
  return checked.ok ? ok(checked.value) : err(`document ${document.id} cannot be added: ${checked.error}`);
}
