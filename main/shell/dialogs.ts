import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs, FileChoice } from '../services/session/session';

type OpenProperty = NonNullable<OpenDialogOptions['properties']>[number];

/**
 * What an open dialog may pick. Windows and Linux cannot offer files and
 * folders in one dialog, so there a choice that allows folders picks folders
 * (which are searched for the files); macOS offers both.
 */
export function openProperties(choice: FileChoice, platform: NodeJS.Platform): OpenProperty[] {
  if (!choice.folders) return ['openFile', 'multiSelections'];
  return platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openDirectory', 'multiSelections'];
}

/** The session's file choosers, as native dialogs attached to the window. */
export function nativeDialogs(window: () => BrowserWindow | null, platform: NodeJS.Platform = process.platform): Dialogs {
  const open = async (options: OpenDialogOptions) => {
    const owner = window();
    const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return chosen.canceled ? [] : chosen.filePaths;
  };
  return {
    async chooseFolder(purpose) {
      const chosen = await open({
        title: purpose === 'create' ? 'New workspace: choose an empty folder' : 'Open workspace',
        buttonLabel: purpose === 'create' ? 'Create Here' : 'Open',
        properties: ['openDirectory', 'createDirectory'],
      });
      return chosen[0] ?? null;
    },
    async confirmShare(workspaceName, remote) {
      const options = {
        type: 'question' as const,
        buttons: ['Share', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `Share "${workspaceName}" through git with this remote?`,
        detail: `${remote}\n\nEvery document and annotation of the workspace is pushed there, and whoever can read it can read them.`,
      };
      const owner = window();
      const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
      return answer.response === 0;
    },
    async chooseFiles(choice) {
      return open({
        title: choice.title,
        properties: openProperties(choice, platform),
        filters: [{ name: choice.filterName, extensions: choice.extensions.map((ext) => ext.replace(/^\./, '')) }],
      });
    },
    async chooseSaveTarget(choice) {
      const options: SaveDialogOptions = {
        title: choice.title,
        defaultPath: choice.defaultName,
        buttonLabel: 'Export',
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(choice.extension ? { filters: [{ name: choice.extension.toUpperCase(), extensions: [choice.extension] }] } : {}),
      };
      const owner = window();
      const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
  };
}
