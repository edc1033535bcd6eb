import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, ipcMain, Menu, net, powerMonitor, protocol, session as electronSession, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { IPC_EVENT_PREFIX, type EventName, type EventPayload } from '../../core/api/contract';
import { createHandlers } from '../services/api/handlers';
import { Preferences } from '../services/preferences/preferences';
import { workspaceActions } from '../services/session/actions';
import { Session } from '../services/session/session';
import { openOrCreateSample } from '../services/workspace/sample';
import { nativeDialogs } from './dialogs';
import { confirmingLinks } from './external-links';
import { devServerUrl } from './dev-server';
import { isOwnMainFrame, registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY } from './content-security';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, resolveAppFile } from './protocol';
import { confineContents, createMainWindow, denyPermissions } from './window';

// Must happen before the app is ready: gives the scheme a secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

const devServer = devServerUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const isOwnPage = (url: string) => isAppUrl(url, devServer);

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

async function serveRenderer(request: Request): Promise<Response> {
  const file = resolveAppFile(join(import.meta.dirname, '../renderer'), request.url);
  if (!file) return new Response('Not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).toString());
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(response.body, { status: response.status, headers });
}

/** The last workspace used, or the sample workspace on a first start. */
async function openStartupWorkspace(session: Session): Promise<void> {
  const last = session.preferences.lastWorkspace();
  if (last) {
    const opened = await session.open(last);
    if (opened.ok) return;
    dialog.showErrorBox('Gloss could not open the last workspace', `${last}\n\n${opened.error.message}`);
  }
  const sampleDir = join(app.getPath('userData'), 'Sample workspace');
  const sample = await openOrCreateSample(sampleDir, join(resourcesDir(), 'sample'));
  if (!sample.ok) throw new Error(sample.error.message);
  await session.open(sampleDir);
}

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer sandboxed, whatever window creates it (must be called before ready).
  app.enableSandbox();
  await app.whenReady();
  denyPermissions(electronSession.defaultSession);
  protocol.handle(APP_SCHEME, serveRenderer);
  app.on('web-contents-created', (_event, contents) => confineContents(contents, isOwnPage));

  let window: BrowserWindow | null = null;
  const send = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    window?.webContents.send(IPC_EVENT_PREFIX + event, payload);
    if (event === 'workspaceChanged') rebuildMenu();
  };
  const preferences = new Preferences(new ElectronStore<Record<string, unknown>>({ name: 'preferences' }));
  const session = new Session(preferences, send);
  const dialogs = nativeDialogs(() => window);
  const actions = workspaceActions(session, dialogs, send);
  function rebuildMenu() {
    const state = { recentWorkspaces: preferences.read().recentWorkspaces, hasWorkspace: session.workspace !== null };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, state, actions)));
  }

  await openStartupWorkspace(session);
  rebuildMenu();
  const handlers = createHandlers({ session, dialogs, links: confirmingLinks(() => window) });
  registerIpcHandlers(ipcMain, () => handlers, (frame) => isOwnMainFrame(frame, window?.webContents, isOwnPage));

  window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: devServer ?? APP_ENTRY_URL,
    bounds: preferences.windowBounds(),
    onBoundsChanged: (bounds) => preferences.rememberWindowBounds(bounds),
  });
  window.on('closed', () => {
    window = null;
  });

  // Whatever ends the app, pending saves reach the disk and the lock is released first.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void session.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => app.quit());
  powerMonitor.on('shutdown', () => app.quit());

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
}
