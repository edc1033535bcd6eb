import { dialog, shell, type BrowserWindow } from 'electron';
import type { ExternalLinks } from '../services/api/handlers';

/**
 * Opens an article's web page in the system browser only after the analyst
 * has seen the address and agreed: a link in an imported document is never
 * followed on its own.
 */
export function confirmingLinks(window: () => BrowserWindow | null): ExternalLinks {
  return {
    async confirmAndOpen(url) {
      const options = {
        type: 'question' as const,
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this page in your web browser?',
        detail: url,
      };
      const owner = window();
      const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
      if (answer.response !== 0) return false;
      await shell.openExternal(url, { activate: true });
      return true;
    },
  };
}
