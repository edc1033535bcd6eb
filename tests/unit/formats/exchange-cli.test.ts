import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/index';
import { tempFolder } from '../services/workspace-helpers';

const CORPUS = join(__dirname, '../../fixtures/formats/brat/attribution');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file of a folder with its bytes, to show that a failed import changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files[name] = await readFile(path, 'utf8');
  }
  return files;
}

/** A workspace holding the corpus article (imported as an analyst would, so its text is re-laid out) and both annotators' sets. */
async function annotatedWorkspace() {
  const folder = await tempFolder();
  const ws = join(folder, 'ws');
  await run('init', ws);
  expect((await run('import', ws, join(CORPUS, 'alice/harbour-vote.txt'))).code).toBe(0);
  const imported = await run('import-annotations', ws, '--format', 'brat', CORPUS, '--set', 'attribution');
  expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 18 annotations into 1 documents \(0 new\) as set "attribution"/) });
  return { folder, ws };
}

describe('gloss export and import-annotations', () => {
  it('imports a brat corpus onto an imported article, then exports it in every format', async () => {
    const { folder, ws } = await annotatedWorkspace();
    expect(await run('validate', ws)).toMatchObject({ code: 0 });
    for (const format of ['gloss', 'w3c', 'brat', 'qdpx', 'jsonl', 'csv']) {
      const out = join(folder, `out.${format}`);
      const exported = await run('export', ws, '--format', format, '--out', out);
      expect(exported).toMatchObject({ code: 0, out: expect.stringMatching(/Exported 18 annotations from 1 documents/) });
      expect((await stat(out)).size).toBeGreaterThan(0);
    }
    const filtered = await run('export', ws, '--format', 'jsonl', '--out', join(folder, 'bob.jsonl'), '--set', 'attribution/bob', '--types', 'attribution');
    expect(filtered.out).toMatch(/Exported 2 annotations/);
  });

  it('round-trips through each importable format into a new set', async () => {
    const { folder, ws } = await annotatedWorkspace();
    for (const format of ['gloss', 'w3c', 'brat', 'qdpx', 'webanno', 'labelstudio', 'doccano']) {
      const out = join(folder, `again.${format}`);
      expect((await run('export', ws, '--format', format, '--out', out, '--set', 'attribution/alice')).code).toBe(0);
      const again = await run('import-annotations', ws, '--format', format, out, '--set', `again-${format}`);
      expect(again).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 12 annotations into 1 documents \(0 new\)/) });
    }
    expect(await run('validate', ws)).toMatchObject({ code: 0 });
  });

  it('brings the documents of a gloss file into an empty workspace', async () => {
    const { folder, ws } = await annotatedWorkspace();
    const out = join(folder, 'all.gloss.json');
    await run('export', ws, '--format', 'gloss', '--out', out);
    const other = join(folder, 'other');
    await run('init', other);
    expect(await run('import-annotations', other, '--format', 'gloss', out)).toMatchObject({ code: 0, out: expect.stringMatching(/1 documents \(1 new\) as set "imported"/) });
    expect(await run('stats', other)).toMatchObject({ out: expect.stringMatching(/Annotations: 18/) });
  });

  it('leaves the workspace untouched when an import fails, and says why', async () => {
    const { folder, ws } = await annotatedWorkspace();
    const bad = join(folder, 'bad.jsonld');
    await writeFile(bad, JSON.stringify([{ id: 'urn:x:1', type: 'Annotation', body: { purpose: 'tagging', value: 'claim' }, target: { source: 'urn:gloss:document:nowhere', selector: { type: 'TextQuoteSelector', exact: 'x' } } }]));
    const before = await snapshot(ws);
    const failed = await run('import-annotations', ws, '--format', 'w3c', bad, '--set', 'broken');
    expect(failed).toMatchObject({ code: 2, err: expect.stringMatching(/bad\.jsonld: annotation urn:x:1: its target urn:gloss:document:nowhere is not a document of this workspace[\s\S]*the workspace is unchanged/) });
    expect(await snapshot(ws)).toEqual(before);
    const again = await run('import-annotations', ws, '--format', 'brat', CORPUS, '--set', 'attribution');
    expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/the set "attribution" is already in this workspace/) });
    expect(await snapshot(ws)).toEqual(before);
  });

  it('refuses to import into a workspace with a damaged annotations file, naming it, and writes nothing (not even damaged/)', async () => {
    const { folder, ws } = await annotatedWorkspace();
    const out = join(folder, 'again.gloss.json');
    expect((await run('export', ws, '--format', 'gloss', '--out', out)).code).toBe(0);
    const [documentFolder] = await readdir(join(ws, 'annotations'));
    const [set] = await readdir(join(ws, 'annotations', documentFolder ?? ''));
    const file = `${documentFolder}/${set}`;
    await writeFile(join(ws, 'annotations', file), '{ "format": "gloss.set-annotations", "version": 1, "annotations": [{ "id": 7 }] }');
    const before = await snapshot(ws);
    const failed = await run('import-annotations', ws, '--format', 'gloss', out, '--set', 'again');
    expect(failed).toMatchObject({ code: 2, err: expect.stringMatching(new RegExp(`annotations/${file} does not match its schema`)) });
    expect(await snapshot(ws)).toEqual(before);
  });

  it('brings in the sibling .txt of a brat file whose document is not in the workspace', async () => {
    const folder = await tempFolder();
    const ws = join(folder, 'ws');
    await run('init', ws);
    const imported = await run('import-annotations', ws, '--format', 'brat', join(CORPUS, 'alice/harbour-vote.ann'));
    expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 12 annotations into 1 documents \(1 new\)[\s\S]*Added to the schema: .*attribution/) });
    expect(await run('validate', ws)).toMatchObject({ code: 0 });
  });

  it('refuses an unknown format, naming the formats there are, and an export into a folder that is not empty', async () => {
    const { folder, ws } = await annotatedWorkspace();
    expect(await run('export', ws, '--format', 'docx', '--out', join(folder, 'x'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--format <name>': .*expected one of "gloss"\|"w3c"\|"brat"\|"qdpx"\|"jsonl"\|"csv"/),
    });
    const full = join(folder, 'full');
    await mkdir(full);
    await writeFile(join(full, 'kept.txt'), 'kept');
    expect(await run('export', ws, '--format', 'brat', '--out', full)).toMatchObject({ code: 2, err: expect.stringMatching(/is not empty/) });
    expect(await readdir(full)).toEqual(['kept.txt']);
    expect(await run('export', ws, '--format', 'brat', '--out', ws)).toMatchObject({ code: 2, err: expect.stringMatching(/is inside the workspace folder/) });
    expect(await run('import-annotations', ws, '--format', 'csv', join(folder, 'x'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--format <name>': .*expected one of "gloss"\|"w3c"\|"brat"\|"qdpx"\|"webanno"\|"labelstudio"\|"doccano"$/m),
    });
  });
});
