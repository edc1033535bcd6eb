import type { Problem } from '../../../core/api/contract';
import type { Result } from '../../../core/result';
import type { Dialogs, EventSink, Session } from './session';

/** What the File menu does. Electron's menu and the harness's stand-in both call these. */
export interface WorkspaceActions {
  newWorkspace(): Promise<void>;
  openWorkspace(): Promise<void>;
  openRecent(dir: string): Promise<void>;
  clearRecent(): Promise<void>;
  closeWorkspace(): Promise<void>;
  importDocuments(): Promise<void>;
  /** Export and annotation import are the page's dialogs: the menu asks the page to show them. */
  exportAnnotations(): Promise<void>;
  importAnnotations(): Promise<void>;
  /** Share… and Sync are the page's dialog too: it shows the result and the conflicts. */
  syncWorkspace(): Promise<void>;
}

export function workspaceActions(session: Session, dialogs: Dialogs, emit: EventSink): WorkspaceActions {
  const report = (result: Result<unknown, Problem>) => {
    if (!result.ok) emit('notice', { message: result.error.message });
  };
  return {
    async newWorkspace() {
      report(await session.createWithDialog(dialogs));
    },
    async openWorkspace() {
      report(await session.openWithDialog(dialogs));
    },
    async openRecent(dir) {
      report(await session.open(dir));
    },
    async clearRecent() {
      session.preferences.forgetRecentWorkspaces();
      emit('workspaceChanged', {});
    },
    async closeWorkspace() {
      await session.close();
    },
    async importDocuments() {
      report(await session.importWithDialog(dialogs));
    },
    async exportAnnotations() {
      emit('showDialog', { dialog: 'export' });
    },
    async importAnnotations() {
      emit('showDialog', { dialog: 'import-annotations' });
    },
    async syncWorkspace() {
      emit('showDialog', { dialog: 'sync' });
    },
  };
}
