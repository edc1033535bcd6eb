import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxBomb, pdfBomb } from '../../fixtures/import/bombs';
import { IMPORT_HEAP_MB } from '../../../main/services/import/isolated-import';
import { MAX_UNPACKED_BYTES } from '../../../main/services/import/unpacked-size';
import { tempFolder } from '../services/workspace-helpers';

/** Memory the importing process may reach: its own (about 200 MB under tsx) plus the import worker's heap and buffers. */
const CEILING_MB = 1024;
const UNPACKED_MB = MAX_UNPACKED_BYTES / 2 ** 20;

/** Imports files as dropped ones in a process of its own (import-child.ts), with its temporary folder in `tmp`. */
async function importInChild(tmp: string, workspace: string, files: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), workspace, ...files], {
    env: { ...process.env, TMPDIR: tmp },
    timeout: 240_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { outcomes: { file: string; message: string }[]; peakMegabytes: number };
}

describe('compressed bombs dropped on the window', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await tempFolder();
    await writeFile(join(folder, 'paragraphs.docx'), await docxBomb(UNPACKED_MB + 32));
    await writeFile(join(folder, 'under-the-limit.docx'), await docxBomb(60));
    await writeFile(join(folder, 'flate.pdf'), pdfBomb(UNPACKED_MB + 32));
    await writeFile(join(folder, 'after.txt'), 'Ferry resumes\n\nThe ferry sailed again on Monday after the storm.\n');
  }, 240_000);

  it('skips each as too large when unpacked, imports the next file, stays under the memory ceiling and leaves no temporary folder', { timeout: 300_000 }, async () => {
    const tmp = await tempFolder();
    const files = ['paragraphs.docx', 'flate.pdf', 'under-the-limit.docx', 'after.txt'].map((name) => join(folder, name));
    const { outcomes, peakMegabytes } = await importInChild(tmp, join(folder, 'ws'), files);
    expect(outcomes).toEqual([
      { file: 'paragraphs.docx', documentId: null, message: `skipped: too large when unpacked (${UNPACKED_MB + 32} MB; Gloss reads at most ${UNPACKED_MB} MB)` },
      { file: 'flate.pdf', documentId: null, message: `skipped: too large when unpacked (its text streams pass ${UNPACKED_MB} MB, the most Gloss reads)` },
      // Under the unpacked limit, but it needs more memory than the import worker has: the worker ends, not the process.
      { file: 'under-the-limit.docx', documentId: null, message: `skipped: too large when unpacked (reading it needed more than ${IMPORT_HEAP_MB} MB)` },
      { file: 'after.txt', documentId: expect.any(String), message: 'imported' },
    ]);
    expect(peakMegabytes).toBeLessThan(CEILING_MB);
    // (tsx keeps its cache there too.)
    expect((await readdir(tmp)).filter((name) => name.startsWith('gloss-drop-'))).toEqual([]);
  });
});
