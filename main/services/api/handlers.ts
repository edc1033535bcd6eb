import type { z } from 'zod';
import type { ApiError, ApiResponse, ChannelName, Contract, Problem } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { toExternalUrl } from '../links/external-url';
import { workspaceAdjudicationProgress } from '../agreement/adjudication-progress';
import { workspaceAgreement } from '../agreement/workspace-agreement';
import { exportWithDialog, importWithDialog } from '../exchange/exchange-dialogs';
import { editEntities } from '../workspace/entity-edits';
import { entityMentions } from '../workspace/entity-mentions';
import { workspaceIndex } from '../query/workspace-index';
import { suggestDocuments } from '../suggest/suggest-documents';
import { gitVersion } from '../sync/git';
import { sharedRemote } from '../sync/sync-workspace';
import type { Dialogs, Session } from '../session/session';
import type { Workspace, WorkspaceError } from '../workspace/workspace';

export type ApiHandlers = {
  [C in ChannelName]: (
    request: z.output<Contract[C]['request']>,
  ) => Promise<Result<ApiResponse<C>, ApiError>>;
};

/** How the host opens a web page outside Gloss: after asking the analyst, in Electron. */
export interface ExternalLinks {
  /** Gets a URL already checked by toExternalUrl; resolves true when the page was opened. */
  confirmAndOpen(url: string): Promise<boolean>;
}

export interface ServiceContext {
  session: Session;
  /** Native file dialogs in Electron; answers set by the test in the harness. */
  dialogs: Dialogs;
  links: ExternalLinks;
}

function apiError(error: WorkspaceError): ApiError {
  return { code: error.code, message: error.message };
}

function failed(problem: Problem): { ok: false; error: ApiError } {
  return err({ code: 'failed', message: problem.message });
}

const NO_WORKSPACE: { ok: false; error: ApiError } = err({ code: 'not-found', message: 'no workspace is open' });

/** The services behind the API contract, with requests already validated. */
export function createHandlers({ session, dialogs, links }: ServiceContext): ApiHandlers {
  const { preferences } = session;
  const withWorkspace = async <T>(
    work: (workspace: Workspace) => Promise<Result<T, ApiError>>,
  ): Promise<Result<T, ApiError>> => (session.workspace ? work(session.workspace) : NO_WORKSPACE);
  const withWritable = async <T>(
    work: (workspace: Workspace) => Promise<Result<T, ApiError>>,
  ): Promise<Result<T, ApiError>> => {
    const writable = session.writableWorkspace();
    return writable.ok ? work(writable.value) : err({ code: 'read-only', message: writable.error.message });
  };
  /** Remembers or forgets rejected suggestions; a file that could not be read or written is named. */
  const changeRejections = (change: (rejections: Workspace['rejections']) => Promise<Problem | null>) =>
    withWritable(async (workspace) => {
      const problem = await change(workspace.rejections);
      return problem ? err({ code: 'failed', message: `${problem.file}: ${problem.message}` }) : ok({});
    });
  /** Rejects or reopens adjudication items; a decisions file that could not be read or written is named. */
  const changeItems = (change: (store: Workspace['adjudication']) => Promise<Result<void, Problem>>) =>
    withWritable(async (workspace) => {
      const changed = await change(workspace.adjudication);
      return changed.ok ? ok({}) : failed(changed.error);
    });
  const analyst = () => ({ analystName: preferences.analystName(), annotationSet: preferences.annotationSet() });
  const opened = (result: Result<Workspace | null, Problem>) =>
    result.ok ? ok({ opened: result.value !== null }) : failed(result.error);

  return {
    async getSession() {
      const recentWorkspaces = preferences.read().recentWorkspaces;
      const workspace = session.workspace;
      if (!workspace) {
        return ok({ workspace: null, recentWorkspaces, ...analyst(), hiddenSets: [], documents: [], labelTypes: [], lastDocumentId: null, problems: [] });
      }
      const { documents, problems } = await workspace.summaries();
      const remembered = preferences.lastDocument(workspace.dir);
      const lastDocumentId = remembered && workspace.has(remembered) ? remembered : (documents[0]?.id ?? null);
      return ok({
        workspace: { name: workspace.name, path: workspace.dir, readOnly: session.readOnlyReason },
        recentWorkspaces,
        ...analyst(),
        hiddenSets: preferences.hiddenSets(workspace.dir),
        documents,
        labelTypes: [...workspace.labelTypes],
        lastDocumentId,
        problems: workspace.schemaProblem ? [workspace.schemaProblem, ...problems] : problems,
      });
    },

    loadDocument: ({ documentId }) =>
      withWorkspace(async (workspace) => {
        const loaded = await workspace.loadDocument(documentId);
        if (!loaded.ok) return err(apiError(loaded.error));
        preferences.rememberDocument(workspace.dir, documentId);
        return ok({ ...loaded.value, readingPosition: preferences.readingPosition(workspace.dir, documentId) });
      }),

    rememberReadingPosition: ({ documentId, offset }) =>
      withWorkspace(async (workspace) => {
        if (!workspace.has(documentId)) return err({ code: 'not-found', message: `no document "${documentId}" in this workspace` });
        preferences.rememberReadingPosition(workspace.dir, documentId, offset);
        return ok({});
      }),

    saveChanges: ({ documentId, upsert, remove }) =>
      withWritable(async (workspace) => {
        const saved = await workspace.saveChanges(documentId, { upsert, remove });
        return saved.ok ? saved : err(apiError(saved.error));
      }),

    saveSchema: ({ types }) =>
      withWritable(async (workspace) => {
        const saved = await workspace.saveSchema(types);
        return saved.ok ? ok({ types: [...saved.value] }) : err(apiError(saved.error));
      }),

    async importUploads({ files }) {
      const uploads = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') }));
      const imported = await session.importUploads(uploads);
      return imported.ok ? ok({ outcomes: imported.value }) : err({ code: 'read-only', message: imported.error.message });
    },

    async chooseFilesToImport() {
      const imported = await session.importWithDialog(dialogs);
      return imported.ok ? ok({ outcomes: imported.value }) : err({ code: 'read-only', message: imported.error.message });
    },

    // The page names a folder only from the recent list: any other path comes from the analyst, through a dialog.
    async openWorkspace({ path }) {
      if (path === undefined) return opened(await session.openWithDialog(dialogs));
      if (!preferences.read().recentWorkspaces.includes(path)) {
        return err({ code: 'invalid-request', message: `${path} is not one of the recent workspaces; open it with Open Workspace…` });
      }
      return opened(await session.open(path));
    },

    createWorkspace: async ({ name }) => opened(await session.createWithDialog(dialogs, name)),

    async closeWorkspace() {
      await session.close();
      return ok({});
    },

    discardUnplaced: ({ documentId, unplacedId, placed }) =>
      withWritable(async (workspace) => {
        const discarded = await workspace.discardUnplaced(documentId, unplacedId, placed);
        return discarded.ok ? ok({}) : err(apiError(discarded.error));
      }),

    async openExternalLink({ url }) {
      const safe = toExternalUrl(url);
      if (!safe) return err({ code: 'invalid-request', message: 'only http and https links can be opened' });
      return ok({ opened: await links.confirmAndOpen(safe) });
    },

    setDocumentStatus: ({ documentId, status }) =>
      withWritable(async (workspace) => {
        const set = await workspace.setStatus(documentId, status);
        return set.ok ? ok({}) : err(apiError(set.error));
      }),

    editDocument: ({ documentId, edit }) =>
      withWritable(async (workspace) => {
        const edited = await workspace.editDocument(documentId, edit);
        return edited.ok ? ok(edited.value) : err(apiError(edited.error));
      }),

    async setAnalystName({ name }) {
      preferences.rememberAnalystName(name);
      return ok({ annotationSet: preferences.annotationSet() });
    },

    setHiddenSets: ({ sets }) =>
      withWorkspace(async (workspace) => {
        preferences.rememberHiddenSets(workspace.dir, sets);
        return ok({});
      }),

    listAnnotationSets: () => withWorkspace(async (workspace) => ok(await (await workspaceIndex(workspace)).sets())),

    renameAnnotationSet: ({ from, to }) =>
      withWritable(async (workspace) => {
        const renamed = await workspace.renameSet(from, to);
        if (renamed.ok) return ok(renamed.value);
        return err({ code: 'failed', message: `The set “${from}” was not renamed; nothing changed.`, problems: renamed.error });
      }),

    removeAnnotationSet: ({ set }) =>
      withWritable(async (workspace) => {
        const removed = await workspace.removeSet(set);
        if (removed.ok) return ok(removed.value);
        return err({ code: 'failed', message: `The set “${set}” was not removed; nothing changed.`, problems: removed.error });
      }),

    listEntities: () =>
      withWorkspace(async (workspace) => {
        const { entities, problem, readOnly } = await workspace.entities.list();
        return ok({ entities: [...entities], problem, readOnly });
      }),

    editEntities: ({ edits }) =>
      withWritable(async (workspace) => {
        const edited = await editEntities(workspace, edits);
        return edited.ok ? ok({ entities: [...edited.value] }) : err(edited.error);
      }),

    suggestAnnotations: ({ documentIds, replace }) =>
      withWritable(async (workspace) => {
        const ids = documentIds ?? workspace.entries.map((entry) => entry.id);
        const unknown = ids.find((id) => !workspace.has(id));
        if (unknown) return err({ code: 'not-found', message: `no document "${unknown}" in this workspace` });
        return ok(await suggestDocuments(workspace, ids, replace));
      }),

    rejectSuggestions: ({ documentId, keys }) => changeRejections((rejections) => rejections.add(documentId, keys)),

    forgetRejectedSuggestions: ({ documentId, keys }) => changeRejections((rejections) => rejections.remove(documentId, keys)),

    measureAgreement: (choice) =>
      withWorkspace(async (workspace) => {
        // The open workspace's index holds every annotation as saved: nothing is read again but the texts' lengths, once.
        const index = await workspaceIndex(workspace);
        const measured = await workspaceAgreement(workspace, choice, (id) => index.stored(id));
        return measured.ok ? ok({ ...measured.value.report, problems: measured.value.problems }) : err({ code: 'invalid-request', message: measured.error });
      }),

    listRejectedItems: ({ documentId, gold }) =>
      withWorkspace(async (workspace) => {
        const keys = await workspace.adjudication.rejected(documentId, gold);
        return keys.ok ? ok({ keys: keys.value }) : failed(keys.error);
      }),

    rejectItems: ({ documentId, gold, keys }) => changeItems((store) => store.reject(documentId, gold, keys)),

    reopenItems: ({ documentId, gold, keys }) => changeItems((store) => store.reopen(documentId, gold, keys)),

    adjudicationProgress: ({ gold, leftOut }) =>
      withWorkspace(async (workspace) => {
        const index = await workspaceIndex(workspace);
        return ok(await workspaceAdjudicationProgress(workspace, gold, leftOut, (id) => index.stored(id)));
      }),

    queryAnnotations: ({ query, limit }) => withWorkspace(async (workspace) => ok(await (await workspaceIndex(workspace)).query(query, limit))),

    savedQuery: () => withWorkspace(async (workspace) => ok({ query: preferences.query(workspace.dir) })),

    rememberQuery: ({ query }) =>
      withWorkspace(async (workspace) => {
        preferences.rememberQuery(workspace.dir, query);
        return ok({});
      }),

    listEntityMentions: () => withWorkspace(async (workspace) => ok(await entityMentions(workspace))),

    exportAnnotations: (choice) =>
      withWorkspace(async (workspace) => {
        const exported = await exportWithDialog(workspace, dialogs, choice);
        return exported.ok ? ok({ exported: exported.value }) : err({ code: 'failed', message: `Nothing was exported: ${exported.error}` });
      }),

    syncStatus: () =>
      withWorkspace(async (workspace) => {
        const conflicts = await workspace.sync.readConflicts();
        return ok({ git: await gitVersion(), remote: await sharedRemote(workspace.dir), openConflicts: conflicts.ok ? conflicts.value.length : 0 });
      }),

    async syncWorkspace({ remote }) {
      const synced = await session.sync(remote, dialogs);
      if (!synced.ok) return err({ code: synced.error.code === 'refused' && !session.workspace ? 'not-found' : 'failed', message: synced.error.message });
      if (!synced.value) return ok({ done: false, remote: remote ?? '', committed: null, merged: 'nothing-new', received: 0, pushed: false, conflicts: [], openConflicts: 0 });
      const { remote: used, committed, merged, received, pushed, conflicts, openConflicts } = synced.value;
      return ok({ done: true, remote: used, committed, merged, received, pushed, conflicts, openConflicts });
    },

    listSyncConflicts: () =>
      withWorkspace(async (workspace) => {
        const conflicts = await workspace.sync.readConflicts();
        return conflicts.ok ? ok({ conflicts: conflicts.value }) : err({ code: 'failed', message: conflicts.error });
      }),

    resolveSyncConflict: ({ id, keep }) =>
      withWritable(async (workspace) => {
        const settled = await session.resolveConflict(workspace, id, keep);
        return settled.ok ? ok({ openConflicts: settled.value }) : err({ code: 'failed', message: settled.error });
      }),

    importAnnotations: (choice) =>
      withWritable(async (workspace) => {
        const imported = await importWithDialog(workspace, dialogs, choice);
        if (imported.ok) return ok({ imported: imported.value });
        const count = imported.error.length;
        return err({
          code: 'failed',
          message: `Nothing was imported, the workspace is unchanged: ${count === 1 ? 'one problem' : `${count} problems`}.`,
          problems: imported.error,
        });
      }),
  };
}
