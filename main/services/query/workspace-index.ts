import type { StoredAnnotation } from '../../../core/model/annotation';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import type { DocumentEntry } from '../../../core/model/workspace';
import { articleReferenceDate } from '../../../core/fields/natural-date';
import { AnnotationIndex, type IndexedDocument } from '../../../core/query/annotation-index';
import type { QueryContext } from '../../../core/query/match-query';
import type { Query } from '../../../core/query/query';
import { answerQuery, type QueryAnswer } from '../../../core/query/query-rows';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from '../workspace/workspace';

/** Documents folded per turn of the event loop: a few milliseconds, so a query or a save is not held up. */
const FOLDED_PER_STEP = 10;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** What the index keeps of a manifest entry; the publication date read as the reader reads it (relative dates count from it). */
function describe(entry: DocumentEntry): IndexedDocument {
  const date = articleReferenceDate(entry);
  return {
    id: entry.id,
    title: entry.title,
    outlet: entry.source ?? null,
    published: date ? `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}` : null,
  };
}

/** A query's answer with the damaged annotations files the index met, each named. */
export type IndexedAnswer = QueryAnswer & { problems: string[] };

/**
 * The workspace index: every annotation of the open workspace, built once
 * when it opens and then kept up to date by the store's own saves (each
 * save's changes, not a rebuild). The CLI builds one per command; the app
 * keeps one per open workspace.
 */
export class WorkspaceIndex {
  private readonly index = new AnnotationIndex();
  private readonly entries = new Map<string, DocumentEntry>();
  /** Damaged annotations files met, by document: what could be read of them is indexed. */
  private readonly problems = new Map<string, string>();
  /** Documents a save touched while the first build was still reading. */
  private building: Set<string> | null = new Set();

  /** Saves heard of whose documents are still being read again (a save that replaced a document's annotations, a set removed). */
  private readonly following = new Set<Promise<void>>();

  private constructor(private readonly workspace: Workspace) {
    workspace.onAnnotationsSaved((id, changes) => {
      const followed = this.follow(id, changes).finally(() => this.following.delete(followed));
      this.following.add(followed);
    });
  }

  /** Resolves once every save heard of so far is in the index, so an answer never misses a save already made. */
  async settled(): Promise<void> {
    while (this.following.size > 0) await Promise.allSettled([...this.following]);
  }

  static async build(workspace: Workspace): Promise<WorkspaceIndex> {
    const index = new WorkspaceIndex(workspace);
    await index.read(workspace.entries.map((entry) => entry.id));
    const touched = index.building ?? new Set<string>();
    index.building = null;
    await index.read([...touched]);
    // The documents' order is made now, not on the first query; their words are folded right after.
    index.index.inOrder();
    index.foldInBackground();
    return index;
  }

  /**
   * Folds the documents' words (what a text filter searches) a few
   * documents at a time between other work, so the first text query does
   * not wait for the whole workspace; one coming sooner folds the rest itself.
   * The timer does not keep a command-line process alive.
   */
  private foldInBackground(): void {
    const step = () => {
      if (this.index.foldSome(FOLDED_PER_STEP)) setImmediate(step).unref();
    };
    setImmediate(step).unref();
  }

  get size(): number {
    return this.index.size;
  }

  /** Answers a query with the first `limit` rows (all when absent) and the count of every match. */
  async query(query: Query, limit?: number): Promise<IndexedAnswer> {
    return { ...answerQuery(query, await this.context(), this.index, limit), problems: [...this.problems.values()] };
  }

  /** What names and fields resolve against now: the entities as edited, the types as saved. */
  async context(): Promise<QueryContext> {
    this.syncDocuments();
    const { entities } = await this.workspace.entities.list();
    return { entities, types: this.workspace.labelTypes };
  }

  /**
   * A document's annotations as saved, from memory: what the agreement view
   * measures without reading every file again. The damaged file met reading
   * them is named as the store named it; empty for a document not held.
   */
  async stored(id: string): Promise<{ annotations: readonly StoredAnnotation[]; problem: string | null }> {
    await this.settled();
    return { annotations: this.index.annotationsOf(id) ?? [], problem: this.problems.get(id) ?? null };
  }

  /** Every annotation set with its size, by name, and the damaged files met (what could be read of them counts). */
  async sets(): Promise<{ sets: { name: string; annotations: number }[]; problems: string[] }> {
    await this.settled();
    const sets = [...this.index.setSizes()].map(([name, annotations]) => ({ name, annotations })).sort((a, b) => a.name.localeCompare(b.name));
    return { sets, problems: [...this.problems.values()] };
  }

  /** The index itself, for the pictures drawn from the same rows. */
  get annotations(): AnnotationIndex {
    return this.index;
  }

  private async follow(id: string | null, changes: AnnotationChangeRequest | null): Promise<void> {
    if (id === null) return this.read(this.workspace.entries.map((entry) => entry.id));
    if (this.building) this.building.add(id);
    if (changes && this.index.applyChanges(id, changes)) return;
    await this.read([id]);
  }

  /** Reads documents' annotations as saved (from memory where open) into the index. */
  private async read(ids: readonly string[]): Promise<void> {
    const byId = new Map(this.workspace.entries.map((entry) => [entry.id, entry]));
    const reads = await mapConcurrent(ids, CONCURRENT_READS, async (id) => ({ id, stored: await this.workspace.readStoredAnnotations(id) }));
    for (const { id, stored } of reads) {
      const entry = byId.get(id);
      if (!entry) continue;
      this.entries.set(id, entry);
      this.index.setDocument(describe(entry), stored.annotations);
      if (stored.problem) this.problems.set(id, stored.problem.message);
      else this.problems.delete(id);
    }
  }

  /** Titles, outlets and dates follow the manifest; documents it no longer lists leave the index. */
  private syncDocuments(): void {
    const listed = new Set<string>();
    for (const entry of this.workspace.entries) {
      listed.add(entry.id);
      const known = this.entries.get(entry.id);
      if (known === undefined || known === entry) continue;
      this.entries.set(entry.id, entry);
      this.index.describeDocument(describe(entry));
    }
    for (const id of this.index.documentIds()) {
      if (!listed.has(id)) {
        this.index.removeDocument(id);
        this.entries.delete(id);
      }
    }
  }
}

const indexes = new WeakMap<Workspace, Promise<WorkspaceIndex>>();

/** The workspace's index, built on first use (the session asks as soon as a workspace opens) and kept while it is open. */
export function workspaceIndex(workspace: Workspace): Promise<WorkspaceIndex> {
  let index = indexes.get(workspace);
  if (!index) {
    index = WorkspaceIndex.build(workspace);
    indexes.set(workspace, index);
  }
  return index;
}
