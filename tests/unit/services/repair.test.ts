import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTemporaryFileName } from '../../../main/services/files/verified-write';
import { importFiles } from '../../../main/services/import/import-files';
import { Workspace } from '../../../main/services/workspace/workspace';
import { gloss, reopen, tempFolder, workspaceWithArticle } from './workspace-helpers';

/** Article files with distinct texts, written to a folder. */
async function articles(folder: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = join(folder, `report-${i}.txt`);
      await writeFile(path, `Council report ${i}\n\nThe council met for session ${i} and agreed budget line ${i * 7} without a vote.\n`);
      return path;
    }),
  );
}

/** Every file of a folder, name → contents, to show that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('validate and gloss repair', () => {
  it('validate names orphan documents and temporary files; repair says what it will do, --dry-run changes nothing, then it mends them', { timeout: 120_000 }, async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const [second, third] = await articles(folder, 2);
    const manifest = join(workspace.dir, 'workspace.json');
    await copyFile(manifest, join(folder, 'manifest-before'));
    await importFiles(workspace, [second ?? '', third ?? '']);
    // An import killed before its manifest write: both documents on disk, neither listed; then the analyst imported one again.
    await copyFile(join(folder, 'manifest-before'), manifest);
    await importFiles(await reopen(workspace.dir), [second ?? '']);
    await writeFile(join(workspace.dir, 'workspace.json.0123456789ab.gloss-tmp'), '{"format":');
    await writeFile(join(workspace.dir, 'annotations', 'old.json.2718281828'), '{');
    await writeFile(join(workspace.dir, 'annotations', 'someone-elses.json'), '{}');

    const problems = (await (await reopen(workspace.dir)).validate()).map((p) => p.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        'workspace.json.0123456789ab.gloss-tmp is a temporary file left by a save that did not finish; gloss repair mends this',
        'annotations/old.json.2718281828 is a temporary file left by a save that did not finish; gloss repair mends this',
        expect.stringMatching(/^documents\/council-report-1-\w+\.json \(“Council report 1”\) is not listed in the workspace/),
        expect.stringMatching(/^documents\/council-report-0-\w+\.json is not listed in the workspace, and its text is already there as “Council report 0”/),
        'annotations/someone-elses.json belongs to no document in the workspace',
      ]),
    );
    expect(problems).toHaveLength(5);
    expect((await gloss('validate', workspace.dir)).code).not.toBe(0);

    const before = await snapshot(workspace.dir);
    const dry = await gloss('repair', workspace.dir, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.output).toMatch(/^workspace\.json\.0123456789ab\.gloss-tmp: would remove \(a temporary file/m);
    expect(dry.output).toMatch(/^documents\/council-report-1-\w+\.json: would add “Council report 1” to the workspace$/m);
    expect(dry.output).toMatch(/^annotations\/someone-elses\.json: left as it is/m);
    expect(dry.output).toMatch(/Would mend 4 file\(s\); 1 left as they are\.$/);
    expect(await snapshot(workspace.dir)).toEqual(before);

    const done = await gloss('repair', workspace.dir);
    expect(done).toMatchObject({ code: 0, output: expect.stringMatching(/Mended 4 file\(s\); 1 left as they are\.$/) });
    const repaired = await reopen(workspace.dir);
    expect(repaired.entries.map((entry) => entry.title).sort()).toEqual(['Council report 0', 'Council report 1', 'Port reopens after storm']);
    for (const entry of repaired.entries) expect((await repaired.loadDocument(entry.id)).ok).toBe(true);
    expect((await repaired.validate()).map((p) => p.message)).toEqual(['annotations/someone-elses.json belongs to no document in the workspace']);
    expect(await gloss('repair', workspace.dir)).toMatchObject({ code: 0, output: expect.stringMatching(/annotations\/someone-elses\.json: left as it is/) });
  });
});

const IMPORTER = resolve(import.meta.dirname, 'crash-importer.ts');
const KILLS = 6;
const ARTICLES = 30;

/** Runs the importer and SIGKILLs it `delayMs` after it has saved `after` articles. */
function importAndKill(dir: string, files: readonly string[], after: number, delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', IMPORTER, dir, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (after === 0) kill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const saved = Math.max(0, ...[...chunk.matchAll(/imported (\d+)/g)].map((match) => Number(match[1])));
      if (saved >= after) kill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    // Finishing before the kill is a valid run too: nothing to mend then.
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? done() : fail(new Error(`importer failed: ${errors}`))));
  });
}

describe('an import killed at any moment', () => {
  it(`leaves every article exactly once after repair and the import run again (${KILLS} SIGKILLs)`, { timeout: 240_000 }, async () => {
    let state = 20261202;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let kill = 1; kill <= KILLS; kill++) {
      const folder = await tempFolder();
      const created = await Workspace.create(join(folder, 'ws'), 'Crash');
      if (!created.ok) throw new Error(created.error.message);
      const files = await articles(folder, ARTICLES);
      await importAndKill(created.value.dir, files, Math.floor(next() * ARTICLES), Math.floor(next() * 15));

      const afterKill = await reopen(created.value.dir);
      expect(await afterKill.repair(await afterKill.leftovers()), `repair after kill ${kill}`).toEqual({ ok: true, value: undefined });
      await importFiles(await reopen(created.value.dir), files);

      const final = await reopen(created.value.dir);
      expect(final.entries.map((entry) => entry.title).sort(), `after kill ${kill}`).toEqual(files.map((_, i) => `Council report ${i}`).sort());
      expect(await final.validate(), `after kill ${kill}`).toEqual([]);
      const names = await readdir(created.value.dir, { recursive: true });
      expect(names.filter((name) => isTemporaryFileName(name)), `after kill ${kill}`).toEqual([]);
      expect(names.filter((name) => name.startsWith('documents/')), `after kill ${kill}`).toHaveLength(ARTICLES);
    }
  });
});
