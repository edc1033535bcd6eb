import { z } from 'zod';
import { syncWorkspace } from '../../services/sync/sync-workspace';
import { cloneWorkspace, prepareRemote } from '../../services/sync/share';
import { Workspace } from '../../services/workspace/workspace';
import { defineCommand } from '../command';
import { EXIT } from '../exit-codes';
import { emptyReport, refusal, type Report } from '../report';

const EXIT_OF = { 'no-git': EXIT.refused, 'not-shared': EXIT.refused, refused: EXIT.refused, failed: EXIT.failed } as const;

/** "merged 3 files from /srv/desk.git" and the like: what the sync did, in order. */
function doneLines(outcome: Awaited<ReturnType<typeof syncWorkspace>> & { ok: true }): { item: string; reason: string }[] {
  const { value } = outcome;
  const lines: { item: string; reason: string }[] = [];
  if (value.initialized) lines.push({ item: 'git', reason: 'the workspace folder became a git repository' });
  lines.push(value.committed ? { item: 'commit', reason: value.committed } : { item: 'commit', reason: 'no changes of your own to commit' });
  if (value.merged === 'fast-forward') lines.push({ item: 'merge', reason: `took ${value.received} changed file(s) from ${value.remote} (nothing to merge)` });
  if (value.merged === 'merged') lines.push({ item: 'merge', reason: `merged ${value.received} file(s) from ${value.remote}` });
  lines.push({ item: 'push', reason: value.pushed ? `pushed to ${value.remote}` : `${value.remote} already had everything` });
  return lines;
}

export const syncCommand = defineCommand({
  name: 'sync',
  summary: "shares the workspace through git: commits your changes, fetches and merges the others' per annotation, pushes; conflicts are listed for review",
  access: 'write',
  options: {
    remote: {
      flags: '--remote <url-or-path>',
      description: 'the git remote to share with (a folder path or any URL your git can reach); needed the first time; an empty or new folder becomes a shared repository; into an empty folder it brings the shared workspace',
      schema: z.string().min(1).max(4000).optional(),
    },
  },
  examples: ['gloss sync ~/desk --remote /mnt/team/desk.git', 'gloss sync ~/desk', 'gloss sync ~/desk-copy --remote git@example.org:team/desk.git'],
  async beforeOpening(dir, { remote }) {
    if (await Workspace.exists(dir)) return { note: null };
    if (!remote) return { stop: refusal(dir, `${dir} is not a Gloss workspace; to bring a shared one here, give its --remote`) };
    const prepared = await prepareRemote(remote, false);
    if (!prepared.ok) return { stop: refusal(dir, prepared.error.message, EXIT_OF[prepared.error.code]) };
    const cloned = await cloneWorkspace(dir, prepared.value);
    if (!cloned.ok) return { stop: refusal(dir, cloned.error.message, EXIT_OF[cloned.error.code]) };
    return { note: `Brought the shared workspace from ${remote} into ${dir}.` };
  },
  async run({ workspace, options, note }) {
    let remote = options.remote;
    if (remote !== undefined) {
      const prepared = await prepareRemote(remote);
      if (!prepared.ok) return refusal(workspace.dir, prepared.error.message, EXIT_OF[prepared.error.code]);
      remote = prepared.value;
    }
    const synced = await syncWorkspace(workspace, remote === undefined ? {} : { remote });
    if (!synced.ok) return refusal(workspace.dir, synced.error.message, EXIT_OF[synced.error.code]);
    const { value } = synced;
    const conflicts = value.conflicts.map((conflict) => ({ item: `${conflict.file} ${conflict.kind} ${conflict.itemId}`, reason: `${conflict.reason.replace('-', ' ')}: yours kept in place, theirs kept in sync-conflicts.json for review` }));
    const said = [
      note,
      value.committed ? `Committed: ${value.committed}.` : 'No changes of your own.',
      value.merged === 'nothing-new' ? 'Nothing new from the remote.' : `${value.merged === 'merged' ? 'Merged' : 'Took'} ${value.received} changed file(s) from ${value.remote}.`,
      value.pushed ? `Pushed to ${value.remote}.` : 'Nothing to push.',
      value.openConflicts > 0 ? `${value.openConflicts} conflict(s) wait for review (sync-conflicts.json).` : null,
    ].filter((line): line is string => line !== null);
    const report: Report = {
      ...emptyReport(said.join(' ')),
      done: doneLines(synced),
      problems: conflicts,
      details: { remote: value.remote, initialized: value.initialized, committed: value.committed, merged: value.merged, received: value.received, pushed: value.pushed, conflicts: value.conflicts.length, openConflicts: value.openConflicts },
    };
    return report;
  },
});
