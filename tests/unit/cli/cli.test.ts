import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/index';
import { tempFolder } from '../services/workspace-helpers';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A new workspace folder and an article file beside it. */
async function workspaceAndArticle() {
  const folder = await tempFolder();
  const ws = join(folder, 'ws');
  const article = join(folder, 'article.txt');
  await writeFile(article, 'Ferry strike ends\n\nUnions accepted the offer on Tuesday.');
  return { folder, ws, article };
}

describe('gloss CLI', () => {
  it.each([
    ['damaged', '{"format": "gloss.schema", "version": 1, "types": "oops"}', /schema\.json does not match its schema/],
    ['from a newer Gloss', '{"format": "gloss.schema", "version": 99, "types": []}', /schema\.json/],
  ])('stats and export report a %s schema.json instead of using the default types in silence', async (_case, schema, message) => {
    const { folder, ws, article } = await workspaceAndArticle();
    await run('init', ws);
    await run('import', ws, article);
    await writeFile(join(ws, 'schema.json'), schema);
    const stats = await run('stats', ws);
    expect(stats.code).not.toBe(0);
    expect(stats.err).toMatch(message);
    const exported = await run('export', ws, '--format', 'csv', '--out', join(folder, 'out.csv'));
    expect(exported.code).not.toBe(0);
    expect(exported.err).toMatch(message);
    expect(await readdir(folder)).not.toContain('out.csv');
  });

  it('export refuses an annotation that lies beyond the end of its text, naming it', async () => {
    const { folder, ws, article } = await workspaceAndArticle();
    await run('init', ws);
    await run('import', ws, article);
    const [entry] = JSON.parse(await readFile(join(ws, 'workspace.json'), 'utf8')).documents;
    const fragment = { start: 10_000, end: 10_010, exact: 'far beyond', prefix: '', suffix: '' };
    const annotations = [{ id: 'far-away', type: 'quote', set: 'default', fragments: [fragment], fields: {}, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' }];
    await mkdir(join(ws, 'annotations', entry.id), { recursive: true });
    const stored = { format: 'gloss.set-annotations', version: 1, documentId: entry.id, set: 'default', textSha256: entry.textSha256, annotations, unplaced: [] };
    await writeFile(join(ws, 'annotations', entry.id, 'default.json'), JSON.stringify(stored));
    const exported = await run('export', ws, '--format', 'brat', '--out', join(folder, 'out'));
    expect(exported.code).not.toBe(0);
    expect(exported.err).toMatch(/annotation "far-away" lies beyond the end of the document's text/);
    expect(await readdir(folder)).not.toContain('out');
  });

  it('writes a file name holding a newline or an escape code on one line, escaped', async () => {
    const { folder, ws } = await workspaceAndArticle();
    await run('init', ws);
    const odd = join(folder, 'forged\nOK: imported\u001b[2J.txt');
    await writeFile(odd, '');
    const imported = await run('import', ws, odd);
    const lines = imported.err.split('\n');
    expect(lines).toEqual([expect.stringMatching(/forged\\nOK: imported\\u001b\[2J\.txt: the file is empty$/)]);
  });

  it('creates a workspace, imports articles and validates it', async () => {
    const { ws, article } = await workspaceAndArticle();
    expect(await run('init', ws, '--name', 'Desk')).toMatchObject({ code: 0, out: expect.stringMatching(/Created workspace "Desk"/) });
    const imported = await run('import', ws, article, '--verbose');
    expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/article\.txt: imported[\s\S]*Imported 1 of 1/) });
    expect(await run('validate', ws)).toMatchObject({ code: 0, out: 'OK: 1 documents, every file valid.' });
  });

  it('imports the readable files, reports the others and exits 1', async () => {
    const { folder, ws, article } = await workspaceAndArticle();
    await run('init', ws);
    const result = await run('import', ws, join(folder, 'gone.txt'), article);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/gone\.txt: cannot be read \(no such file\)/);
    expect(result.out).toMatch(/Imported 1 of 2 files/);
  });

  it('validate names the damaged file and the problem, and leaves it alone', async () => {
    const { ws, article } = await workspaceAndArticle();
    await run('init', ws);
    await run('import', ws, article);
    const manifest = JSON.parse(await readFile(join(ws, 'workspace.json'), 'utf8'));
    const annotations = join(ws, 'annotations', `${manifest.documents[0].id}.json`);
    await writeFile(annotations, '[1, 2');
    const result = await run('validate', ws);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/annotations\/.*\.json is not valid JSON/);
    expect(await readFile(annotations, 'utf8')).toBe('[1, 2');
  });

  it('counts documents and annotations per type', async () => {
    const { ws, article } = await workspaceAndArticle();
    await run('init', ws);
    await run('import', ws, article);
    const { Workspace } = await import('../../../main/services/workspace/workspace');
    const opened = await Workspace.open(ws);
    if (!opened.ok) throw new Error(opened.error.message);
    const [entry] = opened.value.entries;
    const loaded = await opened.value.loadDocument(entry!.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { annotationOn } = await import('../services/workspace-helpers');
    const text = loaded.value.document.text;
    await opened.value.saveAnnotations(entry!.id, [annotationOn(text, 'Unions accepted'), annotationOn(text, 'the offer', 'claim')]);
    const result = await run('stats', ws);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Documents: 1 \(to do 1, in progress 0, done 0\)/);
    expect(result.out).toMatch(/Annotations: 2/);
    expect(result.out).toMatch(/Quote\s+1/);
    expect(result.out).toMatch(/Claim\s+1/);
    expect(result.out).toMatch(/Event\s+0/);
  });

  it('says a folder is not a workspace and how to make one, for readers and writers alike, and leaves it alone', async () => {
    const { folder, article } = await workspaceAndArticle();
    for (const argv of [['validate', folder], ['import', folder, article]]) {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`gloss ${argv[0]}: ${folder} is not a Gloss workspace (it has no workspace.json); create one with: gloss init ${folder}`);
    }
    expect(await readdir(folder)).toEqual(['article.txt']);
  });

  it('lists the commands for an unknown one, and suggests the one meant', async () => {
    const unknown = await run('frobnicate', '/tmp');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'[\s\S]*Commands:\n {2}init +create an empty workspace[\s\S]* {2}import-annotations/);
    const mistyped = await run('improt', '/tmp');
    expect(mistyped).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command 'improt'\n\(Did you mean import\?\)/) });
    const option = await run('export', '/tmp', '--fromat', 'csv');
    expect(option).toMatchObject({ code: 2, err: expect.stringMatching(/unknown option '--fromat'\n\(Did you mean --format\?\)/) });
  });

  it('checks values with the contract\'s schemas before opening anything', async () => {
    const { ws } = await workspaceAndArticle();
    await run('init', ws);
    const badId = await run('export', ws, '--format', 'csv', '--out', 'x.csv', '--docs', 'a/b');
    expect(badId).toMatchObject({ code: 2, err: expect.stringMatching(/option '--docs <ids>'/) });
    const missing = await run('export', ws, '--out', 'x.csv');
    expect(missing).toMatchObject({ code: 2, err: "error: option '--format <name>' is required" });
    const wait = await run('import', ws, 'x.txt', '--wait', 'soon');
    expect(wait).toMatchObject({ code: 2, err: expect.stringMatching(/option '--wait'/) });
  });
});
