import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/session/session';

/** The session's file choosers, as native dialogs attached to the window. */
export function nativeDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = () => window() ?? undefined;
  return {
    async chooseFolder(purpose) {
      const options = {
        title: purpose === 'create' ? 'New workspace: choose an empty folder' : 'Open workspace',
        buttonLabel: purpose === 'create' ? 'Create Here' : 'Open',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const owner = parent();
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    async chooseFiles(extensions) {
      const options = {
        title: 'Import documents',
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: [{ name: 'Articles', extensions: extensions.map((ext) => ext.replace(/^\./, '')) }],
      };
      const owner = parent();
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? [] : chosen.filePaths;
    },
  };
}
