import { mkdir, readdir, readFile, rename, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, tempFolder, workspaceWithArticle, writeSetFile } from './workspace-helpers';

/** Each case: a workspace shared by someone hostile or careless. Nothing outside it may be read or written. */
describe('a hostile workspace', () => {
  it('refuses a document file that is a symbolic link out of the workspace', async () => {
    const { workspace, documentId } = await workspaceWithArticle();
    const outside = join(await tempFolder(), 'secret.json');
    await writeFile(outside, '{"secret": true}');
    const path = join(workspace.dir, 'documents', `${documentId}.json`);
    await rename(path, `${path}.bak`);
    await symlink(outside, path);
    const loaded = await workspace.loadDocument(documentId);
    expect(!loaded.ok && loaded.error.message).toMatch(new RegExp(`documents/${documentId}\\.json is a symbolic link`));
  });

  it('exports nothing through an annotations file that is a symbolic link out of the workspace, and names it', async () => {
    const { workspace, documentId, folder, text } = await workspaceWithArticle();
    const outside = join(await tempFolder(), 'colleague.json');
    const path = await writeSetFile(workspace, documentId, [{ ...annotationOn(text, 'harbour master'), set: 'from-outside' }], 'from-outside');
    await rename(path, outside);
    await symlink(outside, path);
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const exported = await exportAnnotations(reopened.value, { format: 'jsonl', out: join(folder, 'out.jsonl') });
    expect(exported.ok && exported.value.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(new RegExp(`annotations/${documentId}/from-outside\\.json is a symbolic link`))]);
    expect(await readFile(join(folder, 'out.jsonl'), 'utf8')).not.toContain('from-outside');
  });

  it('neither reads nor writes through an annotations folder that leads elsewhere', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const outside = await tempFolder();
    const annotations = join(workspace.dir, 'annotations');
    await rename(annotations, join(outside, 'moved'));
    await symlink(join(outside, 'moved'), annotations);
    const before = await readdir(join(outside, 'moved'));

    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(/leads outside the workspace folder/);
    expect(loaded.ok && loaded.value.readOnly).toBe(true);
    const saved = await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')]);
    expect(saved.ok).toBe(false);
    expect(await readdir(join(outside, 'moved'))).toEqual(before);
  });

  it('refuses a huge file without reading it', async () => {
    const { workspace, documentId } = await workspaceWithArticle();
    const path = await writeSetFile(workspace, documentId, []);
    await truncate(path, 300 * 1024 * 1024); // sparse: takes no disk space
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(/is 300 MB, more than Gloss reads \(256 MB\)/);
  });

  it('survives deeply nested JSON and keeps it aside', async () => {
    const { workspace, documentId } = await workspaceWithArticle();
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const nested = '['.repeat(200_000) + ']'.repeat(200_000);
    await writeFile(path, nested);
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(/annotations\/.*\.json (is not valid JSON|is not a JSON object)/);
    expect(loaded.ok && loaded.value.annotations).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(nested);
  });

  it('puts annotations with out-of-range numbers or million-character strings in the review list', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const good = annotationOn(text, 'harbour master');
    const huge = { ...annotationOn(text, 'Friday', 'event'), note: 'x'.repeat(1_000_000) };
    const far = { ...annotationOn(text, 'open again'), fragments: [{ start: 1e300, end: 1e301, exact: 'open again', prefix: '', suffix: '' }] };
    await writeSetFile(workspace, documentId, [good, huge, far]);
    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations).toEqual([good]);
    expect(loaded.value.unplaced.map((item) => item.reason)).toEqual([
      expect.stringMatching(/item 2 could not be read/),
      expect.stringMatching(/item 3 could not be read/),
    ]);
  });

  it('refuses a document whose title is a million characters, naming the field', async () => {
    const { workspace, documentId } = await workspaceWithArticle();
    const path = join(workspace.dir, 'documents', `${documentId}.json`);
    const document = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...document, metadata: { title: 'T'.repeat(1_000_000) } }));
    const loaded = await workspace.loadDocument(documentId);
    expect(!loaded.ok && loaded.error.message).toMatch(/does not match its schema: metadata\.title/);
  });

  it('refuses a manifest whose document ids try to climb out of the folder', async () => {
    const folder = await tempFolder();
    await mkdir(folder, { recursive: true });
    const manifest = {
      format: 'gloss.workspace',
      version: 2,
      id: 'w1',
      name: 'Evil',
      created: '2026-01-01T00:00:00.000Z',
      documents: [{ id: '../../etc/passwd', title: 'x', addedAt: '2026-01-01T00:00:00.000Z', textSha256: 'a'.repeat(64), status: 'todo' }],
    };
    await writeFile(join(folder, 'workspace.json'), JSON.stringify(manifest));
    const opened = await Workspace.open(folder);
    expect(!opened.ok && opened.error.message).toMatch(/documents\.0\.id: must be 1-64 lowercase letters, digits or dashes/);
  });
});
