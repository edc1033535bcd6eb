import type { MenuItemConstructorOptions } from 'electron';
import type { WorkspaceActions } from '../services/session/actions';

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
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: () => void actions.newWorkspace() },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => void actions.openWorkspace() },
        { label: 'Open Recent', submenu: recent },
        { label: 'Close Workspace', accelerator: 'CmdOrCtrl+Shift+W', enabled: state.hasWorkspace, click: () => void actions.closeWorkspace() },
        { type: 'separator' },
        { label: 'Import Documents…', accelerator: 'CmdOrCtrl+I', enabled: state.hasWorkspace, click: () => void actions.importDocuments() },
        { label: 'Import Annotations…', enabled: state.hasWorkspace, click: () => void actions.importAnnotations() },
        { label: 'Export Annotations…', accelerator: 'CmdOrCtrl+Shift+E', enabled: state.hasWorkspace, click: () => void actions.exportAnnotations() },
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
