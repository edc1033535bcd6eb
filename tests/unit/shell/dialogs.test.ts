import { describe, expect, it, vi } from 'vitest';

const { shown } = vi.hoisted(() => ({ shown: [] as { kind: string; options: Record<string, unknown> }[] }));
vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: async (options: Record<string, unknown>) => (shown.push({ kind: 'open', options }), { canceled: false, filePaths: ['/picked/a.ann'] }),
    showSaveDialog: async (options: Record<string, unknown>) => (shown.push({ kind: 'save', options }), { canceled: true, filePath: '' }),
  },
}));

const { nativeDialogs, openProperties } = await import('../../../main/shell/dialogs');

const choice = { title: 'Import annotations from brat standoff', filterName: 'brat', extensions: ['.ann', '.txt'], folders: true };

describe('native dialogs', () => {
  it('lets folders be picked where a format reads folders: files and folders on macOS, folders elsewhere', () => {
    expect(openProperties(choice, 'darwin')).toEqual(['openFile', 'openDirectory', 'multiSelections']);
    expect(openProperties(choice, 'linux')).toEqual(['openDirectory', 'multiSelections']);
    expect(openProperties({ ...choice, folders: false }, 'win32')).toEqual(['openFile', 'multiSelections']);
  });

  it('filters by the format’s extensions, without their dots', async () => {
    const picked = await nativeDialogs(() => null, 'linux').chooseFiles(choice);
    expect(picked).toEqual(['/picked/a.ann']);
    expect(shown.at(-1)?.options).toMatchObject({ title: choice.title, filters: [{ name: 'brat', extensions: ['ann', 'txt'] }] });
  });

  it('asks before overwriting an export, and answers null when the analyst cancels', async () => {
    const target = await nativeDialogs(() => null, 'linux').chooseSaveTarget({ title: 'Export', defaultName: 'Desk - CSV.csv', extension: 'csv' });
    expect(target).toBeNull();
    expect(shown.at(-1)).toMatchObject({ kind: 'save', options: { defaultPath: 'Desk - CSV.csv', filters: [{ extensions: ['csv'] }] } });
    expect(shown.at(-1)?.options['properties']).toContain('showOverwriteConfirmation');
  });
});
