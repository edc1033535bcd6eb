import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationOn, workspaceWithArticle } from './workspace-helpers';

/** The next writes fail with this error code, as the disk or the OS would make them fail. */
const fault = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = (await importOriginal<{ default: (...args: unknown[]) => Promise<void> }>()).default;
  return {
    default: async (...args: unknown[]) => {
      if (fault.code) throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code });
      return real(...args);
    },
  };
});

afterEach(() => {
  fault.code = null;
});

describe('when writing fails', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
    ['EROFS', 'EROFS'],
  ])('%s: the save reports "%s", the file keeps its last good version, and a later save succeeds', async (code, reason) => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const first = annotationOn(text, 'harbour master');
    expect((await workspace.saveAnnotations(documentId, [first])).ok).toBe(true);
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const good = await readFile(path, 'utf8');

    fault.code = code;
    const failed = await workspace.saveAnnotations(documentId, [first, annotationOn(text, 'Friday', 'event')]);
    expect(!failed.ok && failed.error.message).toBe(`not saved: annotations/${documentId}.json could not be written (${reason})`);
    expect(await readFile(path, 'utf8')).toBe(good);

    fault.code = null;
    expect((await workspace.saveAnnotations(documentId, [first, annotationOn(text, 'Friday', 'event')])).ok).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).annotations).toHaveLength(2);
  });

  it('a folder removed while open: the save fails clearly, and succeeds once the folder is back', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const annotations = join(workspace.dir, 'annotations');
    await rename(annotations, `${annotations}-away`);
    const failed = await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')]);
    expect(!failed.ok && failed.error.message).toMatch(/not saved: annotations\/.*\.json could not be written \(no such file\)/);

    await rename(`${annotations}-away`, annotations);
    expect((await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')])).ok).toBe(true);
  });
});
