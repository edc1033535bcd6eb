import type { Problem } from '../../../core/api/contract';
import { applyEntityEdits, type EntityEdit } from '../../../core/entities/entity-edits';
import { ENTITIES_FORMAT, ENTITIES_VERSION, type Entity } from '../../../core/model/entity';
import { err, ok, type Result } from '../../../core/result';
import { replaceById } from '../../../core/sync/merge-annotations';
import { readEntities } from './entities-file';
import type { ReadBytes } from './json-file';
import type { SerialQueue } from '../files/serial-queue';

/** What the store lends the entities file: its path, confined reads and writes, and its damaged-file keeper. */
export interface EntityFileAccess {
  path: string;
  /** The path as the analyst sees it (relative to the workspace). */
  display: string;
  read: ReadBytes;
  /** Atomic, confined write of a JSON value. */
  write: (path: string, value: unknown) => Promise<void>;
  /** Copies damaged bytes to damaged/ and says where. */
  keepAside: (path: string, bytes: Buffer) => Promise<string>;
  /** Runs a file's read, change and write after the other writes of that file. */
  queue: Pick<SerialQueue, 'run'>;
}

export interface EntitiesState {
  entities: readonly Entity[];
  /** What was wrong with entities.json when it was read, and what was done. */
  problem: Problem | null;
  /** Why the entities cannot be changed, when they cannot. */
  readOnly: string | null;
}

export type EntityError = Problem & { code: 'read-only' | 'failed' | 'invalid-request' };

/**
 * The workspace's entities (entities.json): read once, on first use, and
 * written whole after each accepted edit, through the workspace's own
 * confined, atomic writes. A damaged file is salvaged and its bytes kept in
 * damaged/ before the first write; a newer one is never written.
 */
export class EntityStore {
  private state: Promise<EntitiesState> | null = null;

  constructor(private readonly file: EntityFileAccess) {}

  list(): Promise<EntitiesState> {
    this.state ??= this.load();
    return this.state;
  }

  /** Applies the edits in order, all or none, and writes the result before answering. */
  edit(edits: readonly EntityEdit[]): Promise<Result<readonly Entity[], EntityError>> {
    return this.change((entities) => applyEntityEdits(entities, edits, new Date().toISOString()));
  }

  /**
   * Puts another version of one entity in place of this one's (a sync's
   * "take theirs"), or takes it out where that version is null; written
   * before answering like any edit.
   */
  replace(id: string, entity: Entity | null): Promise<Result<readonly Entity[], EntityError>> {
    return this.change((entities) => ok(replaceById(entities, id, entity)));
  }

  private change(compute: (entities: readonly Entity[]) => Result<readonly Entity[], string>): Promise<Result<readonly Entity[], EntityError>> {
    return this.file.queue.run(this.file.path, async () => {
      const current = await this.list();
      if (current.readOnly) return err({ code: 'read-only', file: this.file.display, message: `not saved: ${current.readOnly}` });
      const edited = compute(current.entities);
      if (!edited.ok) return err({ code: 'invalid-request', file: this.file.display, message: edited.error });
      try {
        await this.file.write(this.file.path, { format: ENTITIES_FORMAT, version: ENTITIES_VERSION, entities: edited.value });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return err({ code: 'failed', file: this.file.display, message: `not saved: ${this.file.display} could not be written (${reason})` });
      }
      this.state = Promise.resolve({ ...current, entities: edited.value });
      return ok(edited.value);
    });
  }

  private async load(): Promise<EntitiesState> {
    const { display } = this.file;
    const reading = await readEntities(this.file.path, this.file.read);
    if (reading.readOnly) {
      const reason = `${display} ${reading.trouble ?? 'cannot be written'}`;
      return { entities: reading.entities, problem: { file: display, message: reason }, readOnly: reason };
    }
    if (!reading.trouble) return { entities: reading.entities, problem: null, readOnly: null };
    const notes = [`${display} ${reading.trouble}`, `${reading.entities.length} entities could be read`];
    if (reading.damaged) notes.push(`the damaged file was kept as ${await this.file.keepAside(this.file.path, reading.damaged)}`);
    return { entities: reading.entities, problem: { file: display, message: notes.join('; ') }, readOnly: null };
  }
}
