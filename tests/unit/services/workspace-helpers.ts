import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { runCli } from '../../../main/cli/index';
import { importFiles } from '../../../main/services/import/import-files';
import { WorkspaceLayout } from '../../../main/services/workspace/layout';
import { Workspace } from '../../../main/services/workspace/workspace';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A fresh temporary folder, removed after the test. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'gloss-test-'));
  folders.push(folder);
  return folder;
}

export const ARTICLE = 'Port reopens after storm\n\nBy Desk Writer\n\n“We are open again,” the harbour master said on Friday.\n';

/** A workspace with one imported article; returns it with the article's id and text. */
export async function workspaceWithArticle(text = ARTICLE) {
  const folder = await tempFolder();
  const created = await Workspace.create(join(folder, 'ws'), 'Test');
  if (!created.ok) throw new Error(created.error.message);
  const file = join(folder, 'article.txt');
  await writeFile(file, text);
  const [outcome] = await importFiles(created.value, [file]);
  if (!outcome?.documentId) throw new Error(`import failed: ${outcome?.message}`);
  const loaded = await created.value.loadDocument(outcome.documentId);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { workspace: created.value, documentId: outcome.documentId, text: loaded.value.document.text, folder };
}

export function annotationOn(text: string, phrase: string, type = 'quote'): StoredAnnotation {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(phrase));
  const end = index.toCodePoint(text.indexOf(phrase) + phrase.length);
  return {
    id: `a-${type}-${start}`,
    type,
    set: 'default',
    fragments: [describeFragment(index, start, end)],
    fields: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

/** Opens a workspace again from disk, as the next session would. */
export async function reopen(dir: string): Promise<Workspace> {
  const opened = await Workspace.open(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Runs a gloss command in process; both streams in one text, as a terminal shows them. */
export async function gloss(...argv: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(argv, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, output: lines.join('\n') };
}

/** Where a set's annotations of a document are kept (annotations/<document>/<set>.json). */
export function setFilePath(workspace: Workspace, documentId: string, set = 'default'): string {
  return new WorkspaceLayout(workspace.dir).setAnnotations(documentId, set);
}

/** Writes a set's file of a document by hand, as another tool (or a colleague's Gloss) would. */
export async function writeSetFile(workspace: Workspace, documentId: string, annotations: readonly StoredAnnotation[], set = 'default'): Promise<string> {
  const path = setFilePath(workspace, documentId, set);
  const textSha256 = workspace.entries.find((entry) => entry.id === documentId)?.textSha256;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ format: 'gloss.set-annotations', version: 1, documentId, set, textSha256, annotations, unplaced: [] }));
  return path;
}
