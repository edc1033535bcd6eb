import type { DocumentEntry } from '../../../core/model/workspace';
import type { Problem } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { codePointLength } from '../../../core/text/code-points';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from '../workspace/workspace';

/**
 * Code points per text, by the text's hash (the manifest lists it): the same
 * hash is the same text, so a length is read once while the services run, and
 * an edited text, listed with its new hash, is read again.
 */
const lengthsByText = new Map<string, number>();

/**
 * Each document's length in code points (the continuum unitizing α divides),
 * reading only the documents whose text was not measured before; a document
 * that cannot be read refuses the whole, naming it.
 */
export async function documentLengths(workspace: Workspace, entries: readonly DocumentEntry[]): Promise<Result<Map<string, number>, Problem>> {
  const unread = entries.filter((entry) => !lengthsByText.has(entry.textSha256));
  const read = await mapConcurrent(unread, CONCURRENT_READS, (entry) => workspace.readDocument(entry.id));
  for (const [i, reading] of read.entries()) {
    if (!reading.ok) return err(reading.error);
    lengthsByText.set((unread[i] as DocumentEntry).textSha256, codePointLength(reading.value.text));
  }
  return ok(new Map(entries.map((entry) => [entry.id, lengthsByText.get(entry.textSha256) ?? 0])));
}
