import { describe, expect, it, vi } from 'vitest';
import { resolveInside } from '../../../main/services/files/resolve-inside';
import { isAppUrl, resolveAppFile } from '../../../main/shell/protocol';
import { menuTemplate } from '../../../main/shell/menu';

describe('resolveAppFile', () => {
  it.each([
    ['gloss://app/index.html', '/r/index.html'],
    ['gloss://app/', '/r/index.html'],
    ['gloss://app/assets/a.js', '/r/assets/a.js'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppFile('/r', url)).toBe(file);
  });

  it.each(['gloss://app/%E0%A4%A', 'gloss://other/index.html', 'file:///etc/passwd', 'not a url'])('refuses %s', (url) => {
    expect(resolveAppFile('/r', url)).toBeNull();
  });

  it.each(['gloss://app/../secret.txt', 'gloss://app/%2e%2e/%2e%2e/etc/passwd', 'gloss://app/a/..%2f..%2f..%2fetc/passwd'])(
    'never leaves the renderer folder for %s',
    (url) => {
      const file = resolveAppFile('/r', url);
      expect(file === null || file.startsWith('/r/')).toBe(true);
    },
  );
});

describe('resolveInside', () => {
  it.each(['/../secret', '/a/../../secret', '/..', '/../r-sibling/x'])('refuses %s', (path) => {
    expect(resolveInside('/r', path)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin and the dev server only', () => {
    expect(isAppUrl('gloss://app/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/x', undefined)).toBe(false);
    expect(isAppUrl('https://example.com', undefined)).toBe(false);
  });
});

describe('menuTemplate', () => {
  const state = { recentWorkspaces: ['/work/desk-a', '/work/desk-b'], hasWorkspace: true };
  const fakeActions = () => ({
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    closeWorkspace: vi.fn(),
    importDocuments: vi.fn(),
    importAnnotations: vi.fn(),
    exportAnnotations: vi.fn(),
    syncWorkspace: vi.fn(),
  });
  const fileMenu = (platform: NodeJS.Platform, actions = fakeActions(), menuState = state) =>
    menuTemplate(platform, menuState, actions).find((item) => item.label === '&File')?.submenu as {
      label?: string;
      enabled?: boolean;
      submenu?: { label?: string; click?: () => void }[];
      click?: () => void;
    }[];

  it('puts Quit under File on Windows and Linux, and in the app menu on macOS', () => {
    const linux = menuTemplate('linux', state, fakeActions());
    const mac = menuTemplate('darwin', state, fakeActions());
    const roles = (items: unknown): string[] => JSON.stringify(items).match(/"role":"\w+"/g) ?? [];
    expect(roles(linux[0])).toContain('"role":"quit"');
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
    expect(roles(mac.find((item) => item.label === '&File'))).not.toContain('"role":"quit"');
  });

  it('imports documents from the File menu', () => {
    const actions = fakeActions();
    fileMenu('linux', actions).find((item) => item.label === 'Import Documents…')?.click?.();
    expect(actions.importDocuments).toHaveBeenCalledOnce();
  });

  it('asks the page for its export and annotation import dialogs from the File menu', () => {
    const actions = fakeActions();
    const items = fileMenu('linux', actions);
    items.find((item) => item.label === 'Export Annotations…')?.click?.();
    items.find((item) => item.label === 'Import Annotations…')?.click?.();
    expect(actions.exportAnnotations).toHaveBeenCalledOnce();
    expect(actions.importAnnotations).toHaveBeenCalledOnce();
  });

  it('asks the page for its Share and Sync dialog from the File menu, only with a workspace open', () => {
    const actions = fakeActions();
    fileMenu('linux', actions).find((item) => item.label === 'Share and Sync…')?.click?.();
    expect(actions.syncWorkspace).toHaveBeenCalledOnce();
    expect(fileMenu('linux', fakeActions(), { recentWorkspaces: [], hasWorkspace: false }).find((item) => item.label === 'Share and Sync…')?.enabled).toBe(false);
  });

  it('lists recent workspaces under Open Recent and opens the one chosen', () => {
    const actions = fakeActions();
    const recent = fileMenu('linux', actions).find((item) => item.label === 'Open Recent')?.submenu ?? [];
    expect(recent.map((item) => item.label)).toEqual(['/work/desk-a', '/work/desk-b', undefined, 'Clear Recent']);
    recent[1]?.click?.();
    expect(actions.openRecent).toHaveBeenCalledWith('/work/desk-b');
  });

  it('disables Close and Import when no workspace is open', () => {
    const items = fileMenu('linux', fakeActions(), { recentWorkspaces: [], hasWorkspace: false });
    expect(items.find((item) => item.label === 'Close Workspace')?.enabled).toBe(false);
    expect(items.find((item) => item.label === 'Import Documents…')?.enabled).toBe(false);
    expect(items.find((item) => item.label === 'Open Recent')?.submenu?.[0]?.label).toBe('No Recent Workspaces');
  });
});
