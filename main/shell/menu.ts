import type { MenuItemConstructorOptions } from 'electron';
import { FILE_MENU, type FileCommand } from '../../core/commands/file-menu';
import type { WorkspaceActions } from '../services/session/actions';

/** A File menu item, labelled and with the shortcut the page also handles (core/commands/file-menu.ts). */
function command(id: FileCommand, run: () => Promise<void>, enabled = true): MenuItemConstructorOptions {
  const { label, accelerator } = FILE_MENU[id];
  return { label, ...(accelerator ? { accelerator } : {}), enabled, click: () => void run() };
}

/**
 * The application menu, following each platform's conventions: an app menu
 * on macOS, Quit under File elsewhere; Open Recent lists the remembered
 * workspaces.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  state: { recentWorkspaces: readonly string[]; hasWorkspace: boolean },
  actions: WorkspaceActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  const recent: MenuItemConstructorOptions[] =
    state.recentWorkspaces.length === 0
      ? [{ label: 'No Recent Workspaces', enabled: false }]
      : [
          ...state.recentWorkspaces.map((dir) => ({ label: dir, click: () => void actions.openRecent(dir) })),
          { type: 'separator' },
          { label: 'Clear Recent', click: () => void actions.clearRecent() },
        ];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('newWorkspace', () => actions.newWorkspace()),
        command('openWorkspace', () => actions.openWorkspace()),
        { label: 'Open Recent', submenu: recent },
        command('closeWorkspace', () => actions.closeWorkspace(), state.hasWorkspace),
        { type: 'separator' },
        command('importDocuments', () => actions.importDocuments(), state.hasWorkspace),
        command('importAnnotations', () => actions.importAnnotations(), state.hasWorkspace),
        command('exportAnnotations', () => actions.exportAnnotations(), state.hasWorkspace),
        { type: 'separator' },
        command('syncWorkspace', () => actions.syncWorkspace(), state.hasWorkspace),
        ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit' }] as MenuItemConstructorOptions[])),
      ],
    },
    { label: '&Edit', submenu: [{ role: 'copy' }, { role: 'selectAll' }] },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}
