import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { EventName, EventPayload, ImportOutcome, Problem } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { importFiles, SUPPORTED_EXTENSIONS } from '../import/import-files';
import type { Preferences } from '../preferences/preferences';
import { lockWorkspace, type LockOutcome } from '../workspace/lock';
import { openToWrite } from '../workspace/open-to-write';
import { Workspace } from '../workspace/workspace';
import { workspaceIndex } from '../query/workspace-index';
import { resolveConflict } from '../sync/resolve-conflict';
import { prepareRemote } from '../sync/share';
import { syncWorkspace, type SyncFailure, type SyncOutcome } from '../sync/sync-workspace';

/** Files to pick in an open dialog. */
export interface FileChoice {
  title: string;
  /** The filter's name, such as "Articles". */
  filterName: string;
  extensions: readonly string[];
  /** Whether folders may be picked too (they are searched for such files). */
  folders: boolean;
}

/** Where to write, in a save dialog. */
export interface SaveChoice {
  title: string;
  defaultName: string;
  /** Without the dot; null when what is written is a new folder. */
  extension: string | null;
}

/** What the host (Electron or the browser harness) provides for choosing files. */
export interface Dialogs {
  chooseFolder(purpose: 'open' | 'create'): Promise<string | null>;
  /** Asks before a workspace is pushed to a remote the page named: everything in it goes there. A host that cannot ask does not share. */
  confirmShare?(workspaceName: string, remote: string): Promise<boolean>;
  chooseFiles(choice: FileChoice): Promise<string[]>;
  chooseSaveTarget(choice: SaveChoice): Promise<string | null>;
}

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

interface OpenWorkspace {
  workspace: Workspace;
  /** Null when another process holds the workspace: it is then read-only. */
  release: (() => Promise<void>) | null;
  readOnlyReason: string | null;
}

/**
 * The workspace the app has open, and everything that changes which one:
 * open, create, close. Menus (Electron) and API calls (the UI, the harness)
 * all come through here, so each action exists once.
 */
export class Session {
  private current: OpenWorkspace | null = null;
  /** Set while a sync writes the workspace: other writes wait (they are refused and tried again by the page). */
  private syncing = false;

  constructor(
    readonly preferences: Preferences,
    private readonly emit: EventSink,
    /** Who holds the workspace's lock, as another Gloss that is refused is told. */
    private readonly holderName = 'the Gloss app',
  ) {}

  get workspace(): Workspace | null {
    return this.current?.workspace ?? null;
  }

  get readOnlyReason(): string | null {
    return this.current?.readOnlyReason ?? null;
  }

  async open(dir: string): Promise<Result<Workspace, Problem>> {
    // Reopening the workspace this session holds: let go first, or its own lock would refuse it.
    if (this.current?.workspace.dir === dir) await this.letGo();
    const opened = await openToWrite(dir, this.holderName);
    if (!opened.ok) return opened;
    await this.adopt(opened.value.workspace, opened.value.lock);
    return ok(opened.value.workspace);
  }

  async create(dir: string, name: string): Promise<Result<Workspace, Problem>> {
    const created = await Workspace.create(dir, name);
    if (!created.ok) return created;
    await this.letGo();
    await this.adopt(created.value, await lockWorkspace(dir, this.holderName));
    return created;
  }

  /** Saves what is pending, lets go of the lock and shows no workspace. */
  async close(): Promise<void> {
    await this.letGo();
    this.emit('workspaceChanged', {});
  }

  private async letGo(): Promise<void> {
    const closing = this.current;
    this.current = null;
    if (closing) {
      // A journal that cannot be folded in now (a full disk) stays, and is folded in when the workspace next opens to write.
      if (closing.release) await closing.workspace.compact();
      else await closing.workspace.flush();
      await closing.release?.();
    }
  }

  async openWithDialog(dialogs: Dialogs): Promise<Result<Workspace | null, Problem>> {
    const dir = await dialogs.chooseFolder('open');
    return dir ? this.open(dir) : ok(null);
  }

  /** Creates a workspace in a folder the analyst picks, named `name` or else after the folder. */
  async createWithDialog(dialogs: Dialogs, name?: string): Promise<Result<Workspace | null, Problem>> {
    const dir = await dialogs.chooseFolder('create');
    return dir ? this.create(dir, name ?? basename(dir)) : ok(null);
  }

  /** Imports files into the open workspace, telling the UI how it went. */
  async importFiles(paths: readonly string[]): Promise<Result<ImportOutcome[], Problem>> {
    const workspace = this.writableWorkspace();
    if (!workspace.ok) return workspace;
    const outcomes = await importFiles(workspace.value, paths, (done, total, outcome) =>
      this.emit('importProgress', { done, total, file: outcome.file }),
    );
    this.emit('importFinished', { outcomes, documents: (await workspace.value.summaries()).documents });
    return ok(outcomes);
  }

  /** Imports files given by name and contents (dropped on the window), through a private temporary folder. */
  async importUploads(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Result<ImportOutcome[], Problem>> {
    const folder = await mkdtemp(join(tmpdir(), 'gloss-drop-'));
    try {
      // Each file in its own subfolder, so two dropped files with one name do not collide.
      const paths = await Promise.all(
        files.map(async (file, i) => {
          const path = join(folder, String(i), basename(file.name));
          await mkdir(dirname(path));
          await writeFile(path, file.bytes);
          return path;
        }),
      );
      return await this.importFiles(paths);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  async importWithDialog(dialogs: Dialogs): Promise<Result<ImportOutcome[], Problem>> {
    const paths = await dialogs.chooseFiles({ title: 'Import documents', filterName: 'Articles', extensions: SUPPORTED_EXTENSIONS, folders: false });
    return paths.length > 0 ? this.importFiles(paths) : ok([]);
  }

  /**
   * Shares (with `remote`) or syncs the open workspace through git, under
   * the lock this session holds: pending saves are written first, other
   * writes are refused until it is done, and the workspace is then read
   * again from disk (the sync may have changed any file) and the page told.
   */
  async sync(remote: string | undefined, dialogs: Dialogs): Promise<Result<SyncOutcome | null, SyncFailure>> {
    const writable = this.writableWorkspace();
    if (!writable.ok) return err({ code: 'refused', message: writable.error.message });
    const current = this.current as OpenWorkspace;
    let target = remote;
    if (remote !== undefined) {
      const prepared = await prepareRemote(remote, false);
      if (!prepared.ok) return prepared;
      if (!(await dialogs.confirmShare?.(current.workspace.name, prepared.value))) return ok(null);
      const made = await prepareRemote(prepared.value);
      if (!made.ok) return made;
      target = made.value;
    }
    await current.workspace.flush();
    this.syncing = true;
    let synced: Result<SyncOutcome, SyncFailure>;
    try {
      const author = this.preferences.analystName();
      synced = await syncWorkspace(current.workspace, { ...(target === undefined ? {} : { remote: target }), ...(author ? { author } : {}) });
    } finally {
      this.syncing = false;
    }
    const reopened = await Workspace.open(current.workspace.dir);
    if (reopened.ok && this.current === current) {
      this.current = { ...current, workspace: reopened.value };
      void workspaceIndex(reopened.value);
      this.emit('workspaceChanged', {});
    }
    return synced;
  }

  /**
   * Settles one conflict of a sync in the open workspace. Taking theirs may
   * change what the page shows besides the open document (a document's
   * status, a type, an entity), so the page is told to read the workspace
   * again, as after a sync.
   */
  async resolveConflict(workspace: Workspace, id: string, keep: 'mine' | 'theirs'): Promise<Result<number, string>> {
    const settled = await resolveConflict(workspace, id, keep);
    if (settled.ok && keep === 'theirs') this.emit('workspaceChanged', {});
    return settled;
  }

  /** The open workspace when it may be written to, or why not. */
  writableWorkspace(): Result<Workspace, Problem> {
    if (!this.current) return err({ file: '', message: 'no workspace is open' });
    if (this.syncing) return err({ file: this.current.workspace.dir, message: 'the workspace is being synced; your change is saved when the sync is done' });
    if (this.current.readOnlyReason) {
      return err({ file: this.current.workspace.dir, message: `the workspace is read-only: ${this.current.readOnlyReason}` });
    }
    return ok(this.current.workspace);
  }

  /** Makes `workspace` the open one, writable when `lock` is held. */
  private async adopt(workspace: Workspace, lock: LockOutcome): Promise<void> {
    await this.letGo();
    this.current = {
      workspace,
      release: lock.held ? lock.release : null,
      readOnlyReason: lock.held ? null : lock.reason,
    };
    this.preferences.rememberWorkspace(workspace.dir);
    // The index is built while the reader opens, so the first query finds it ready.
    void workspaceIndex(workspace);
    this.emit('workspaceChanged', {});
  }
}
