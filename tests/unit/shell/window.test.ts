import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const { created } = vi.hoisted(() => ({ created: [] as { options: Record<string, unknown>; loaded: string[] }[] }));
vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    webContents = new EventEmitter();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, loaded: this.loaded });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    getNormalBounds = () => ({ x: 1, y: 2, width: 900, height: 700 });
  }
  return { BrowserWindow };
});

const { confineContents, createMainWindow, denyPermissions } = await import('../../../main/shell/window');

describe('createMainWindow', () => {
  it('opens the app page with secure options and the remembered bounds', () => {
    createMainWindow({ preloadPath: '/p.cjs', url: 'gloss://app/index.html', bounds: { x: 5, y: 6, width: 1000, height: 700 }, onBoundsChanged: vi.fn() });
    const window = created.at(-1)!;
    expect(window.loaded).toEqual(['gloss://app/index.html']);
    expect(window.options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false });
  });

  it('applies the Electron security checklist to the page', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'gloss://app/index.html', bounds: undefined, onBoundsChanged: vi.fn() });
    const preferences = created.at(-1)!.options['webPreferences'];
    expect(preferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('confineContents', () => {
  function fakeContents() {
    const contents = Object.assign(new EventEmitter(), { windowOpenHandler: undefined as undefined | (() => unknown) });
    return Object.assign(contents, {
      setWindowOpenHandler(handler: () => unknown) {
        contents.windowOpenHandler = handler;
      },
    });
  }
  const isApp = (url: string) => url.startsWith('gloss://app/');

  it.each(['will-navigate', 'will-redirect'])('refuses %s to a page outside the app', (eventName) => {
    const contents = fakeContents();
    confineContents(contents as never, isApp);
    const foreign = { preventDefault: vi.fn() };
    const own = { preventDefault: vi.fn() };
    contents.emit(eventName, foreign, 'https://example.com/');
    contents.emit(eventName, own, 'gloss://app/index.html');
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('denies new windows and webviews', () => {
    const contents = fakeContents();
    confineContents(contents as never, isApp);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('confineContents, for frames inside the page', () => {
  it('refuses will-frame-navigate to a page outside the app (an iframe a document smuggled in)', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    confineContents(contents as never, (url) => url.startsWith('gloss://app/'));
    const foreign = { url: 'https://example.com/', preventDefault: vi.fn() };
    const own = { url: 'gloss://app/index.html', preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', foreign);
    contents.emit('will-frame-navigate', own);
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();
  });
});

describe('denyPermissions', () => {
  it('refuses every permission, every device and every screen capture', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const record = (name: string) => (handler: (...args: never[]) => unknown) => void (handlers[name] = handler);
    const session = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
      setDisplayMediaRequestHandler: record('displayMedia'),
    };
    denyPermissions(session as never);
    const answers: unknown[] = [];
    const request = handlers['request'] as unknown as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    request({}, 'media', (granted) => answers.push(granted));
    const displayMedia = handlers['displayMedia'] as unknown as (request: unknown, callback: (streams: unknown) => void) => void;
    displayMedia({}, (streams) => answers.push(streams));
    const check = handlers['check'] as unknown as () => boolean;
    const device = handlers['device'] as unknown as (details: unknown) => boolean;
    expect([...answers, check(), device({ deviceType: 'usb' })]).toEqual([false, null, false, false]);
  });
});
