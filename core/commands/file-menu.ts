/**
 * The File menu's commands, once: their labels and shortcuts (in Electron's
 * accelerator syntax). The native menu is built from them, and the page
 * handles the same shortcuts itself, so they work where the menu is not
 * there (the browser harness) or does not see the key.
 */
export const FILE_MENU = {
  newWorkspace: { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', does: 'Create a workspace' },
  openWorkspace: { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', does: 'Open a workspace' },
  closeWorkspace: { label: 'Close Workspace', accelerator: 'CmdOrCtrl+Shift+W', does: 'Close the workspace' },
  importDocuments: { label: 'Import Documents…', accelerator: 'CmdOrCtrl+I', does: 'Import documents' },
  importAnnotations: { label: 'Import Annotations…', accelerator: null, does: 'Import annotations' },
  exportAnnotations: { label: 'Export Annotations…', accelerator: 'CmdOrCtrl+Shift+E', does: 'Export annotations' },
  syncWorkspace: { label: 'Share and Sync…', accelerator: null, does: 'Share the workspace through git, or sync it' },
} as const satisfies Record<string, { label: string; accelerator: string | null; does: string }>;

export type FileCommand = keyof typeof FILE_MENU;

/** The parts of a key press an accelerator looks at (a DOM KeyboardEvent has them). */
export interface AcceleratorPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is the accelerator: its key, and exactly its modifiers (CmdOrCtrl is either). */
export function matchesAccelerator(accelerator: string, press: AcceleratorPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase();
  const wants = new Set(parts);
  return (
    press.key.toLowerCase() === key &&
    (press.ctrlKey || press.metaKey) === wants.has('CmdOrCtrl') &&
    press.shiftKey === wants.has('Shift') &&
    press.altKey === wants.has('Alt')
  );
}

/** An accelerator as the shortcut sheet writes keys: "Shift+Ctrl/Cmd+E". */
export function acceleratorKeys(accelerator: string): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const shown = parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl/Cmd' : part));
  // The sheet's habit: Shift first, then Ctrl/Cmd.
  shown.sort((a, b) => Number(b === 'Shift') - Number(a === 'Shift'));
  return [...shown, key].join('+');
}
