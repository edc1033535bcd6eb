import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DOCUMENT_FILE, type DocumentFile } from '../../../core/model/document';
import { SAFE_ID_PATTERN, type DocumentId } from '../../../core/model/ids';
import type { DocumentEntry } from '../../../core/model/workspace';
import { isTemporaryFileName } from '../files/verified-write';
import type { ConfinedFiles } from './confined-files';
import { readGlossFile } from './json-file';
import type { WorkspaceLayout } from './layout';

/**
 * One file the manifest does not account for, what is wrong with it (for
 * validate) and what `gloss repair` does with it (`plan`, said before it is done):
 * - `adopt`: a readable document, not yet in the workspace, is listed (an
 *   import killed between writing it and writing the manifest);
 * - `remove`: a temporary file from a write that did not finish, or a document
 *   whose text the workspace already holds and which has no annotations (the
 *   same import, run again after the kill), is deleted;
 * - `keep`: anything that might be someone's work and cannot be placed is left
 *   as it is, and said so.
 */
export type Leftover =
  | { action: 'adopt'; file: string; document: DocumentFile; problem: string; plan: string }
  | { action: 'remove'; file: string; paths: string[]; problem: string; plan: string }
  | { action: 'keep'; file: string; problem: string; plan: string };

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [] as string[]);
}

/** The names of the folders in a folder (links are not followed). */
async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

const idOf = (name: string): string | null => {
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : null;
  return id !== null && SAFE_ID_PATTERN.test(id) ? id : null;
};

/**
 * Finds every file of the workspace's folders that its manifest does not
 * account for. Reads only. `holdsAnnotations` tells whether a document has
 * any annotation, or a file that cannot be read whole (then it may hold
 * work: it is kept).
 */
export async function findLeftovers(
  layout: WorkspaceLayout,
  files: ConfinedFiles,
  entries: readonly DocumentEntry[],
  holdsAnnotations: (id: DocumentId) => Promise<boolean>,
): Promise<Leftover[]> {
  const found: Leftover[] = [];
  const setFolders = (await folders(layout.annotationsDir)).map((name) => join(layout.annotationsDir, name));
  const decisionFolders = (await folders(layout.adjudicationDir)).map((name) => join(layout.adjudicationDir, name));
  for (const dir of [layout.root, layout.documentsDir, layout.annotationsDir, ...setFolders, ...decisionFolders]) {
    for (const name of (await names(dir)).filter(isTemporaryFileName)) {
      const path = join(dir, name);
      const file = layout.display(path);
      found.push({
        action: 'remove',
        file,
        paths: [path],
        problem: `${file} is a temporary file left by a save that did not finish`,
        plan: 'remove (a temporary file left by a save that did not finish)',
      });
    }
  }
  const listed = new Set(entries.map((entry) => entry.id));
  const texts = new Map(entries.map((entry) => [entry.textSha256, entry.title]));
  const documentNames = (await names(layout.documentsDir)).filter((name) => !isTemporaryFileName(name) && name.endsWith('.json'));
  for (const name of documentNames) {
    const id = idOf(name);
    if (id !== null && listed.has(id)) continue;
    const path = join(layout.documentsDir, name);
    const file = layout.display(path);
    const read = id === null ? null : await readGlossFile(path, DOCUMENT_FILE, files.read);
    if (id === null || !read?.ok || read.value.value.id !== id) {
      const why = id === null ? 'is not named as a Gloss document' : read && !read.ok ? read.error : `holds document "${read?.value.value.id}"`;
      found.push({ action: 'keep', file, problem: `${file} is not listed in the workspace and ${why}`, plan: `left as it is (${why})` });
      continue;
    }
    const document = read.value.value;
    const sameText = texts.get(document.textSha256);
    if (sameText !== undefined && !(await holdsAnnotations(id))) {
      found.push({
        action: 'remove',
        file,
        paths: [path, layout.documentAnnotations(id), layout.legacyAnnotations(id)],
        problem: `${file} is not listed in the workspace, and its text is already there as “${sameText}”`,
        plan: `remove, with its empty annotations (its text is already in the workspace as “${sameText}”)`,
      });
      continue;
    }
    texts.set(document.textSha256, document.metadata.title);
    found.push({
      action: 'adopt',
      file,
      document,
      problem: `${file} (“${document.metadata.title}”) is not listed in the workspace (an import that did not finish?)`,
      plan: `add “${document.metadata.title}” to the workspace`,
    });
  }
  const documentIds = new Set(documentNames.map(idOf));
  const subfolders = new Set(setFolders.map((dir) => basename(dir)));
  for (const name of (await names(layout.annotationsDir)).filter((n) => !isTemporaryFileName(n) && (n.endsWith('.json') || subfolders.has(n)))) {
    const id = subfolders.has(name) ? (SAFE_ID_PATTERN.test(name) ? name : null) : idOf(name);
    const file = layout.display(join(layout.annotationsDir, name)) + (subfolders.has(name) ? '/' : '');
    if (id !== null && listed.has(id) && !subfolders.has(name)) {
      // The older layout's file of a listed document: a migration that has not run (the workspace was only read) or stopped half-way.
      found.push({
        action: 'keep',
        file,
        problem: `${file} is in the older layout (every set in one file); the next open for writing moves it into one file per set`,
        plan: 'moved into one file per set when the workspace opens (a copy is kept in backup/)',
      });
      continue;
    }
    if (id !== null && (listed.has(id) || documentIds.has(id))) continue;
    found.push({ action: 'keep', file, problem: `${file} belongs to no document in the workspace`, plan: 'left as it is (its document is not in the workspace)' });
  }
  return found;
}
