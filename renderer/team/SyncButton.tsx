import { useCallback, useEffect, useState } from 'react';
import type { ApiResponse } from '../../core/api/contract';
import { canTakeTheirs, type SyncConflict } from '../../core/model/sync-conflicts';
import { glossApi } from '../api/gloss';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { onDialogRequest } from '../exchange/dialog-requests';
import { describeVersion } from './describe-version';
import './team.css';

type Status = ApiResponse<'syncStatus'>;
type Synced = ApiResponse<'syncWorkspace'>;

const REASONS: Record<SyncConflict['reason'], string> = {
  'changed-both': 'changed differently here and there',
  'added-both': 'added here and there, differently',
  'deleted-here': 'deleted here, changed there',
  'deleted-there': 'changed here, deleted there',
};

/** What the conflict is about, as the analyst calls it. */
const KIND_LABELS: Record<SyncConflict['kind'], string> = {
  annotation: 'Annotation',
  'document-entry': 'Document',
  entity: 'Entity',
  type: 'Type',
  file: 'File',
  workspace: 'Workspace name',
};

function outcomeLines(synced: Synced): string[] {
  return [
    synced.committed ? `Committed: ${synced.committed}.` : 'No changes of yours to commit.',
    synced.merged === 'nothing-new' ? 'Nothing new from the others.' : `${synced.merged === 'merged' ? 'Merged' : 'Took'} ${synced.received} changed file${synced.received === 1 ? '' : 's'} from the others.`,
    synced.pushed ? `Pushed to ${synced.remote}.` : 'Nothing to push.',
    synced.conflicts.length > 0 ? `${synced.conflicts.length} new conflict${synced.conflicts.length === 1 ? '' : 's'}: yours kept in place, theirs kept below for review.` : 'No conflicts.',
  ];
}

/** Whether the workspace is shared (and git there), and the conflicts waiting. */
function readSyncState() {
  return Promise.all([glossApi().syncStatus({}), glossApi().listSyncConflicts({})]);
}

/**
 * Share… and Sync: connects the workspace to a git remote, or syncs it
 * (commit, fetch, merge per annotation, push), then says what happened and
 * lists the conflicts waiting for review, each with both versions.
 */
function SyncDialog(props: { canWrite: boolean; flush: () => Promise<void>; onSynced: () => void; onClose: () => void }) {
  const { canWrite, flush, onSynced, onClose } = props;
  const [status, setStatus] = useState<Status | null>(null);
  const [remote, setRemote] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Synced | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [conflicts, setConflicts] = useState<readonly SyncConflict[]>([]);

  const apply = useCallback(([read, listed]: Awaited<ReturnType<typeof readSyncState>>) => {
    if (read.ok) setStatus(read.value);
    else setProblems([read.error.message]);
    if (listed.ok) setConflicts(listed.value.conflicts);
  }, []);
  const refresh = async () => apply(await readSyncState());
  useEffect(() => {
    void readSyncState().then(apply);
  }, [apply]);

  const sync = async () => {
    setBusy(true);
    setProblems([]);
    await flush();
    const synced = await glossApi().syncWorkspace(status?.remote ? {} : { remote: remote.trim() });
    setBusy(false);
    if (!synced.ok) {
      setProblems([synced.error.message]);
      return;
    }
    if (!synced.value.done) return;
    setResult(synced.value);
    onSynced();
    await refresh();
  };

  const settle = async (id: string, keep: 'mine' | 'theirs') => {
    const settled = await glossApi().resolveSyncConflict({ id, keep });
    if (!settled.ok) setProblems([settled.error.message]);
    else if (keep === 'theirs') onSynced();
    await refresh();
  };

  const shared = status?.remote ?? null;
  const stop = !status ? 'Reading the workspace’s git status…' : !status.git ? null : !canWrite ? 'The workspace is read-only here.' : !shared && remote.trim() === '' ? 'Name the remote to share with.' : null;
  return (
    <ModalDialog
      title={shared ? 'Sync' : 'Share through git'}
      className="sync-dialog"
      problems={<ProblemList problems={busy ? ['Syncing…'] : stop ? [stop, ...problems] : problems} />}
      confirm={{ label: shared ? 'Sync now' : 'Share', disabled: busy || stop !== null || !status?.git, onClick: () => void sync() }}
      onClose={onClose}
      closeLabel="Close"
    >
      <div className="sync-body">
        {status && !status.git ? (
          <p role="alert">Sync needs git, and git was not found on this computer. Install git (git-scm.com), then open this again. Everything else in Gloss works without it.</p>
        ) : shared ? (
          <p>
            Shared through git with <code>{shared}</code>. Sync commits your changes, fetches the others’, merges them annotation by annotation and pushes. Your git’s own credential helpers and SSH keys are used; Gloss never asks for or keeps a password.
          </p>
        ) : (
          <label className="sync-remote">
            Share with (a folder path, such as a shared drive, or any URL your git can reach)
            <input type="text" value={remote} placeholder="/mnt/team/desk.git or git@example.org:team/desk.git" onChange={(event) => setRemote(event.target.value)} />
          </label>
        )}
        {result ? (
          <ul className="sync-result" aria-live="polite">
            {outcomeLines(result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        {conflicts.length > 0 ? (
          <section aria-label="Conflicts to review">
            <h3>Conflicts to review ({conflicts.length})</h3>
            <ul className="sync-conflicts">
              {conflicts.map((conflict) => (
                <li key={conflict.id}>
                  <p>
                    <strong>
                      {KIND_LABELS[conflict.kind]} {conflict.itemId}
                    </strong>{' '}
                    in {conflict.file}: {REASONS[conflict.reason]}
                  </p>
                  <dl>
                    <dt>Yours (in the workspace)</dt>
                    <dd>{describeVersion(conflict.kind, conflict.ours)}</dd>
                    <dt>Theirs</dt>
                    <dd>{describeVersion(conflict.kind, conflict.theirs)}</dd>
                  </dl>
                  <button type="button" disabled={!canWrite} onClick={() => void settle(conflict.id, 'mine')}>
                    Keep mine
                  </button>
                  {canTakeTheirs(conflict.kind) ? (
                    <button type="button" disabled={!canWrite} onClick={() => void settle(conflict.id, 'theirs')}>
                      Take theirs
                    </button>
                  ) : (
                    <p className="sync-conflict-hint">Taking a whole file could undo other changes: copy what you want from theirs by hand, then keep yours.</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </ModalDialog>
  );
}

/** The toolbar's Sync… button (File → Share and Sync… too), opening the dialog above. */
export function SyncButton(props: { canWrite: boolean; flush: () => Promise<void>; onSynced: () => void }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = (dialog: string) => {
      if (dialog === 'sync') setShown(true);
    };
    const fromMenu = glossApi().on('showDialog', ({ dialog }) => show(dialog));
    const fromKeys = onDialogRequest(show);
    return () => {
      fromMenu();
      fromKeys();
    };
  }, []);
  return (
    <>
      <button type="button" className="tag-button" onClick={() => setShown(true)}>
        Sync…
      </button>
      {shown ? <SyncDialog {...props} onClose={() => setShown(false)} /> : null}
    </>
  );
}
