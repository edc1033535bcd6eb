import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import ElectronStore from 'electron-store';
import { IPC_EVENT_PREFIX, type EventName, type EventPayload } from '../../core/api/contract';
import { importFiles, SUPPORTED_EXTENSIONS } from '../services/import/import-files';
import { createHandlers } from '../services/api/handlers';
import { Preferences } from '../services/preferences/preferences';
import { openOrCreateSample } from '../services/workspace/sample';
import { Workspace } from '../services/workspace/workspace';
import { registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl, resolveAppFile } from './protocol';
import { confineContents, createMainWindow } from './window';

// Must happen before the app is ready: gives the scheme a secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isOwnPage = (url: string) => isAppUrl(url, devServerUrl);

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
async function openStartupWorkspace(preferences: Preferences): Promise<Workspace> {
  const last = preferences.lastWorkspace();
  if (last) {
    const opened = await Workspace.open(last);
    if (opened.ok) return opened.value;
    dialog.showErrorBox('Gloss could not open the last workspace', `${last}\n\n${opened.error.message}`);
  }
  const sampleDir = join(app.getPath('userData'), 'Sample workspace');
  const sample = await openOrCreateSample(sampleDir, join(resourcesDir(), 'sample'));
  if (!sample.ok) throw new Error(sample.error.message);
  return sample.value;
}

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, serveRenderer);
  app.on('web-contents-created', (_event, contents) => confineContents(contents, isOwnPage));

  const preferences = new Preferences(new ElectronStore<Record<string, unknown>>({ name: 'preferences' }));
  const workspace = await openStartupWorkspace(preferences);
  preferences.rememberWorkspace(workspace.dir);
  const handlers = createHandlers({ workspace, preferences, readOnly: false });
  registerIpcHandlers(ipcMain, () => handlers, (frame) => frame !== null && isOwnPage(frame.url));

  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    bounds: preferences.windowBounds(),
    onBoundsChanged: (bounds) => preferences.rememberWindowBounds(bounds),
  });
  const send = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    window.webContents.send(IPC_EVENT_PREFIX + event, payload);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, {
        importDocuments: async () => {
          const chosen = await dialog.showOpenDialog(window, {
            title: 'Import documents',
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: 'Articles', extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)) }],
          });
          if (chosen.canceled) return;
          const outcomes = await importFiles(workspace, chosen.filePaths);
          send('importFinished', { outcomes, documents: (await workspace.summaries()).documents });
        },
      }),
    ),
  );

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) app.quit();
  });
}
