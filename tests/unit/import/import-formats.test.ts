import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, MAX_IMPORT_BYTES } from '../../../main/services/import/import-files';
import { workspaceWithArticle } from '../services/workspace-helpers';
import { FIXTURES } from './fixtures';

describe('importFiles with every format', () => {
  it('imports each fixture, keeping where it came from, and reports progress after every file', async () => {
    const { workspace } = await workspaceWithArticle();
    const files = ['harbour-ferry.html', 'council-vote.htm', 'ferry-timetable.md', 'lighthouse-keeper.docx', 'quarry-plan.pdf'];
    const progress: [number, number, string][] = [];
    const outcomes = await importFiles(
      workspace,
      files.map((file) => join(FIXTURES, file)),
      (done, total, outcome) => progress.push([done, total, outcome.file]),
    );
    expect(outcomes.map((outcome) => outcome.message)).toEqual(files.map(() => 'imported'));
    expect(progress).toEqual(files.map((file, i) => [i + 1, files.length, file]));
    const loaded = await workspace.loadDocument(outcomes[0]!.documentId!);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.document.provenance).toMatchObject({
      fileName: 'harbour-ferry.html',
      importer: 'html-readability',
      sourceUrl: 'https://www.northcoastledger.example/local/harbour-ferry-returns',
    });
    expect(loaded.value.document.provenance.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.value.document.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips an empty file and one over the size limit, and imports the rest', async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const empty = join(folder, 'empty.html');
    const huge = join(folder, 'huge.pdf');
    await writeFile(empty, '');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    const outcomes = await importFiles(workspace, [empty, huge, join(FIXTURES, 'ferry-timetable.md')]);
    expect(outcomes.map((outcome) => outcome.message)).toEqual([
      'skipped: the file is empty',
      'skipped: larger than the 20 MB limit',
      'imported',
    ]);
  });
});
