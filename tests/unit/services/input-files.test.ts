import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFiles } from '../../../main/services/exchange/input-files';
import { tempFolder } from './workspace-helpers';

describe('readInputFiles', () => {
  it('reads every file of a brat folder with its siblings, each named from the common folder, with its own bytes', async () => {
    const folder = await tempFolder();
    const written: Record<string, string> = {};
    for (const annotator of ['alice', 'bob']) {
      await mkdir(join(folder, annotator));
      // More files than are read at once, so the reads overlap.
      for (let i = 0; i < 30; i++) {
        for (const extension of ['ann', 'txt']) {
          const name = `${annotator}/article-${i}.${extension}`;
          written[name] = `${extension} of ${annotator}'s article ${i} «${'é'.repeat(i)}»`;
          await writeFile(join(folder, name), written[name]);
        }
      }
    }
    const read = await readInputFiles('brat', [folder]);
    if (!read.ok) throw new Error(read.error.join('; '));
    expect(read.value.map((file) => file.name).sort()).toEqual(Object.keys(written).sort());
    for (const file of read.value) expect(Buffer.from(file.bytes).toString('utf8')).toBe(written[file.name]);
  });

  it('names each path it cannot read, and reads nothing else into the import', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'one.jsonl'), '{}\n');
    const read = await readInputFiles('doccano', [join(folder, 'one.jsonl'), join(folder, 'missing.jsonl')]);
    expect(read).toEqual({ ok: false, error: [`${join(folder, 'missing.jsonl')}: cannot be read (no such file)`] });
  });
});
