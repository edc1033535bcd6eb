import type { Problem } from '../../../core/api/contract';
import type { DocumentId } from '../../../core/model/ids';
import { REJECTED_FILE, REJECTED_FORMAT, REJECTED_VERSION, type Rejected } from '../../../core/model/suggestions';
import { readGlossFile, type ReadBytes } from './json-file';
import type { SerialQueue } from '../files/serial-queue';

/** What the store lends the rejected-suggestions file: its path, confined reads and verified, schema-checked writes. */
export interface RejectionFileAccess {
  path: string;
  display: string;
  read: ReadBytes;
  write: (path: string, value: unknown) => Promise<void>;
  queue: Pick<SerialQueue, 'run'>;
}

interface RejectionsState {
  rejected: readonly Rejected[];
  /** Why the file cannot be used as it is; it is then never written, so nothing the analyst rejected is lost. */
  problem: Problem | null;
}

/**
 * The suggestions the analyst rejected, per workspace
 * (rejected-suggestions.json): read once, and written whole through the
 * workspace's verified writes after each rejection or undone rejection. A file that cannot be read
 * is reported and left as it is.
 */
export class RejectionStore {
  private state: Promise<RejectionsState> | null = null;

  constructor(private readonly file: RejectionFileAccess) {}

  list(): Promise<RejectionsState> {
    this.state ??= this.load();
    return this.state;
  }

  /** The keys rejected in one document. */
  async keysFor(documentId: DocumentId): Promise<Set<string>> {
    const { rejected } = await this.list();
    return new Set(rejected.filter((item) => item.documentId === documentId).map((item) => item.key));
  }

  /** Remembers rejections (each key once); refuses, naming the file, when it could not be read. */
  add(documentId: DocumentId, keys: readonly string[]): Promise<Problem | null> {
    return this.change((current) => {
      const known = new Set(current.filter((item) => item.documentId === documentId).map((item) => item.key));
      const now = new Date().toISOString();
      const added = [...new Set(keys)].filter((key) => !known.has(key)).map((key) => ({ documentId, key, rejected: now }));
      return added.length === 0 ? null : [...current, ...added];
    });
  }

  /** Forgets rejections (a rejection the analyst undid), so the engine makes those suggestions again; keys it does not hold are no change. */
  remove(documentId: DocumentId, keys: readonly string[]): Promise<Problem | null> {
    const forgotten = new Set(keys);
    return this.change((current) => {
      const kept = current.filter((item) => item.documentId !== documentId || !forgotten.has(item.key));
      return kept.length === current.length ? null : kept;
    });
  }

  /** One change to the list, in the file's queue: `next` answers the new list, or null for no change; the file is written whole. */
  private change(next: (current: readonly Rejected[]) => Rejected[] | null): Promise<Problem | null> {
    return this.file.queue.run(this.file.path, async () => {
      const current = await this.list();
      if (current.problem) return current.problem;
      const rejected = next(current.rejected);
      if (!rejected) return null;
      try {
        await this.file.write(this.file.path, { format: REJECTED_FORMAT, version: REJECTED_VERSION, rejected });
      } catch (error) {
        return { file: this.file.display, message: `not saved: ${error instanceof Error ? error.message : String(error)}` };
      }
      this.state = Promise.resolve({ rejected, problem: null });
      return null;
    });
  }

  private async load(): Promise<RejectionsState> {
    const read = await readGlossFile(this.file.path, REJECTED_FILE, this.file.read);
    if (read.ok) return { rejected: read.value.value.rejected, problem: null };
    if (/no such file/.test(read.error)) return { rejected: [], problem: null };
    return { rejected: [], problem: { file: this.file.display, message: `${this.file.display} ${read.error}; it is left as it is` } };
  }
}
