import { BrowserWindow, dialog, type Session, type WebContents } from 'electron';
import type { WindowBounds } from '../services/preferences/preferences';

/**
 * Keeps a web contents on the app's own pages: navigation elsewhere, new
 * windows and <webview> are refused, whatever a document tries.
 */
export function confineContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  // Subframes too (an iframe a document might smuggle in): will-navigate only sees the main frame.
  contents.on('will-frame-navigate', (details: { url: string; preventDefault(): void }) => refuseForeign(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(options: {
  preloadPath: string;
  url: string;
  bounds: WindowBounds | undefined;
  onBoundsChanged: (bounds: WindowBounds) => void;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    ...options.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    backgroundColor: '#f7f6f3',
    // Electron's security checklist. Written out here, not built by a helper,
    // so static checkers (Electronegativity) can see every option.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows past setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  const saveBounds = () => {
    if (!window.isDestroyed() && !window.isMinimized()) options.onBoundsChanged(window.getNormalBounds());
  };
  window.on('resized', saveBounds);
  window.on('moved', saveBounds);
  window.on('close', saveBounds);
  // The page holds back a close or reload while changes are not saved (the services stopped, the disk is full);
  // Electron would then do nothing at all, so the analyst is asked.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Stay', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Some changes are not saved yet.',
      detail: 'Gloss keeps trying to save them. Leave now and they are lost.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL(options.url);
  return window;
}

/**
 * The page asks for nothing: every permission request and check, every
 * device (USB, HID, serial, Bluetooth) and every screen capture is refused.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
