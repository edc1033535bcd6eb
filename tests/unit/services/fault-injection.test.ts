import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as VerifiedWrite from '../../../main/services/files/verified-write';
import { annotationOn, setFilePath, workspaceWithArticle } from './workspace-helpers';

/** The next writes fail with this error code, as the disk or the OS would make them fail. */
const fault = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('../../../main/services/files/verified-write', async (importOriginal) => {
  const real = await importOriginal<typeof VerifiedWrite>();
  return {
    ...real,
    writeFileVerified: async (...args: Parameters<typeof real.writeFileVerified>) => {
      if (fault.code) throw injected(fault.code);
      return real.writeFileVerified(...args);
    },
    writeFilesVerified: async (...args: Parameters<typeof real.writeFilesVerified>) => {
      if (fault.code) throw new real.FileNotWritten(args[0][0]?.path ?? '', injected(fault.code));
      return real.writeFilesVerified(...args);
    },
  };
});

function injected(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

afterEach(() => {
  fault.code = null;
});

describe('when writing fails', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EIO', 'the disk reported an input/output error'],
    ['EROFS', 'the disk is read-only'],
  ])('%s: the save reports "%s", the file keeps its last good version, and a later save succeeds', async (code, reason) => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const first = annotationOn(text, 'harbour master');
    expect((await workspace.saveAnnotations(documentId, [first])).ok).toBe(true);
    const path = setFilePath(workspace, documentId);
    const good = await readFile(path, 'utf8');

    fault.code = code;
    const failed = await workspace.saveAnnotations(documentId, [first, annotationOn(text, 'Friday', 'event')]);
    expect(!failed.ok && failed.error.message).toBe(`Not saved: ${reason} (annotations/${documentId}/default.json could not be written)`);
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
    expect(!failed.ok && failed.error.message).toMatch(/^Not saved: no such file \(annotations\/.*\.json could not be written\)$/);

    await rename(`${annotations}-away`, annotations);
    expect((await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')])).ok).toBe(true);
  });
});
