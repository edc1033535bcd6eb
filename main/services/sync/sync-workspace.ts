import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SyncConflict } from '../../../core/model/sync-conflicts';
import { err, ok, type Result } from '../../../core/result';
import { mergeWorkspaceFile } from '../../../core/sync/merge-files';
import { syncMessage, type ChangedFile } from '../../../core/sync/sync-message';
import type { MergedFile } from '../workspace/sync-files';
import type { Workspace } from '../workspace/workspace';
import { Git, gitMessage, gitVersion } from './git';

/** The remote every shared workspace syncs with. */
const REMOTE = 'origin';
/** A push refused because the remote moved on meanwhile is fetched, merged and pushed again, this many times at most. */
const ATTEMPTS = 3;

/**
 * What git never takes from a workspace: the lock a Gloss holds while it
 * writes, temporary files of writes in progress (or left by a crash), copies
 * of damaged files, and the files a migration replaced (backup/). Those are
 * this computer's own: each analyst's Gloss migrates its own copy, so shared
 * backups would be every analyst's copies of the same old files, in folders
 * named by time that never meet, growing in every clone; the old files are
 * in git's history once the workspace is shared, and a workspace migrated
 * before it was shared keeps its backup on the computer that migrated it.
 */
const GITIGNORE = ['# Written by Gloss: files that belong to this computer, not to the shared workspace.', '.gloss-lock/', '.gloss-lock-holder.json', '*.gloss-tmp', '*.json.[0-9]*', '*.journal.jsonl', 'damaged/', 'backup/', ''].join('\n');

/**
 * Gloss merges its JSON files itself, item by item (main/services/sync). A
 * `git pull` by hand must not merge them line by line (a comma in the wrong
 * place makes a file unreadable): it leaves our version and says there is a
 * conflict, which Gloss's Sync then refuses to build on until it is undone.
 * Line endings stay LF everywhere, so the same file has the same bytes on
 * every system.
 */
const GITATTRIBUTES = ['# Written by Gloss: JSON files are merged by Gloss (Sync), never line by line.', '*.json text eol=lf merge=binary', ''].join('\n');

export interface SyncOptions {
  /** A folder path or URL git can reach; connects the workspace to it (Share…). Without it, the remote already connected. */
  remote?: string;
  /** Who commits, where git has no user.name configured (the analyst's name). */
  author?: string;
}

export interface SyncOutcome {
  remote: string;
  /** True when this sync made the workspace a git repository. */
  initialized: boolean;
  /** The message of the commit of the analyst's own changes; null when there were none. */
  committed: string | null;
  /** How the remote's work came in: none was new, fast-forward (nothing to merge), or merged file by file. */
  merged: 'nothing-new' | 'fast-forward' | 'merged';
  /** Files the remote's work changed here. */
  received: number;
  /** Whether this sync pushed (false when the remote already had everything). */
  pushed: boolean;
  /** Conflicts this sync found, kept in sync-conflicts.json for review. */
  conflicts: SyncConflict[];
  /** All conflicts waiting for review, these included. */
  openConflicts: number;
}

export interface SyncFailure {
  /** no-git: git is not installed; not-shared: no remote yet; refused: nothing was changed; failed: stopped part-way (what was done is in git). */
  code: 'no-git' | 'not-shared' | 'refused' | 'failed';
  message: string;
}

class SyncStopped extends Error {
  constructor(
    readonly code: SyncFailure['code'],
    message: string,
  ) {
    super(message);
  }
}

/** "--upload-pack=…" or "ext::sh -c …" would make git run a program of the remote's choosing: refused. */
export function checkRemote(remote: string): string | null {
  if (remote.trim() === '') return 'the remote is empty: give a folder path or a URL git can reach';
  if (remote.startsWith('-')) return `the remote "${remote}" starts with "-", which git would read as an option`;
  if (/^[a-z][a-z0-9+.-]*::/i.test(remote)) return `the remote "${remote}" names a git remote helper ("…::"), which Gloss does not use`;
  if ([...remote].some((character) => character.charCodeAt(0) < 0x20)) return 'the remote holds control characters';
  return null;
}

function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // Not JSON: merged as a file Gloss does not know (ours kept, theirs listed).
    return text;
  }
}

/** `git diff --name-status -z` as a map from path to A, M or D. */
function nameStatus(output: string): Map<string, string> {
  const fields = output.split('\0').filter((field) => field !== '');
  const changes = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) changes.set(fields[i + 1] as string, (fields[i] as string).charAt(0));
  return changes;
}

/** Runs git for many paths in slices, so no command line grows past what a system allows. */
async function forPaths(paths: readonly string[], run: (slice: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < paths.length; i += 200) await run(paths.slice(i, i + 200));
}

/** The remote the workspace is shared with, or null (not shared, or no git); a repository the folder is merely inside does not count. */
export async function sharedRemote(dir: string): Promise<string | null> {
  if (!(await gitVersion())) return null;
  const git = new Git(dir);
  const top = await git.ask(['rev-parse', '--show-toplevel']);
  if (!top || (await realpath(top).catch(() => top)) !== (await realpath(dir).catch(() => dir))) return null;
  return git.ask(['config', '--get', `remote.${REMOTE}.url`]);
}

/**
 * Shares and syncs one workspace through git, the caller holding its lock:
 * the analyst's own changes are committed with a message saying what they
 * are, the remote's are fetched and merged, and the result is pushed.
 *
 * The merge is Gloss's own, not git's: when both sides changed since they
 * last met, each file only the remote changed is checked out by git, and
 * each file both changed is merged item by item (core/sync/merge-files.ts)
 * and written by the store, checked against its schema; the merge commit is
 * then made from the index (write-tree, commit-tree), so git never writes
 * conflict markers into a workspace file. True conflicts keep our version
 * in place and the remote's in sync-conflicts.json, for review.
 */
export async function syncWorkspace(workspace: Workspace, options: SyncOptions = {}): Promise<Result<SyncOutcome, SyncFailure>> {
  if (!(await gitVersion())) {
    return err({ code: 'no-git', message: 'Sync needs git, and git was not found on this computer. Install git (https://git-scm.com/downloads) and try again; nothing was changed.' });
  }
  try {
    const outcome = await new Syncing(workspace, new Git(workspace.dir), options).run();
    // Git keeps no empty folders: a merge or a fresh copy may leave none for the next save's set files.
    await workspace.makeAnnotationsFolder();
    return ok(outcome);
  } catch (error) {
    if (error instanceof SyncStopped) return err({ code: error.code, message: error.message });
    return err({ code: 'failed', message: `Sync stopped: ${gitMessage(error)}` });
  }
}

class Syncing {
  private author: string[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly git: Git,
    private readonly options: SyncOptions,
  ) {}

  async run(): Promise<SyncOutcome> {
    const { initialized, branch } = await this.ensureRepository();
    await this.workspace.sync.writeSettings([
      { file: '.gitignore', text: GITIGNORE },
      { file: '.gitattributes', text: GITATTRIBUTES },
    ]);
    // One git process for the remote and the identity: each process costs a tenth of a second on a busy machine.
    const config = new Map(
      ((await this.git.ask(['config', '--get-regexp', `^(remote\\.${REMOTE}\\.url|user\\.name|user\\.email)$`])) ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]),
    );
    const remote = await this.ensureRemote(config.get(`remote.${REMOTE}.url`) ?? null);
    const fallbackName = this.options.author?.trim() || 'Gloss';
    this.author = [...(config.has('user.name') ? [] : ['-c', `user.name=${fallbackName}`]), ...(config.has('user.email') ? [] : ['-c', 'user.email=gloss@localhost'])];
    const committed = await this.commitOwnChanges();
    let merged: SyncOutcome['merged'] = 'nothing-new';
    let received = 0;
    let conflicts: SyncConflict[] = [];
    let pushed = false;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      await this.git.run(['fetch', '-q', REMOTE]);
      const tips = await this.tips(branch);
      const theirs = tips.get(`refs/remotes/${REMOTE}/${branch}`) ?? null;
      let head = tips.get(`refs/heads/${branch}`) ?? null;
      if (theirs && head && theirs !== head) {
        const integrated = await this.integrate(head, theirs);
        if (integrated.merged !== 'nothing-new') merged = integrated.merged;
        received += integrated.received;
        conflicts = [...conflicts, ...integrated.conflicts];
        head = integrated.head;
      }
      if (!head || head === theirs) break;
      try {
        await this.git.run(['push', '-q', '-u', REMOTE, `HEAD:refs/heads/${branch}`]);
        pushed = true;
        break;
      } catch (error) {
        // Someone pushed between our fetch and our push: fetch and merge again.
        const rejected = /rejected|non-fast-forward|fetch first/i.test(gitMessage(error));
        if (!rejected || attempt === ATTEMPTS) throw new SyncStopped('failed', `the push to ${remote} failed: ${gitMessage(error)}`);
      }
    }
    const open = await this.workspace.sync.readConflicts();
    return { remote, initialized, committed, merged, received, pushed, conflicts, openConflicts: open.ok ? open.value.length : conflicts.length };
  }

  /** Our branch's commit and the remote's, by ref name, in one git process. */
  private async tips(branch: string): Promise<Map<string, string>> {
    const listed = await this.git.run(['for-each-ref', '--format=%(refname) %(objectname)', `refs/heads/${branch}`, `refs/remotes/${REMOTE}/${branch}`]);
    return new Map(listed.split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]));
  }

  /**
   * Makes the workspace folder a repository of its own (even inside another
   * one) and answers whether it had to, and its branch. Refuses to build on
   * a merge started by hand and not finished.
   */
  private async ensureRepository(): Promise<{ initialized: boolean; branch: string }> {
    const [top, mergeHead, head] = ((await this.git.ask(['rev-parse', '--show-toplevel', '--git-path', 'MERGE_HEAD', '--symbolic-full-name', 'HEAD'])) ?? '').split('\n');
    if (top && (await realpath(top).catch(() => top)) === (await realpath(this.workspace.dir))) {
      if (mergeHead && (await stat(resolve(this.workspace.dir, mergeHead)).then(() => true, () => false))) {
        throw new SyncStopped('refused', 'a git merge was started in this folder outside Gloss and not finished; undo it with "git merge --abort" in the workspace folder, then sync again');
      }
      return { initialized: false, branch: head?.replace(/^refs\/heads\//, '') || 'main' };
    }
    await this.git.run(['init', '-q']);
    // The branch is "main" whatever git's default, so every analyst's clone agrees.
    await this.git.run(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    return { initialized: true, branch: 'main' };
  }

  private async ensureRemote(current: string | null): Promise<string> {
    const wanted = this.options.remote;
    if (wanted === undefined) {
      if (!current) throw new SyncStopped('not-shared', 'this workspace is not shared yet: Share… it (gloss sync <dir> --remote <url-or-path>) with a git remote first');
      return current;
    }
    const refused = checkRemote(wanted);
    if (refused) throw new SyncStopped('refused', refused);
    if (current === null) await this.git.run(['remote', 'add', REMOTE, wanted]);
    else if (current !== wanted) await this.git.run(['remote', 'set-url', REMOTE, wanted]);
    return wanted;
  }

  /** Commits everything the analyst changed (git add -A, .gitignore keeping out what is this computer's), with a message saying what. */
  private async commitOwnChanges(): Promise<string | null> {
    // Change journals fold into their set files first: git shares set files whole, never a journal against a version the other side lacks.
    const compacted = await this.workspace.compact();
    if (!compacted.ok) throw new SyncStopped('refused', `${compacted.error.message}; nothing was synced`);
    // Nothing changed (the common case): one quick look, no staging.
    if ((await this.git.run(['status', '--porcelain', '-z', '--untracked-files=all'])) === '') return null;
    await this.git.run(['add', '-A', '--', '.']);
    const head = await this.git.ask(['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
    const staged = head ? nameStatus(await this.git.run(['diff', '--cached', '--name-status', '-z', '--no-renames', head])) : new Map((await this.git.run(['ls-files', '-z'])).split('\0').filter(Boolean).map((file) => [file, 'A']));
    if (staged.size === 0) return null;
    const files = [...staged.keys()];
    const blobs = await this.git.readBlobs([...(head ? files.map((file) => `${head}:${file}`) : []), ...files.map((file) => `:${file}`)]);
    const changes: ChangedFile[] = files.map((file) => ({ file, before: head ? parseJson(blobs.get(`${head}:${file}`)) : undefined, after: parseJson(blobs.get(`:${file}`)) }));
    const message = syncMessage(changes);
    await this.git.run([...this.author, 'commit', '-q', '--no-verify', '-m', message]);
    return message.split('\n')[0] ?? message;
  }

  /** Brings the remote's commit `theirs` into ours: a fast-forward when ours is behind, else a merge made file by file. */
  private async integrate(ours: string, theirs: string): Promise<{ merged: SyncOutcome['merged']; received: number; conflicts: SyncConflict[]; head: string }> {
    const base = await this.git.ask(['merge-base', ours, theirs]);
    if (base === theirs) return { merged: 'nothing-new', received: 0, conflicts: [], head: ours };
    if (base === ours) {
      const received = nameStatus(await this.git.run(['diff', '--name-status', '-z', '--no-renames', ours, theirs])).size;
      await this.git.run(['merge', '-q', '--ff-only', theirs]);
      return { merged: 'fast-forward', received, conflicts: [], head: theirs };
    }
    return this.mergeFiles(base, ours, theirs);
  }

  /** The files each side changed since `base` (every file of the side when the two histories share no commit). */
  private async changedSince(base: string | null, side: string): Promise<Map<string, string>> {
    if (base) return nameStatus(await this.git.run(['diff', '--name-status', '-z', '--no-renames', base, side]));
    return new Map((await this.git.run(['ls-tree', '-r', '-z', '--name-only', side])).split('\0').filter(Boolean).map((file) => [file, 'A']));
  }

  private async mergeFiles(base: string | null, ours: string, theirs: string): Promise<{ merged: 'merged'; received: number; conflicts: SyncConflict[]; head: string }> {
    const [oursChanged, theirsChanged] = await Promise.all([this.changedSince(base, ours), this.changedSince(base, theirs)]);
    const take: string[] = [];
    const remove: string[] = [];
    const both: string[] = [];
    for (const [file, status] of theirsChanged) {
      if (oursChanged.has(file)) both.push(file);
      else (status === 'D' ? remove : take).push(file);
    }
    const specs = both.flatMap((file) => [...(base ? [`${base}:${file}`] : []), `${ours}:${file}`, `${theirs}:${file}`]);
    const blobs = await this.git.readBlobs(specs);
    const found = new Date().toISOString();
    const merged: MergedFile[] = [];
    const conflicts: SyncConflict[] = [];
    for (const file of both) {
      const result = mergeWorkspaceFile(base ? parseJson(blobs.get(`${base}:${file}`)) : undefined, parseJson(blobs.get(`${ours}:${file}`)), parseJson(blobs.get(`${theirs}:${file}`)));
      if (!result.ok) throw new SyncStopped('refused', `${file}: ${result.error}; nothing was merged`);
      const { value, format, conflicts: listed } = result.value;
      if (format) merged.push({ file, format, value });
      // A file Gloss does not know stays as git has it here, or (deleted here) comes as the remote has it.
      else if (value !== null && (blobs.get(`${ours}:${file}`) ?? null) === null) take.push(file);
      for (const conflict of listed) {
        const itemId = conflict.kind === 'file' ? file : conflict.itemId;
        conflicts.push({ id: `${file}#${conflict.kind}:${itemId}`, file, itemId, kind: conflict.kind, reason: conflict.reason, found, remoteCommit: theirs, ours: conflict.ours ?? null, theirs: conflict.theirs ?? null } as SyncConflict);
      }
    }
    const conflictsFile = this.workspace.sync.conflictsFile;
    if (conflicts.length > 0) {
      const mergedRecord = merged.find((file) => file.file === conflictsFile);
      const earlier = mergedRecord ? ((mergedRecord.value as { conflicts: SyncConflict[] }).conflicts ?? []) : await this.earlierConflicts();
      const ids = new Set(conflicts.map((conflict) => conflict.id));
      const record = this.workspace.sync.conflictsRecord([...earlier.filter((conflict) => !ids.has(conflict.id)), ...conflicts]);
      if (mergedRecord) merged[merged.indexOf(mergedRecord)] = record;
      else merged.push(record);
    }
    // The remote's own files by git; the merged ones by the store, checked against their schemas.
    await forPaths(take, (slice) => this.git.run(['checkout', '-q', theirs, '--', ...slice]));
    await forPaths(remove, (slice) => this.git.run(['rm', '-q', '--', ...slice]));
    const written = await this.workspace.sync.writeMerged(merged);
    if (!written.ok) throw new SyncStopped('failed', `the merged files could not be written: ${written.error.message}`);
    await this.git.run(['add', '-A', '--', '.']);
    const tree = (await this.git.run(['write-tree'])).trim();
    const summary = `Gloss sync: merged ${take.length + remove.length + merged.length} file(s) from ${REMOTE}${conflicts.length > 0 ? `, ${conflicts.length} conflict(s) kept for review in ${conflictsFile}` : ''}`;
    const commit = (await this.git.run([...this.author, 'commit-tree', tree, '-p', ours, '-p', theirs, '-m', summary])).trim();
    await this.git.run(['update-ref', '-m', 'Gloss sync: merge', 'HEAD', commit]);
    return { merged: 'merged', received: take.length + remove.length + merged.length, conflicts, head: commit };
  }

  private async earlierConflicts(): Promise<SyncConflict[]> {
    const read = await this.workspace.sync.readConflicts();
    if (!read.ok) throw new SyncStopped('refused', `${read.error}; mend or remove it, then sync again`);
    return read.value;
  }
}
