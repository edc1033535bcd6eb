import type { z } from 'zod';
import type { ApiError, ApiResponse, ChannelName, Contract } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { importFiles } from '../import/import-files';
import type { Preferences } from '../preferences/preferences';
import type { Workspace, WorkspaceError } from '../workspace/workspace';

export type ApiHandlers = {
  [C in ChannelName]: (
    request: z.output<Contract[C]['request']>,
  ) => Promise<Result<ApiResponse<C>, ApiError>>;
};

export interface ServiceContext {
  workspace: Workspace;
  preferences: Preferences;
  /** Set when another Gloss holds the workspace: reading works, saving is refused. */
  readOnly: boolean;
}

function apiError(error: WorkspaceError): ApiError {
  return { code: error.code, message: error.message };
}

/** The services behind the API contract, with requests already validated. */
export function createHandlers(context: ServiceContext): ApiHandlers {
  const { workspace, preferences } = context;
  return {
    async getSession() {
      const { documents, problems } = await workspace.summaries();
      const remembered = preferences.lastDocument(workspace.dir);
      const lastDocumentId = remembered && workspace.has(remembered) ? remembered : (documents[0]?.id ?? null);
      return ok({
        workspace: { name: workspace.name, path: workspace.dir, readOnly: context.readOnly },
        documents,
        labelTypes: [...workspace.labelTypes],
        lastDocumentId,
        problems: workspace.schemaProblem ? [workspace.schemaProblem, ...problems] : problems,
      });
    },

    async loadDocument({ documentId }) {
      const loaded = await workspace.loadDocument(documentId);
      if (!loaded.ok) return err(apiError(loaded.error));
      preferences.rememberDocument(workspace.dir, documentId);
      return ok(loaded.value);
    },

    async saveAnnotations({ documentId, annotations }) {
      if (context.readOnly) return err({ code: 'read-only', message: 'this workspace is open read-only' });
      const saved = await workspace.saveAnnotations(documentId, annotations);
      return saved.ok ? saved : err(apiError(saved.error));
    },

    async importFiles({ paths }) {
      if (context.readOnly) return err({ code: 'read-only', message: 'this workspace is open read-only' });
      const outcomes = await importFiles(workspace, paths);
      const { documents } = await workspace.summaries();
      return ok({ outcomes, documents });
    },
  };
}
