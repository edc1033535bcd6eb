import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';
import { tempFolder } from './workspace-helpers';

async function emptyWorkspace() {
  const folder = await tempFolder();
  const created = await Workspace.create(join(folder, 'ws'), 'Test');
  if (!created.ok) throw new Error(created.error.message);
  return { workspace: created.value, folder };
}

describe('importFiles', () => {
  it('imports a text article with its headline, byline and provenance', async () => {
    const { workspace, folder } = await emptyWorkspace();
    const file = join(folder, 'story.txt');
    await writeFile(file, 'Dam talks stall\r\n\r\nBy A. Writer\r\n\r\nThe\u00a0talks ended without a deal.\r\n');
    const [outcome] = await importFiles(workspace, [file]);
    expect(outcome).toMatchObject({ file: 'story.txt', message: 'imported' });
    const loaded = await workspace.loadDocument(outcome!.documentId!);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { document } = loaded.value;
    expect(document.metadata).toEqual({ title: 'Dam talks stall', byline: 'A. Writer' });
    // The byline line goes into the metadata; it is kept among the removed lines, in its place.
    expect(document.text).toBe('Dam talks stall\n\nThe talks ended without a deal.');
    expect(document.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
    expect(document.removed).toEqual([{ text: 'By A. Writer', reason: 'byline', at: 1 }]);
    expect(document.provenance).toMatchObject({ fileName: 'story.txt', importer: 'plain-text' });
    expect(document.provenance.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips unreadable, empty, binary, unsupported and duplicate files and imports the rest', async () => {
    const { workspace, folder } = await emptyWorkspace();
    const good = join(folder, 'good.txt');
    const again = join(folder, 'again.txt');
    const empty = join(folder, 'empty.txt');
    const binary = join(folder, 'binary.txt');
    const locked = join(folder, 'locked.txt');
    await writeFile(good, 'Bridge opens\n\nTraffic flowed at dawn.');
    await writeFile(again, 'Bridge opens\r\n\r\nTraffic flowed at dawn.\r\n');
    await writeFile(empty, '  \n\n ');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    await writeFile(locked, 'Secret');
    await chmod(locked, 0o000);
    const outcomes = await importFiles(workspace, [
      join(folder, 'missing.txt'),
      good,
      again,
      empty,
      binary,
      join(folder, 'sheet.xlsx'),
      ...(process.getuid?.() === 0 ? [] : [locked]),
    ]);
    const messages = Object.fromEntries(outcomes.map((outcome) => [outcome.file, outcome.message]));
    expect(messages['missing.txt']).toMatch(/skipped: cannot be read \(no such file\)/);
    expect(messages['good.txt']).toBe('imported');
    expect(messages['again.txt']).toMatch(/already in the workspace as “Bridge opens”/);
    expect(messages['empty.txt']).toMatch(/no text/);
    expect(messages['binary.txt']).toMatch(/not UTF-8/);
    expect(messages['sheet.xlsx']).toMatch(/unsupported kind of file/);
    if (process.getuid?.() !== 0) expect(messages['locked.txt']).toMatch(/permission denied/);
    expect(workspace.entries.map((entry) => entry.title)).toEqual(['Bridge opens']);
  });
});
