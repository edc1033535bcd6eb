import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES } from '../../../core/formats/catalogue';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';
import { tempFolder, workspaceWithArticle } from './workspace-helpers';

/** A workspace of many small articles, so an export is well under way when it meets the damaged one. */
async function workspaceOfArticles(count: number) {
  const folder = await tempFolder();
  const created = await Workspace.create(join(folder, 'ws'), 'Many');
  if (!created.ok) throw new Error(created.error.message);
  const files = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = join(folder, `article-${i}.txt`);
      await writeFile(path, `Council story number ${i}\n\nThe council met for the ${i}th time and voted on item ${i}.\n`);
      return path;
    }),
  );
  const outcomes = await importFiles(created.value, files);
  return { folder, workspace: created.value, ids: outcomes.map((outcome) => outcome.documentId ?? '') };
}

/** Everything in a folder, links included, by name and kind. */
const listing = async (folder: string) =>
  Promise.all((await readdir(folder)).sort().map(async (name) => `${name}:${(await lstat(join(folder, name))).isSymbolicLink() ? 'link' : 'entry'}`));

describe('where an export may write', () => {
  it.each(['workspace.json', 'documents/x.csv', '.'])('refuses an output inside the workspace folder (%s), leaving the workspace as it was', async (inside) => {
    const { workspace } = await workspaceWithArticle();
    const manifest = await readFile(join(workspace.dir, 'workspace.json'), 'utf8');
    const exported = await exportAnnotations(workspace, { format: 'csv', out: join(workspace.dir, inside) });
    expect(!exported.ok && exported.error).toMatch(/is inside the workspace folder/);
    expect(await readFile(join(workspace.dir, 'workspace.json'), 'utf8')).toBe(manifest);
    expect((await Workspace.open(workspace.dir)).ok).toBe(true);
  });

  it('refuses an output reached through a link to the workspace folder', async () => {
    const { workspace, folder } = await workspaceWithArticle();
    await symlink(workspace.dir, join(folder, 'shortcut'));
    const exported = await exportAnnotations(workspace, { format: 'csv', out: join(folder, 'shortcut', 'workspace.json') });
    expect(!exported.ok && exported.error).toMatch(/is inside the workspace folder/);
  });

  it('never follows a link planted at the temporary name or at the output itself', async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const victim = join(await tempFolder(), 'victim.txt');
    await writeFile(victim, 'precious');
    const out = join(folder, 'out.csv');
    await symlink(victim, `${out}.partial`);
    expect((await exportAnnotations(workspace, { format: 'csv', out })).ok).toBe(true);
    expect(await readFile(victim, 'utf8')).toBe('precious');

    const linked = join(folder, 'linked.csv');
    await symlink(victim, linked);
    const refused = await exportAnnotations(workspace, { format: 'csv', out: linked });
    expect(!refused.ok && refused.error).toMatch(/linked\.csv is a symbolic link/);
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });
});

describe('an export that fails half-way', () => {
  it.each(EXPORT_FORMAT_NAMES)(
    '%s: names the document whose text cannot be read, leaves no partial output and the process carries on',
    { timeout: 60_000 },
    async (format) => {
      const { folder, workspace, ids } = await workspaceOfArticles(30);
      await writeFile(join(workspace.dir, 'documents', `${ids[20]}.json`), '{damaged');
      const before = await listing(folder);
      const exported = await exportAnnotations(workspace, { format, out: join(folder, `out.${format}`) });
      expect(!exported.ok && exported.error).toMatch(new RegExp(`documents/${ids[20]}\\.json is not valid JSON`));
      expect(await listing(folder)).toEqual(before);
    },
  );
});

describe('an export that meets a damaged annotations file', () => {
  it.each(['gloss', 'csv'] as const)('%s: exports what can be read of it and names it in the summary', { timeout: 60_000 }, async (format) => {
    const { folder, workspace, ids } = await workspaceOfArticles(30);
    await writeFile(join(workspace.dir, 'annotations', `${ids[20]}.json`), '{damaged');
    const exported = await exportAnnotations(workspace, { format, out: join(folder, `out.${format}`) });
    expect(exported.ok && exported.value.documents).toBe(30);
    expect(exported.ok && exported.value.problems).toEqual([{ file: `annotations/${ids[20]}.json`, message: expect.stringMatching(new RegExp(`annotations/${ids[20]}\\.json is not valid JSON`)) }]);
  });
});
