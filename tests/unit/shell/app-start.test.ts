import { describe, expect, it, vi } from 'vitest';

const { calls } = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => (calls.push('lock'), true),
    enableSandbox: () => void calls.push('enableSandbox'),
    // The app never gets ready here: what must happen before it is all this test looks at.
    whenReady: () => (calls.push('whenReady'), new Promise(() => undefined)),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  dialog: {},
  ipcMain: {},
  Menu: {},
  net: {},
  powerMonitor: {},
  session: {},
}));
vi.mock('electron-store', () => ({ default: vi.fn() }));

const { startApp } = await import('../../../main/shell/app');

describe('startApp', () => {
  it('sandboxes every renderer before the app is ready', async () => {
    void startApp();
    await vi.waitFor(() => expect(calls).toContain('whenReady'), { timeout: 5_000 });
    expect(calls).toEqual(['lock', 'enableSandbox', 'whenReady']);
  });
});
