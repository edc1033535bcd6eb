/**
 * A full disk, for real: a 1 MB tmpfs is mounted (as root, where the system
 * allows it), filled until a 200 KB JSON write no longer fits, and every way
 * Gloss writes must then fail clearly and leave the old files as they were.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { dispatch } from '../../../main/services/api/dispatch';
import { createHandlers } from '../../../main/services/api/handlers';
import { runCli } from '../../../main/cli/index';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importAnnotations } from '../../../main/services/exchange/import';
import { isTemporaryFileName } from '../../../main/services/files/verified-write';
import { importFiles, NOT_TRIED } from '../../../main/services/import/import-files';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, ARTICLE, setFilePath, tempFolder, workspaceWithArticle } from './workspace-helpers';

/** Mounts a 1 MB tmpfs; answers why not where it cannot be (not root, no permission to mount). */
function mountSmallDisk(): { dir: string } | { skipped: string } {
  if (process.platform !== 'linux') return { skipped: 'tmpfs needs Linux' };
  if (process.getuid?.() !== 0) return { skipped: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'gloss-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmdirSync(dir);
    return { skipped: `mount refused: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

const disk = mountSmallDisk();
const mounted = 'dir' in disk ? disk.dir : null;

afterAll(() => {
  if (!mounted) return;
  execFileSync('umount', [mounted]);
  rmdirSync(mounted);
});

afterEach(async () => {
  if (mounted) for (const entry of await readdir(mounted)) await rm(join(mounted, entry), { recursive: true, force: true });
});

/** Fills the small disk until only `leftBytes` are free. */
async function fillDisk(leftBytes: number): Promise<void> {
  if (!mounted) throw new Error('no small disk');
  const { bavail, bsize } = await statfs(mounted);
  await writeFile(join(mounted, 'filler'), Buffer.alloc(bavail * bsize - leftBytes));
}

/** Writes a text file into a folder; answers its path. */
async function writeText(folder: string, name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

/** Every temporary file left anywhere in a folder. */
async function leftovers(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((name) => isTemporaryFileName(name));
}

/** Enough annotations on the test article for about 250 KB of JSON. */
function manyAnnotations(text: string, count = 600): StoredAnnotation[] {
  const base = annotationOn(text, 'harbour master');
  return Array.from({ length: count }, (_, i) => ({ ...base, id: `many-${i}`, note: `Checked against the port authority's log, entry ${i}.` }));
}

/** A workspace on the small disk holding the test article and any further texts; answers the workspace and the documents' ids in that order. */
async function workspaceOnSmallDisk(...moreTexts: string[]) {
  if (!mounted) throw new Error('no small disk');
  const folder = await tempFolder();
  const articles = await Promise.all(
    [ARTICLE, ...moreTexts].map(async (text, i) => {
      const article = join(folder, `article-${i}.txt`);
      await writeFile(article, text);
      return article;
    }),
  );
  const created = await Workspace.create(join(mounted, 'ws'), 'Small disk');
  if (!created.ok) throw new Error(created.error.message);
  const outcomes = await importFiles(created.value, articles);
  const documentIds = outcomes.map((outcome) => {
    if (!outcome.documentId) throw new Error(`import failed: ${outcome.message}`);
    return outcome.documentId;
  });
  return { workspace: created.value, documentId: documentIds[0] ?? '', documentIds, folder };
}

/** Every file of the workspace, name → bytes, to compare before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), (await readFile(join(entry.parentPath, entry.name))).toString('base64'));
  }
  return files;
}

/**
 * Imports a colleague's Gloss file into a workspace on the small disk holding
 * the test article and `moreTexts`, with 150 KB left: the import must be
 * refused as "the disk is full" and leave every file as it was.
 */
async function importRefusedOnFullDisk(exchange: string, ...moreTexts: string[]) {
  const { workspace } = await workspaceOnSmallDisk(...moreTexts);
  await fillDisk(150 * 1024);
  const before = await snapshot(workspace.dir);
  const imported = await importAnnotations(workspace, { format: 'gloss', files: [exchange], set: 'colleague' });
  expect(imported.ok).toBe(false);
  expect(!imported.ok && imported.error).toEqual([expect.stringMatching(DISK_FULL)]);
  expect(await snapshot(workspace.dir)).toEqual(before);
  expect(await leftovers(workspace.dir)).toEqual([]);
  return { workspace, before };
}

const DISK_FULL = /^Not saved: the disk is full \((annotations|documents)\/[^ ]+\.json could not be written\)$/;

describe.skipIf(!mounted)(`on a real 1 MB disk that fills up${mounted ? '' : ` (skipped: ${'skipped' in disk ? disk.skipped : ''})`}`, () => {
  it('autosave through the API answers ok:false "the disk is full", keeps the old file, leaves no temporary file, and succeeds once there is room', { timeout: 120_000 }, async () => {
    const { workspace, documentId } = await workspaceOnSmallDisk();
    const session = new Session(new Preferences({ store: {} }), () => undefined);
    await session.open(workspace.dir);
    const neverChoose = { chooseFolder: async () => null, chooseFiles: async () => [], chooseSaveTarget: async () => null };
    const api = createHandlers({ session, dialogs: neverChoose, links: { confirmAndOpen: async () => false } });
    try {
      const loaded = await api.loadDocument({ documentId });
      if (!loaded.ok) throw new Error(loaded.error.message);
      const text = loaded.value.document.text;
      expect(await dispatch(api, 'saveChanges', { documentId, upsert: [annotationOn(text, 'Friday', 'event')], remove: [] })).toMatchObject({ ok: true });
      // The first change went to the set's journal; a change this large is written whole, and must leave both as they were.
      const before = await snapshot(workspace.dir);

      await fillDisk(150 * 1024);
      const annotations = manyAnnotations(text);
      const failed = await dispatch(api, 'saveChanges', { documentId, upsert: annotations, remove: [] });
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.error.message).toMatch(DISK_FULL);
      expect(await snapshot(workspace.dir)).toEqual(before);
      expect(await leftovers(workspace.dir)).toEqual([]);

      // The renderer keeps the change and sends it again (autosaver.ts); with room, it lands.
      await rm(join(mounted ?? '', 'filler'));
      expect(await dispatch(api, 'saveChanges', { documentId, upsert: annotations, remove: [] })).toMatchObject({ ok: true });
      const reopened = await Workspace.open(workspace.dir);
      const reloaded = reopened.ok ? await reopened.value.loadDocument(documentId) : null;
      expect(reloaded?.ok && reloaded.value.annotations).toHaveLength(annotations.length + 1);
    } finally {
      await session.close();
    }
  });

  it("an autosave of one change whose journal line does not fit answers \"the disk is full\", leaves no part of the line and the set file as it was, and lands once there is room", { timeout: 120_000 }, async () => {
    const { workspace, documentId } = await workspaceOnSmallDisk();
    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const text = loaded.value.document.text;
    expect((await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')])).ok).toBe(true);
    const path = setFilePath(workspace, documentId);
    const before = await readFile(path);

    await fillDisk(0);
    const change = { upsert: [annotationOn(text, 'Friday', 'event')], remove: [] };
    const failed = await workspace.saveChanges(documentId, change);
    expect(!failed.ok && failed.error.message).toMatch(/^Not saved: the disk is full \(annotations\/[^ ]+\/default\.journal\.jsonl could not be written\)$/);
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readdir(join(workspace.dir, 'annotations', documentId))).sort()).toEqual(['default.json']);

    await rm(join(mounted ?? '', 'filler'));
    expect((await workspace.saveChanges(documentId, change)).ok).toBe(true);
    const reopened = await Workspace.open(workspace.dir);
    const reloaded = reopened.ok ? await reopened.value.loadDocument(documentId) : null;
    expect(reloaded?.ok && reloaded.value.annotations.map((a) => a.type).sort()).toEqual(['event', 'quote']);
  });

  it('import-annotations refuses with "the disk is full", in the service and the CLI, and changes no file', { timeout: 120_000 }, async () => {
    const source = await workspaceWithArticle();
    expect((await source.workspace.saveAnnotations(source.documentId, manyAnnotations(source.text))).ok).toBe(true);
    const exchange = join(source.folder, 'colleague.gloss.json');
    const exported = await exportAnnotations(source.workspace, { format: 'gloss', out: exchange });
    if (!exported.ok) throw new Error(exported.error);

    const { workspace, before } = await importRefusedOnFullDisk(exchange);

    const out: string[] = [];
    const errors: string[] = [];
    const code = await runCli(['import-annotations', workspace.dir, '--format', 'gloss', '--set', 'colleague', exchange], {
      out: (line) => out.push(line),
      err: (line) => errors.push(line),
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(errors.at(-1)).toMatch(/^Nothing was imported .* the workspace is unchanged\.$/);
    expect(errors.join('\n')).toMatch(/Not saved: the disk is full/);
    expect(await snapshot(workspace.dir)).toEqual(before);
  });

  it('import-annotations into two documents, of which only the first would fit, changes neither file', { timeout: 120_000 }, async () => {
    const second = 'Ferry fares rise\n\n“Fuel costs us twice what it did,” the operator said on Monday.\n';
    const source = await workspaceWithArticle();
    const [secondOutcome] = await importFiles(source.workspace, [await writeText(source.folder, 'second.txt', second)]);
    const secondId = secondOutcome?.documentId;
    if (!secondId) throw new Error(`import failed: ${secondOutcome?.message}`);
    const secondDocument = await source.workspace.loadDocument(secondId);
    if (!secondDocument.ok) throw new Error(secondDocument.error.message);
    // The first document's few annotations fit on the disk; the second's 250 KB do not.
    expect((await source.workspace.saveAnnotations(source.documentId, [annotationOn(source.text, 'harbour master')])).ok).toBe(true);
    expect((await source.workspace.saveAnnotations(secondId, manyAnnotations(second).map((a) => ({ ...a, fragments: annotationOn(second, 'operator').fragments })))).ok).toBe(true);
    const exchange = join(source.folder, 'colleague.gloss.json');
    const exported = await exportAnnotations(source.workspace, { format: 'gloss', out: exchange });
    if (!exported.ok) throw new Error(exported.error);

    await importRefusedOnFullDisk(exchange, second);
  });

  it('document import skips the article that does not fit, tries no more, and the CLI ends with one line and exit 4', { timeout: 120_000 }, async () => {
    const { workspace, folder } = await workspaceOnSmallDisk();
    const long = join(folder, 'long.txt');
    await writeFile(long, `Budget hearing runs late\n\n${'Councillors questioned every line of the harbour budget until midnight. '.repeat(3_000)}`);
    const short = join(folder, 'short.txt');
    await writeFile(short, 'Ferry timetable changes\n\nThe winter timetable starts on Monday.');
    await fillDisk(150 * 1024);
    const before = await snapshot(workspace.dir);

    const outcomes = await importFiles(workspace, [long, short]);
    expect(outcomes[0]).toMatchObject({ documentId: null, message: expect.stringMatching(/^skipped: Not saved: the disk is full \(documents\//) });
    expect(outcomes[1]).toMatchObject({ documentId: null, message: expect.stringContaining(NOT_TRIED) });
    expect(await snapshot(workspace.dir)).toEqual(before);
    expect(await leftovers(workspace.dir)).toEqual([]);

    const out: string[] = [];
    const errors: string[] = [];
    const code = await runCli(['import', workspace.dir, long, short], { out: (line) => out.push(line), err: (line) => errors.push(line) });
    expect(code).toBe(4);
    expect(errors.at(-1)).toMatch(/^Imported 0 of 2 files\. 1 not tried: Not saved: the disk is full \(documents\/.*could not be written\)\.$/);
    expect([...out, ...errors].join('\n')).not.toMatch(/\n\s+at /);
    expect(await snapshot(workspace.dir)).toEqual(before);
  });

  it.each(['jsonl', 'brat'] as const)(
    'an export (%s) onto a disk with room for part of it fails with "the disk is full" and leaves nothing there',
    { timeout: 120_000 },
    async (format) => {
      const source = await workspaceWithArticle();
      expect((await source.workspace.saveAnnotations(source.documentId, manyAnnotations(source.text))).ok).toBe(true);
      await fillDisk(8 * 1024);
      const out = join(mounted ?? '', format === 'brat' ? 'brat-out' : 'out.jsonl');
      const exported = await exportAnnotations(source.workspace, { format, out });
      expect(exported.ok).toBe(false);
      expect(!exported.ok && exported.error).toMatch(new RegExp(`^${out} could not be written: (the disk is full|the disk took fewer bytes than were written)$`));
      expect((await readdir(mounted ?? '')).sort()).toEqual(['filler']);
    },
  );

  it('a new workspace that does not fit is reported, and the folder left empty', async () => {
    const folder = join(mounted ?? '', 'new');
    await mkdir(folder);
    await fillDisk(0);
    const created = await Workspace.create(folder, 'Desk');
    expect(created).toMatchObject({ ok: false, error: { message: 'the workspace could not be created: the disk is full' } });
    expect(await readdir(folder)).toEqual([]);
  });
});
