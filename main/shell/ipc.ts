import type { IpcMain, WebContents, WebFrameMain } from 'electron';
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

/**
 * Whether a message comes from the window's own top frame showing Gloss's
 * page: a subframe (an iframe) is refused even when its address looks right.
 */
export function isOwnMainFrame(frame: WebFrameMain | null, contents: WebContents | undefined, isOwnPage: (url: string) => boolean): boolean {
  if (!frame || !contents || contents.isDestroyed()) return false;
  const main = contents.mainFrame;
  return frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId && isOwnPage(frame.url);
}
