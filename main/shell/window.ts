import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import type { WindowBounds } from '../services/preferences/preferences';

/**
 * Electron's security checklist, as window options: the page gets no Node, runs
 * in the OS sandbox, is isolated from the preload, and cannot weaken any of it.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

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
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  const saveBounds = () => {
    if (!window.isDestroyed() && !window.isMinimized()) options.onBoundsChanged(window.getNormalBounds());
  };
  window.on('resized', saveBounds);
  window.on('moved', saveBounds);
  window.on('close', saveBounds);
  void window.loadURL(options.url);
  return window;
}
