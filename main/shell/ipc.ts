import type { IpcMain, WebFrameMain } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../core/api/contract';
import { err } from '../../core/result';
import { dispatch } from '../services/api/dispatch';
import type { ApiHandlers } from '../services/api/handlers';

/**
 * One IPC handler per contract channel. Each checks that the message comes
 * from the app's own page before the request is validated and served.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: () => ApiHandlers,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return err({ code: 'invalid-request', message: 'refused: the request did not come from Gloss' });
      }
      return dispatch(handlers(), channel, payload);
    });
  }
}
