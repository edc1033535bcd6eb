import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QueryRow } from '../../../core/query/query-rows';
import { importFiles } from '../../../main/services/import/import-files';
import { WorkspaceIndex } from '../../../main/services/query/workspace-index';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, gloss, tempFolder } from '../services/workspace-helpers';

/** Two invented articles, a week apart, quoting one minister under two spellings. */
const ARTICLES = {
  'tolls.txt': 'Bridge tolls to rise in spring\n\nBy Desk Writer\n\nPublished 2 March 2026\n\n“Tolls pay for the repairs,” Minister Vargová said. Drivers protested at the bridge on Saturday.\n',
  'repairs.txt': 'Bridge repairs start early\n\nBy Desk Writer\n\nPublished 9 March 2026\n\n“The work cannot wait,” Vargova told reporters. Okafor called the plan rushed.\n',
};

async function deskWithQuotes() {
  const folder = await tempFolder();
  const created = await Workspace.create(join(folder, 'ws'), 'Desk');
  if (!created.ok) throw new Error(created.error.message);
  const workspace = created.value;
  const files = await Promise.all(Object.entries(ARTICLES).map(async ([name, text]) => {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  }));
  const outcomes = await importFiles(workspace, files);
  const [tolls, repairs] = outcomes.map((outcome) => outcome.documentId!);
  await workspace.entities.edit([{ kind: 'create', id: 'e-varga', entityKind: 'person', name: 'Ilona Vargová' }, { kind: 'add-alias', id: 'e-varga', alias: 'Vargova' }]);
  const texts = new Map<string, string>();
  for (const id of [tolls!, repairs!]) {
    const loaded = await workspace.loadDocument(id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    texts.set(id, loaded.value.document.text);
  }
  const quote = (id: string, words: string) => ({ ...annotationOn(texts.get(id)!, words), fields: { speaker: { entity: 'e-varga' } } });
  return { workspace, dir: join(folder, 'ws'), tolls: tolls!, repairs: repairs!, texts, quote };
}

const summary = (rows: readonly QueryRow[]) => rows.map((row) => `${row.published} ${row.text} (${row.fields['speaker']})`);

describe('the workspace index', () => {
  it('is built from every annotations file and follows each save by its changes', async () => {
    const { workspace, tolls, repairs, texts, quote } = await deskWithQuotes();
    await workspace.saveChanges(tolls, { upsert: [quote(tolls, 'Tolls pay for the repairs')], remove: [] });
    const index = await WorkspaceIndex.build(workspace);
    expect(summary((await index.query({ entity: 'vargova' })).rows)).toEqual(['2026-03-02 Tolls pay for the repairs (Ilona Vargová)']);

    const added = quote(repairs, 'The work cannot wait');
    await workspace.saveChanges(repairs, { upsert: [added, annotationOn(texts.get(repairs)!, 'Okafor called the plan rushed', 'claim')], remove: [] });
    expect(summary((await index.query({ entity: 'Ilona Vargova', types: ['quote'] })).rows)).toEqual([
      '2026-03-02 Tolls pay for the repairs (Ilona Vargová)',
      '2026-03-09 The work cannot wait (Ilona Vargová)',
    ]);
    await workspace.saveChanges(repairs, { upsert: [], remove: [added.id] });
    expect((await index.query({ types: ['quote'] })).total).toBe(1);
    expect((await index.query({ types: ['claim'], from: '2026-03-05' })).rows.map((row) => row.text)).toEqual(['Okafor called the plan rushed']);
  });

  it('follows an entity renamed after the build: the new name finds its quotes and reads in their fields', async () => {
    const { workspace, tolls, quote } = await deskWithQuotes();
    await workspace.saveChanges(tolls, { upsert: [quote(tolls, 'Tolls pay for the repairs')], remove: [] });
    const index = await WorkspaceIndex.build(workspace);
    await workspace.entities.edit([{ kind: 'rename', id: 'e-varga', name: 'Ilona Varga' }]);
    expect(summary((await index.query({ entity: 'ilona varga' })).rows)).toEqual(['2026-03-02 Tolls pay for the repairs (Ilona Varga)']);
  });

  it('gloss query prints the same rows, as CSV, JSON Lines or a table', async () => {
    const { workspace, dir, tolls, repairs, quote } = await deskWithQuotes();
    await workspace.saveChanges(tolls, { upsert: [quote(tolls, 'Tolls pay for the repairs')], remove: [] });
    await workspace.saveChanges(repairs, { upsert: [quote(repairs, 'The work cannot wait')], remove: [] });
    await workspace.flush();
    const engine = await (await WorkspaceIndex.build(workspace)).query({ types: ['quote'], entity: 'Vargova', from: '2026-03-05' });
    const jsonl = await gloss('query', dir, '--type', 'quote', '--entity', 'Vargova', '--from', '2026-03-05', '--format', 'jsonl');
    expect(jsonl.code).toBe(0);
    expect(jsonl.output.split('\n').map((line) => JSON.parse(line))).toEqual(engine.rows);
    const csv = await gloss('query', dir, '--entity', 'Vargova', '--format', 'csv');
    expect(csv.output.split('\r\n')).toEqual([
      '\uFEFFdocument,title,outlet,published,date,id,type,set,start,end,text,note,speaker',
      expect.stringMatching(/,Bridge tolls to rise in spring,,2026-03-02,2026-03-02,a-quote-\d+,quote,default,\d+,\d+,Tolls pay for the repairs,,Ilona Vargová$/),
      expect.stringMatching(/,Bridge repairs start early,,2026-03-09,2026-03-09,a-quote-\d+,quote,default,\d+,\d+,The work cannot wait,,Ilona Vargová$/),
    ]);
    const table = await gloss('query', dir, '--field', 'speaker=ilona', '--to', '2026-03-03');
    expect(table.output.split('\n')).toEqual([expect.stringMatching(/^published\s+title/), expect.stringMatching(/^2026-03-02\s+Bridge tolls to rise in spring\s+quote.*Tolls pay for the repairs\s+speaker=Ilona Vargová$/)]);
    expect((await gloss('query', dir, '--field', 'speaker')).code).not.toBe(0);
  });

  it('dates an article by the publication date its metadata holds, even when the printed date alone cannot be read', async () => {
    const folder = await tempFolder();
    const created = await Workspace.create(join(folder, 'ws'), 'Desk');
    if (!created.ok) throw new Error(created.error.message);
    const workspace = created.value;
    // Printed in Armenian, read as 2023-11-14 on import; the printed words alone name no day the index can read.
    const path = join(folder, 'market.txt');
    await writeFile(path, 'Շուկան վերաբացվեց\n\n14 նոյեմբերի, 2023\n\nԱռևտրականները վերադարձան հրապարակ։\n');
    const [outcome] = await importFiles(workspace, [path]);
    const loaded = await workspace.loadDocument(outcome!.documentId!);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.document.metadata.publishedDate).toBe('2023-11-14');
    await workspace.saveChanges(outcome!.documentId!, { upsert: [annotationOn(loaded.value.document.text, 'Առևտրականները վերադարձան', 'event')], remove: [] });

    const index = await WorkspaceIndex.build(workspace);
    const inNovember = await index.query({ from: '2023-11-01', to: '2023-11-30', dateBasis: 'published' });
    expect(inNovember.rows.map((row) => [row.published, row.date, row.text])).toEqual([['2023-11-14', '2023-11-14', 'Առևտրականները վերադարձան']]);
  });
});
